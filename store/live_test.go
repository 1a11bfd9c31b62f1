package store_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// mustLive returns the live year y, failing the test on error.
func mustLive(t *testing.T, db *store.DB, y model.SchoolYear) *model.YearData {
	t.Helper()
	d, err := db.LiveYear(y)
	if err != nil {
		t.Fatalf("LiveYear(%v): %v", y, err)
	}
	return d
}

// TestLiveYear_WritesGoThroughWithoutDecoding: after saves, deletes and a received record the
// live year shows each of them, and the year was decoded from the file once.
func TestLiveYear_WritesGoThroughWithoutDecoding(t *testing.T) {
	db, _ := openTest(t)
	a, b := student(2025, "Първи"), student(2025, "Втори")
	mustPut(t, db, a, b)
	mustLive(t, db, 2025)
	before := db.YearDecodes()

	c := student(2025, "Трети")
	mustPut(t, db, c)
	a.Name.First = "Променен"
	mustPut(t, db, a)
	if err := db.Delete(model.KindStudent, b.ID); err != nil {
		t.Fatal(err)
	}
	if err := putEnvelopeOf(db, c, "Отвън", false); err != nil {
		t.Fatal(err)
	}
	got := firstNames(mustLive(t, db, 2025))
	slices.Sort(got)
	if want := []string{"Отвън", "Променен"}; !reflect.DeepEqual(got, want) {
		t.Errorf("students %v; want %v", got, want)
	}
	if n := db.YearDecodes() - before; n != 0 {
		t.Errorf("the year was decoded %d more times after the writes; want 0", n)
	}
}

// TestLiveYear_SnapshotStaysAsItWas: a reader holding the live year from before a save still
// sees the year as it was; the next LiveYear sees the save.
func TestLiveYear_SnapshotStaysAsItWas(t *testing.T) {
	db := openFull(t)
	old := mustLive(t, db, 2025)
	want := old.Clone()
	s := old.Students[0] // a copy of the record, as an editing screen takes it
	s.Name.First = "Нова"
	s.Areas3002 = append([]model.ThematicArea(nil), model.AreaArts)
	mustPut(t, db, &s, student(2025, "Друг"))
	if !reflect.DeepEqual(old, want) {
		t.Error("a save changed a snapshot handed out before it")
	}
	now := mustLive(t, db, 2025)
	if len(now.Students) != 2 || !slices.ContainsFunc(now.Students, func(x model.Student) bool { return x.Name.First == "Нова" }) {
		t.Errorf("after the save: %v", firstNames(now))
	}
}

// TestLiveYear_RecordMovesBetweenYears: a record saved with another year leaves the first
// year's live snapshot and joins the other's; the change names both years.
func TestLiveYear_RecordMovesBetweenYears(t *testing.T) {
	db, _ := openTest(t)
	s := student(2025, "Първи")
	mustPut(t, db, s)
	mustLive(t, db, 2025)
	mustLive(t, db, 2026)
	var told []store.Change
	defer db.Subscribe(func(c store.Change) { told = append(told, c) })()
	s.Year = 2026
	mustPut(t, db, s)
	if n := len(mustLive(t, db, 2025).Students); n != 0 {
		t.Errorf("2025 still has %d students", n)
	}
	if got := firstNames(mustLive(t, db, 2026)); !reflect.DeepEqual(got, []string{"Първи"}) {
		t.Errorf("2026 students %v", got)
	}
	if len(told) != 1 || !reflect.DeepEqual(told[0].Years, []model.SchoolYear{2025, 2026}) {
		t.Errorf("told %+v; want one change of years [2025 2026]", told)
	}
}

// TestSubscribe_ToldWhatEachCommitChanged: the subscribers hear of every commit — a save, a
// deletion, a supplier (a kind of no year) — in commit order, with the kinds and IDs.
func TestSubscribe_ToldWhatEachCommitChanged(t *testing.T) {
	db, _ := openTest(t)
	var told []store.Change
	cancel := db.Subscribe(func(c store.Change) { told = append(told, c) })
	s := student(2025, "Първи")
	mustPut(t, db, s)
	if err := db.Delete(model.KindStudent, s.ID); err != nil {
		t.Fatal(err)
	}
	sup := validRecords(2025)[model.KindSupplier]
	mustPut(t, db, sup)
	cancel()
	mustPut(t, db, student(2025, "След отказа"))

	if len(told) != 3 {
		t.Fatalf("told %d changes; want 3 (none after cancel)", len(told))
	}
	ids := map[model.Kind][]model.ID{model.KindStudent: {s.ID}}
	if c := told[0]; !reflect.DeepEqual(c.Kinds, ids) || c.Deleted != nil || !c.Affects(2025) || c.Affects(2024) {
		t.Errorf("save: %+v", c)
	}
	if c := told[1]; !reflect.DeepEqual(c.Kinds, ids) || !reflect.DeepEqual(c.Deleted, ids) || c.Seq <= told[0].Seq {
		t.Errorf("delete: %+v", c)
	}
	if c := told[2]; !c.AllYears || !c.Affects(2030) || !c.Has(model.KindSupplier) || c.Has(model.KindStudent) {
		t.Errorf("supplier: %+v", c)
	}
}

// TestSubscribe_SubscriberMayWrite: a subscriber that saves in its call neither deadlocks nor is
// called inside itself: its own commit is told after the call returns, in order.
func TestSubscribe_SubscriberMayWrite(t *testing.T) {
	db, _ := openTest(t)
	var seqs []uint64
	depth := 0
	defer db.Subscribe(func(c store.Change) {
		depth++
		defer func() { depth-- }()
		if depth > 1 {
			t.Error("called inside its own call")
		}
		seqs = append(seqs, c.Seq)
		if len(seqs) == 1 {
			mustPut(t, db, student(2025, "От абоната"))
			if n := len(mustLive(t, db, 2025).Students); n != 2 {
				t.Errorf("the subscriber's own save: %d students live; want 2", n)
			}
		}
	})()
	mustPut(t, db, student(2025, "Първи"))
	if len(seqs) != 2 || seqs[1] != seqs[0]+1 {
		t.Errorf("told commits %v; want two in a row", seqs)
	}
}

// TestSubscribe_PanickingSubscriberDoesNotStopTheNext: a subscriber that panics is the writer's
// problem once; later commits are still told.
func TestSubscribe_PanickingSubscriberDoesNotStopTheNext(t *testing.T) {
	db, _ := openTest(t)
	calls := 0
	defer db.Subscribe(func(store.Change) {
		calls++
		if calls == 1 {
			panic("subscriber")
		}
	})()
	func() {
		defer func() { _ = recover() }()
		mustPut(t, db, student(2025, "Първи"))
	}()
	mustPut(t, db, student(2025, "Втори"))
	if calls != 2 {
		t.Errorf("%d calls; want 2", calls)
	}
	if n := len(mustLive(t, db, 2025).Students); n != 2 {
		t.Errorf("%d students live; want 2", n)
	}
}

// TestLiveYear_SchoolAndProgrammeReplaced: the one school and the year's programme are written
// through; deleting the programme (an empty year undone) leaves the year without one.
func TestLiveYear_SchoolAndProgrammeReplaced(t *testing.T) {
	db, _ := openTest(t)
	recs := validRecords(2025)
	mustPut(t, db, recs[model.KindSchool])
	mustLive(t, db, 2025)
	prog := recs[model.KindProgramme].(*model.Programme)
	school := recs[model.KindSchool].(*model.School)
	school.Name = "ОУ „Друго“"
	mustPut(t, db, prog, school)
	d := mustLive(t, db, 2025)
	if d.School.Name != school.Name || d.Programme.ID != prog.ID {
		t.Errorf("school %q, programme %q; want %q, %q", d.School.Name, d.Programme.ID, school.Name, prog.ID)
	}
	if err := db.DeleteEmptyYear(2025); err != nil {
		t.Fatal(err)
	}
	if d := mustLive(t, db, 2025); d.Programme.ID != "" || d.School.Name != school.Name {
		t.Errorf("after deleting the year: programme %q, school %q", d.Programme.ID, d.School.Name)
	}
	if err := db.DeleteEmptyYear(2025); !errors.As(err, new(*model.Error)) {
		t.Errorf("deleting it again: %v; want a model.Error", err)
	}
}
