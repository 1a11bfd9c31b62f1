package syncpack_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// side is one installation: its data file, its key and its folder of packages.
type side struct {
	t    *testing.T
	name string
	db   *store.DB
	key  syncpack.Key
	dir  string
	sent int
}

func openSide(t *testing.T, name string) *side {
	t.Helper()
	return openSideAt(t, name, nil)
}

// openSideAt opens a side whose store reads the time from now (time.Now when nil).
func openSideAt(t *testing.T, name string, now func() time.Time) *side {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, name+".db"), store.Options{User: name, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	key, err := syncpack.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	return &side{t: t, name: name, db: db, key: key, dir: dir}
}

// export writes the next package and verifies it as the receiver would.
func (s *side) export() *syncpack.Package {
	s.t.Helper()
	s.sent++
	path := filepath.Join(s.dir, fmt.Sprintf("%s-%d.zip", s.name, s.sent))
	if _, err := syncpack.Export(s.db, path, syncpack.ExportOptions{Key: s.key, AppVersion: "test", Year: 2025}); err != nil {
		s.t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

func (s *side) apply(p *syncpack.Package) *syncpack.MergePlan {
	s.t.Helper()
	plan, err := syncpack.Apply(s.db, p, 2025)
	if err != nil {
		s.t.Fatal(err)
	}
	return plan
}

func (s *side) putStudent(st *model.Student) {
	s.t.Helper()
	if err := s.db.Put(st); err != nil {
		s.t.Fatal(err)
	}
}

// snapshot describes every record of the file, tombstones included, with its version.
func (s *side) snapshot() map[string]string {
	s.t.Helper()
	out := map[string]string{}
	for _, kind := range model.Kinds {
		envs, err := s.db.Envelopes(kind, nil)
		if err != nil {
			s.t.Fatal(err)
		}
		for _, e := range envs {
			out[string(kind)+"/"+string(e.Meta.ID)] = fmt.Sprintf("%v %v %s", e.Meta.Version, e.Meta.Deleted, e.Data)
		}
	}
	return out
}

func student(first string) *model.Student {
	return &model.Student{Year: 2025, Name: model.PersonName{First: first, Last: "Иванов"}, Grade: 5, Section: "А"}
}

func counts(p *syncpack.MergePlan) [4]int {
	return [4]int{p.Count(syncpack.ActionAdd), p.Count(syncpack.ActionUpdate), p.Count(syncpack.ActionDelete), p.Count(syncpack.ActionConflict)}
}

func assertCounts(t *testing.T, step string, p *syncpack.MergePlan, want [4]int) {
	t.Helper()
	if got := counts(p); got != want {
		t.Errorf("%s: add/update/delete/conflict = %v, want %v", step, got, want)
	}
}

func TestMerge_DirectorAndAccountant(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	st := make([]*model.Student, 5)
	for i := range st {
		st[i] = student(fmt.Sprintf("Ученик%d", i))
		dir.putStudent(st[i])
	}

	first := dir.export()
	dry, err := syncpack.Plan(acc.db, first, 2025)
	if err != nil {
		t.Fatal(err)
	}
	assertCounts(t, "dry run", dry, [4]int{6, 0, 0, 0})
	if n := len(acc.snapshot()); n != 0 {
		t.Fatalf("the dry run stored %d records", n)
	}
	plan := acc.apply(first)
	assertCounts(t, "first package", plan, [4]int{6, 0, 0, 0})
	if !plan.NewPeer || plan.Fingerprint != dir.key.Fingerprint() {
		t.Errorf("new sender not flagged with its fingerprint: %+v", plan)
	}

	t.Run("SamePackageTwiceChangesNothing", func(t *testing.T) {
		before, backups := acc.snapshot(), mustBackups(t, acc.db)
		state, _ := acc.db.Setting("syncpack")
		plan := acc.apply(first)
		assertCounts(t, "again", plan, [4]int{})
		after, _ := acc.db.Setting("syncpack")
		if !maps.Equal(before, acc.snapshot()) || state != after || mustBackups(t, acc.db) != backups {
			t.Error("applying the same package twice changed the file, its state or its backups")
		}
	})

	var changed model.Student
	if err := acc.db.Get(model.KindStudent, st[1].ID, &changed); err != nil {
		t.Fatal(err)
	}
	changed.Grade = 6
	acc.putStudent(&changed)
	if err := acc.db.Delete(model.KindStudent, st[2].ID); err != nil {
		t.Fatal(err)
	}
	acc.putStudent(student("Нов"))
	assertCounts(t, "accountant's changes", dir.apply(acc.export()), [4]int{1, 1, 1, 0})

	// Both change the same student before they exchange again.
	both := *st[3]
	both.Grade = 7
	dir.putStudent(&both)
	both.Grade = 8
	acc.putStudent(&both)
	// One deletes a student the other changes.
	if err := dir.db.Delete(model.KindStudent, st[4].ID); err != nil {
		t.Fatal(err)
	}
	gone := *st[4]
	gone.Section = "Б"
	acc.putStudent(&gone)
	fromDir, fromAcc := dir.export(), acc.export()
	assertCounts(t, "conflicts at the director", dir.apply(fromAcc), [4]int{0, 0, 0, 2})
	assertCounts(t, "conflicts at the accountant", acc.apply(fromDir), [4]int{0, 0, 0, 2})

	for round := 0; round < 3 && !maps.Equal(dir.snapshot(), acc.snapshot()); round++ {
		acc.apply(dir.export())
		dir.apply(acc.export())
	}
	if d, a := dir.snapshot(), acc.snapshot(); !maps.Equal(d, a) {
		t.Fatalf("files differ after exchanging:\ndirector   %v\naccountant %v", d, a)
	}
	assertCounts(t, "after converging", acc.apply(dir.export()), [4]int{})
}

func TestApply_Refusals(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	p := dir.export()
	acc.apply(p)

	t.Run("ErrOwnPackage", func(t *testing.T) {
		_, err := syncpack.Apply(dir.db, p, 2025)
		assertCode(t, err, syncpack.CodeOwnPackage)
	})
	t.Run("ErrOtherYear", func(t *testing.T) {
		_, err := syncpack.Plan(acc.db, p, 2026)
		assertCode(t, err, syncpack.CodeOtherSchool)
	})
	t.Run("ErrKeyChanged", func(t *testing.T) {
		dir.key, _ = syncpack.NewKey()
		_, err := syncpack.Apply(acc.db, dir.export(), 2025)
		assertCode(t, err, syncpack.CodeKeyChanged)
	})
}

func mustBackups(t *testing.T, db *store.DB) int {
	t.Helper()
	b, err := db.Backups()
	if err != nil {
		t.Fatal(err)
	}
	return len(b)
}

func testSchool() *model.School {
	return &model.School{NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "Русе", Municipality: "Русе",
		Region: "Русе", Ownership: model.MunicipalSchool, Group: model.GroupIII, LessonMinutes: 40}
}

func TestExport_ErrNoSchool(t *testing.T) {
	s := openSide(t, "new")
	_, err := syncpack.Export(s.db, filepath.Join(s.dir, "p.zip"), syncpack.ExportOptions{Key: s.key, Year: 2025})
	assertCode(t, err, syncpack.CodeNoSchool)
}
