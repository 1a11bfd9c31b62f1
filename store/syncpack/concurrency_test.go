package syncpack_test

import (
	"maps"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// getStudent reads a student of s's file.
func getStudent(t *testing.T, s *side, id model.ID) *model.Student {
	t.Helper()
	var st model.Student
	if err := s.db.Get(model.KindStudent, id, &st); err != nil {
		t.Fatalf("%s: %v", s.name, err)
	}
	return &st
}

// exportFor writes s's next package for year; with since, only what that peer lacks.
func (s *side) exportFor(year model.SchoolYear, since string) *syncpack.Package {
	s.t.Helper()
	s.sent++
	path := filepath.Join(s.dir, s.name+"-"+string(rune('a'+s.sent%26))+"-"+since+".zip")
	if _, err := syncpack.Export(s.db, path, syncpack.ExportOptions{Key: s.key, AppVersion: "test", Year: year, Since: since}); err != nil {
		s.t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// TestMerge_Issue22_ChangeMadeBeforeApplyingIsSeen is the reproduction of issue #22: A changes X
// and does not send; B changes an unrelated student and sends, A applies; B changes X's grade;
// A→B, then B→A. Today's watermark took A's change as seen by B and overwrote it silently.
func TestMerge_Issue22_ChangeMadeBeforeApplyingIsSeen(t *testing.T) {
	setup := func(t *testing.T) (a, b *side, x, y *model.Student) {
		now := steppingClock()
		a, b = openSideAt(t, "A", now), openSideAt(t, "B", now)
		if err := a.db.Put(testSchool()); err != nil {
			t.Fatal(err)
		}
		x, y = student("Христо"), student("Петър")
		a.putStudent(x)
		a.putStudent(y)
		b.apply(a.export())
		a.apply(b.export())
		return a, b, x, y
	}
	steps234 := func(t *testing.T, a, b *side, x, y *model.Student) (atB, atA *syncpack.MergePlan) {
		by := getStudent(t, b, y.ID) // 2. B changes an unrelated student and sends
		by.Grade = 7
		b.putStudent(by)
		a.apply(b.export())
		bx := getStudent(t, b, x.ID) // 3. B changes X's grade
		bx.Grade = 9
		b.putStudent(bx)
		atB = b.apply(a.export()) // 4. A→B, then B→A
		atA = a.apply(b.export())
		return atB, atA
	}

	t.Run("RenameAndGradeAreMerged", func(t *testing.T) {
		a, b, x, y := setup(t)
		ax := getStudent(t, a, x.ID) // 1. A renames X and does not send
		ax.Name.First = "Преименуван"
		a.putStudent(ax)
		atB, atA := steps234(t, a, b, x, y)
		if n := atB.Count(syncpack.ActionConflict) + atA.Count(syncpack.ActionConflict); n != 0 {
			t.Errorf("%d conflicts over different fields, want 0", n)
		}
		if atB.Count(syncpack.ActionMerge) != 1 {
			t.Errorf("B merged %d records, want X: %+v", atB.Count(syncpack.ActionMerge), atB.Changes[0].Conflict)
		}
		for _, s := range []*side{a, b} {
			got := getStudent(t, s, x.ID)
			if got.Name.First != "Преименуван" || got.Grade != 9 {
				t.Errorf("%s: X is %s, grade %d; want both changes: Преименуван, 9", s.name, got.Name.First, got.Grade)
			}
		}
		if d, e := a.snapshot(), b.snapshot(); !maps.Equal(d, e) {
			t.Errorf("files differ:\nA %v\nB %v", d, e)
		}
	})

	t.Run("DeleteMeetsEditIsAConflict", func(t *testing.T) {
		a, b, x, y := setup(t)
		if err := a.db.Delete(model.KindStudent, x.ID); err != nil { // 1. A deletes X
			t.Fatal(err)
		}
		atB, atA := steps234(t, a, b, x, y)
		cs := atB.Conflicts()
		if len(cs) != 1 || cs[0].Ref().ID != x.ID || cs[0].Conflict.Note != "променен тук, изтрит там" {
			t.Fatalf("B: conflicts %+v, want X „променен тук, изтрит там“", cs)
		}
		if n := atA.Count(syncpack.ActionConflict); n != 0 {
			t.Errorf("A is asked again about the conflict B decided: %d", n)
		}
		if d, e := a.snapshot(), b.snapshot(); !maps.Equal(d, e) {
			t.Errorf("files differ:\nA %v\nB %v", d, e)
		}
	})
}

// TestMerge_Issue12_FirstExchangeDoesNotReportLocalEdits: until B has sent a package of its own,
// A's next package must not turn B's edits of records A never touched into conflicts.
func TestMerge_Issue12_FirstExchangeDoesNotReportLocalEdits(t *testing.T) {
	now := steppingClock()
	a, b := openSideAt(t, "A", now), openSideAt(t, "B", now)
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	x, y := student("Христо"), student("Петър")
	a.putStudent(x)
	a.putStudent(y)
	b.apply(a.export())
	bx := getStudent(t, b, x.ID)
	bx.Grade = 11
	b.putStudent(bx)
	ay := getStudent(t, a, y.ID)
	ay.Grade = 3
	a.putStudent(ay)
	plan := b.apply(a.export())
	assertCounts(t, "A's second package at B", plan, [4]int{0, 1, 0, 0})
	if g := getStudent(t, b, x.ID).Grade; g != 11 {
		t.Errorf("B's own edit was overwritten: grade %d", g)
	}
}

// TestMerge_RingReportsAConflictOnce: A and C change the same field; the packages go round
// A→B→C→A. The conflict is shown where the two changes meet, once; its decision travels on.
func TestMerge_RingReportsAConflictOnce(t *testing.T) {
	now := steppingClock()
	a, b, c := openSideAt(t, "A", now), openSideAt(t, "B", now), openSideAt(t, "C", now)
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	x, y := student("Христо"), student("Петър")
	a.putStudent(x)
	a.putStudent(y)
	b.apply(a.export())
	c.apply(b.export())
	a.apply(c.export())
	ax, cx := getStudent(t, a, x.ID), getStudent(t, c, x.ID)
	ax.Section, cx.Section = "Б", "В"
	a.putStudent(ax)
	c.putStudent(cx)
	ay, cy := getStudent(t, a, y.ID), getStudent(t, c, y.ID)
	ay.Grade, cy.Grade = 6, 7
	a.putStudent(ay)
	c.putStudent(cy)
	reports := 0
	ring := []*side{a, b, c}
	for hop := 0; hop < 9; hop++ {
		from, to := ring[hop%3], ring[(hop+1)%3]
		reports += to.apply(from.export()).Count(syncpack.ActionConflict)
	}
	if reports != 2 {
		t.Errorf("%d conflict reports for 2 records, want 2 (one each)", reports)
	}
	if sa, sb, sc := a.snapshot(), b.snapshot(), c.snapshot(); !maps.Equal(sa, sb) || !maps.Equal(sb, sc) {
		t.Errorf("files differ after three rounds:\nA %v\nB %v\nC %v", sa, sb, sc)
	}
}

// TestExport_SinceNeverSkipsAnotherYearsChange: a file with two school years sends a --since
// package of one year; the other year's change made before it must still go in the next --since
// package of that year.
func TestExport_SinceNeverSkipsAnotherYearsChange(t *testing.T) {
	now := steppingClock()
	a, b := openSideAt(t, "A", now), openSideAt(t, "B", now)
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	old, next := student("Стар"), student("Нов")
	next.Year = 2026
	a.putStudent(old)
	a.putStudent(next)
	for _, y := range []model.SchoolYear{2025, 2026} {
		p := a.exportFor(y, "")
		if _, err := syncpack.Apply(b.db, p, y); err != nil {
			t.Fatal(err)
		}
	}
	p := b.exportFor(2025, "")
	if _, err := syncpack.Apply(a.db, p, 2025); err != nil {
		t.Fatal(err)
	}
	n := getStudent(t, a, next.ID)
	n.Grade = 10
	a.putStudent(n) // a change of 2026, made first
	o := getStudent(t, a, old.ID)
	o.Grade = 2
	a.putStudent(o) // then one of 2025, sent --since and acknowledged
	if _, err := syncpack.Apply(b.db, a.exportFor(2025, b.db.Installation()), 2025); err != nil {
		t.Fatal(err)
	}
	if _, err := syncpack.Apply(a.db, b.exportFor(2025, ""), 2025); err != nil {
		t.Fatal(err)
	}
	p = a.exportFor(2026, b.db.Installation())
	if got := len(p.Records[model.KindStudent]); got != 1 {
		t.Fatalf("the 2026 --since package carries %d students, want the changed one", got)
	}
	if _, err := syncpack.Apply(b.db, p, 2026); err != nil {
		t.Fatal(err)
	}
	if g := getStudent(t, b, next.ID).Grade; g != 10 {
		t.Errorf("B has grade %d of the 2026 student, want 10", g)
	}
}
