package syncpack_test

import (
	"maps"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// pairedSides returns a director and an accountant who have exchanged one package each way,
// sharing the school and one student.
func pairedSides(t *testing.T) (dir, acc *side, st *model.Student) {
	t.Helper()
	now := steppingClock()
	dir, acc = openSideAt(t, "director", now), openSideAt(t, "accountant", now)
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	st = student("Мария")
	dir.putStudent(st)
	acc.apply(dir.export())
	dir.apply(acc.export())
	return dir, acc, st
}

// grade reads the student's grade in s's file.
func grade(t *testing.T, s *side, id model.ID) int {
	t.Helper()
	var got model.Student
	if err := s.db.Get(model.KindStudent, id, &got); err != nil {
		t.Fatal(err)
	}
	return got.Grade
}

// setGrade changes the student's grade in s's file.
func setGrade(s *side, st *model.Student, g int) {
	c := *st
	c.Grade = g
	s.putStudent(&c)
}

func TestApplyWith_ConflictDecidedByTheUser(t *testing.T) {
	tests := []struct {
		name             string
		dirGrade, accGrd int
		dirFirst         bool // the director's change is the older one
		choice           syncpack.Choice
		want             int
	}{
		{"KeepMineOlder", 7, 8, true, syncpack.ChoiceMine, 7},
		{"KeepMineNewer", 7, 8, false, syncpack.ChoiceMine, 7},
		{"TakeTheirsOlder", 7, 8, false, syncpack.ChoiceTheirs, 8},
		{"TakeTheirsNewer", 7, 8, true, syncpack.ChoiceTheirs, 8},
		{"NoChoiceNewerWins", 7, 8, true, syncpack.ChoiceNewer, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, acc, st := pairedSides(t)
			if tt.dirFirst {
				setGrade(dir, st, tt.dirGrade)
				setGrade(acc, st, tt.accGrd)
			} else {
				setGrade(acc, st, tt.accGrd)
				setGrade(dir, st, tt.dirGrade)
			}
			fromAcc := acc.export()

			dry, err := syncpack.Plan(dir.db, fromAcc, 2025)
			if err != nil {
				t.Fatal(err)
			}
			conflicts := dry.Conflicts()
			if len(conflicts) != 1 {
				t.Fatalf("dry run: %d conflicts, want 1", len(conflicts))
			}
			c := conflicts[0].Conflict
			mine, _ := c.Mine.Record.(*model.Student)
			theirs, _ := c.Theirs.Record.(*model.Student)
			if mine == nil || theirs == nil || mine.Grade != tt.dirGrade || theirs.Grade != tt.accGrd {
				t.Fatalf("conflict does not show both versions decoded: %+v", c)
			}
			if len(c.Fields) != 1 || c.Fields[0].Field != "Grade" || c.Mine.Summary == "" {
				t.Errorf("conflict fields %+v, summary %q", c.Fields, c.Mine.Summary)
			}

			plan, err := syncpack.ApplyWith(dir.db, fromAcc, 2025, syncpack.ApplyOptions{
				Choices: syncpack.Choices{conflicts[0].Ref(): tt.choice}})
			if err != nil {
				t.Fatal(err)
			}
			assertCounts(t, "apply", plan, [4]int{0, 0, 0, 1})
			if g := grade(t, dir, st.ID); g != tt.want {
				t.Fatalf("director has grade %d, want %d", g, tt.want)
			}

			before, state := dir.snapshot(), mustSetting(t, dir.db)
			assertCounts(t, "same package again", dir.apply(fromAcc), [4]int{})
			if !maps.Equal(before, dir.snapshot()) || mustSetting(t, dir.db) != state {
				t.Error("applying the package again undid or changed the decision")
			}

			back := acc.apply(dir.export())
			if n := back.Count(syncpack.ActionConflict); n != 0 {
				t.Errorf("the accountant is asked again: %d conflicts", n)
			}
			if g := grade(t, acc, st.ID); g != tt.want {
				t.Errorf("accountant has grade %d, want %d", g, tt.want)
			}
			if d, a := dir.snapshot(), acc.snapshot(); !maps.Equal(d, a) {
				t.Errorf("files differ:\ndirector   %v\naccountant %v", d, a)
			}
			assertCounts(t, "converged", dir.apply(acc.export()), [4]int{})
		})
	}
}

func TestApplyWith_KeepMineOverDeletion(t *testing.T) {
	dir, acc, st := pairedSides(t)
	setGrade(dir, st, 9)
	if err := acc.db.Delete(model.KindStudent, st.ID); err != nil {
		t.Fatal(err)
	}
	p := acc.export()
	dry, err := syncpack.Plan(dir.db, p, 2025)
	if err != nil {
		t.Fatal(err)
	}
	cs := dry.Conflicts()
	if len(cs) != 1 || !cs[0].Conflict.Theirs.Deleted || cs[0].Conflict.Theirs.Record != nil {
		t.Fatalf("want one conflict with their deletion, got %+v", cs)
	}
	if _, err := syncpack.ApplyWith(dir.db, p, 2025, syncpack.ApplyOptions{Choices: syncpack.Choices{cs[0].Ref(): syncpack.ChoiceMine}}); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())
	if g := grade(t, acc, st.ID); g != 9 {
		t.Errorf("the kept record did not come back to the accountant: grade %d", g)
	}
}

func TestApply_FailureLeavesDataAndStateUnchanged(t *testing.T) {
	dir, acc, _ := pairedSides(t)
	setGrade(acc, student("Нов"), 6)
	good := acc.export()
	// The same package, but one more student whose data does not decode: Verify accepts the
	// JSON, the store refuses it inside the transaction.
	records := maps.Clone(good.Records)
	bad := records[model.KindStudent][0]
	bad.Meta.ID, bad.Data = "broken", []byte(`{"ID":"broken","Grade":"седми"}`)
	bad.Meta.Version.Wall++
	records[model.KindStudent] = append(append([]syncpack.Envelope{}, records[model.KindStudent]...), bad)
	m := good.Manifest
	m.Sequence++
	path := filepath.Join(t.TempDir(), "bad.zip")
	if err := syncpack.Write(path, m, records, nil, acc.key.Private); err != nil {
		t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	before, state := dir.snapshot(), mustSetting(t, dir.db)
	_, err = syncpack.Apply(dir.db, p, 2025)
	assertCode(t, err, syncpack.CodeBadRecord)
	if !maps.Equal(before, dir.snapshot()) || mustSetting(t, dir.db) != state {
		t.Error("the failed apply changed the records or the sync state")
	}
	assertCounts(t, "the good package afterwards", dir.apply(good), [4]int{1, 0, 0, 0})
}

// steppingClock is the clock both sides share: each reading is a millisecond after the last, so
// of two changes the later one has the greater version, without waiting.
func steppingClock() func() time.Time {
	at := time.Date(2025, 11, 23, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		at = at.Add(time.Millisecond)
		return at
	}
}

func mustSetting(t *testing.T, db *store.DB) string {
	t.Helper()
	v, err := db.Setting("syncpack")
	if err != nil {
		t.Fatal(err)
	}
	return v
}
