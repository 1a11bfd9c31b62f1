package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A year is closed after its last quarter: 31 August is still the year, 1 September is not.
func TestCanCloseOn_AfterTheLastQuarter(t *testing.T) {
	for _, tt := range []struct {
		day  model.Date
		want model.Code
	}{
		{model.NewDate(2026, time.August, 31), "year_not_over"},
		{model.NewDate(2026, time.September, 1), ""},
	} {
		if got := model.ErrorCode(model.CanCloseOn(2025, tt.day)); got != tt.want {
			t.Errorf("CanCloseOn(2025, %s) code %q, want %q", tt.day, got, tt.want)
		}
	}
}

// чл. 76: the covered students are the distinct members of the year's groups of a kind, a
// student in two groups counted once.
func TestCoveredStudents_Art76_DistinctMembers(t *testing.T) {
	d := &model.YearData{Groups: []model.Group{
		{Kind: model.Remedial, Members: []model.Member{{StudentID: "a"}, {StudentID: "b"}}},
		{Kind: model.Remedial, Members: []model.Member{{StudentID: "a"}}},
		{Kind: model.Interest, Members: []model.Member{{StudentID: "c"}}},
	}}
	if r, i := model.CoveredStudents(d, model.Remedial), model.CoveredStudents(d, model.Interest); r != 2 || i != 1 {
		t.Errorf("covered remedial %d interest %d, want 2 and 1", r, i)
	}
}
