package syncpack_test

import (
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestMerge_CarriesTheYearsCalendar: the calendar a school confirmed or edited travels in the
// package with the year's programme, so the other PC generates on the same days (чл. 48).
func TestMerge_CarriesTheYearsCalendar(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	prog := &model.Programme{Year: 2025, Students: 120, Currency: model.EUR}
	cal, err := model.ParseCalendar(2025, "05.11.2025 [неучебен ден] Патронен празник\n08.04.2026 – 13.04.2026 [ваканция; XII] Пролетна ваканция")
	if err != nil {
		t.Fatal(err)
	}
	cal.Store(prog)
	if err := dir.db.Put(prog); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())
	var got model.Programme
	if err := acc.db.Get(model.KindProgramme, prog.ID, &got); err != nil {
		t.Fatal(err)
	}
	if want := model.CalendarOf(prog); !reflect.DeepEqual(model.CalendarOf(&got), want) {
		t.Errorf("the calendar received is\n%+v\nwant\n%+v", model.CalendarOf(&got), want)
	}
}
