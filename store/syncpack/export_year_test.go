package syncpack_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A package carries the records of its year, the records of no year (the school) and every
// tombstone (a deleted record has no year), and nothing of the other years.
func TestExport_LeavesOtherYearsOut(t *testing.T) {
	s := openSide(t, "director")
	if err := s.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	this, older, gone := student("Тазгодишен"), student("Миналогодишен"), student("Изтрит")
	older.Year, gone.Year = 2024, 2024
	for _, st := range []*model.Student{this, older, gone} {
		s.putStudent(st)
	}
	if err := s.db.Delete(model.KindStudent, gone.ID); err != nil {
		t.Fatal(err)
	}
	p := s.export()
	var ids []model.ID
	for _, e := range p.Records[model.KindStudent] {
		ids = append(ids, e.Meta.ID)
	}
	slices.Sort(ids)
	want := []model.ID{this.ID, gone.ID}
	slices.Sort(want)
	if !slices.Equal(ids, want) {
		t.Errorf("students in the 2025 package = %v; want %v (this year's and the tombstone, not %s of 2024)", ids, want, older.ID)
	}
	if n := len(p.Records[model.KindSchool]); n != 1 {
		t.Errorf("the package has %d schools; want 1", n)
	}
}
