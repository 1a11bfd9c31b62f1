package syncpack_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// TestApply_LiveYearAndSubscribersSeeThePackage: a received package goes through to the
// receiver's live year — the students it adds and the one it deletes — and its subscribers are
// told which (issue #16), without the year being loaded again.
func TestApply_LiveYearAndSubscribersSeeThePackage(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	st := make([]*model.Student, 3)
	for i := range st {
		st[i] = student(fmt.Sprintf("Ученик%d", i))
		dir.putStudent(st[i])
	}
	acc.apply(dir.export())
	if _, err := acc.db.LiveYear(2025); err != nil {
		t.Fatal(err)
	}
	var told []store.Change
	defer acc.db.Subscribe(func(c store.Change) { told = append(told, c) })()

	if err := dir.db.Delete(model.KindStudent, st[0].ID); err != nil {
		t.Fatal(err)
	}
	added := student("Нов")
	dir.putStudent(added)
	acc.apply(dir.export())

	d, err := acc.db.LiveYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	var got []model.ID
	for _, s := range d.Students {
		got = append(got, s.ID)
	}
	want := []model.ID{st[1].ID, st[2].ID, added.ID}
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("live students %v; want %v", got, want)
	}
	var saved, deleted []model.ID
	for _, c := range told {
		saved = append(saved, c.Kinds[model.KindStudent]...)
		deleted = append(deleted, c.Deleted[model.KindStudent]...)
	}
	if !slices.Contains(saved, added.ID) || !reflect.DeepEqual(deleted, []model.ID{st[0].ID}) {
		t.Errorf("told saved %v, deleted %v; want %s among the saved and %s deleted", saved, deleted, added.ID, st[0].ID)
	}
}
