package model_test

import (
	"errors"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// SchoolCalendar over two years: each year's deadlines once per year, the STEM meetings (the
// same in every year) once; a profile that cannot be read stops it with its error.
func TestSchoolCalendar_EveryYearEachEventOnce(t *testing.T) {
	y1 := &model.YearData{Programme: model.Programme{Year: 2025}}
	y2 := &model.YearData{Programme: model.Programme{Year: 2026}}
	p := &model.Profile{Deadlines: []model.Deadline{{Code: "report", What: "Отчет", Article: "чл. 90"}}}
	one := func(*model.YearData) (*model.Profile, error) { return p, nil }
	a, b := model.SchoolEvents(y1, p), model.SchoolEvents(y2, p)
	got, err := model.SchoolCalendar([]*model.YearData{y1, y2, y1}, one)
	if err != nil {
		t.Fatal(err)
	}
	uids := map[string]int{}
	for _, e := range got {
		uids[e.UID]++
	}
	want := map[string]bool{}
	for _, e := range append(a, b...) {
		want[e.UID] = true
	}
	if len(uids) != len(want) || len(got) != len(want) {
		t.Errorf("%d events, %d distinct; want the %d distinct events of both years", len(got), len(uids), len(want))
	}
	if uids["tc-report-2025/2026"] != 1 || uids["tc-report-2026/2027"] != 1 {
		t.Errorf("the deadline of each year: %v", uids)
	}
	bad := errors.New("profile unreadable")
	if _, err := model.SchoolCalendar([]*model.YearData{y1}, func(*model.YearData) (*model.Profile, error) { return nil, bad }); !errors.Is(err, bad) {
		t.Errorf("error %v, want the profile's", err)
	}
}
