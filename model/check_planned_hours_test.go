package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// extraRow adds hours to group's programme on the day of its first row.
func extraRow(group model.ID, h model.Hours) func(d *model.YearData) {
	return func(d *model.YearData) {
		for _, r := range d.ProgrammeRows {
			if r.GroupID == group {
				r.ID, r.Hours = "extra", h
				d.ProgrammeRows = append(d.ProgrammeRows, r)
				return
			}
		}
	}
}

// The daily limits of чл. 49, ал. 2 on the planned programme: the fixture's first rows are 2 h.
func TestCheck_Art49_2_1_PlannedRemedialHoursPerDay(t *testing.T) {
	runRule(t, "programme_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 1", []ruleCase{
		{"2 hours on a day", func(d *model.YearData) {}, false},
		{"2,01 hours on a day", extraRow("g1", 1), true},
		{"interest group with 3 hours on a day", extraRow("g2", model.H(1)), false},
	})
}

func TestCheck_Art49_2_2_PlannedInterestHoursPerDay(t *testing.T) {
	runRule(t, "programme_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 2", []ruleCase{
		{"4 hours on a day", extraRow("g2", model.H(2)), false},
		{"4,01 hours on a day", extraRow("g2", model.H(2)+1), true},
	})
}

// The daily limits on the weekly schedule, weekday by weekday.
func TestCheck_Art49_2_WeeklyScheduleHoursPerDay(t *testing.T) {
	schedule := func(group int, slots ...model.Slot) func(d *model.YearData) {
		return func(d *model.YearData) { d.Groups[group].Schedule = slots }
	}
	mon := func(h model.Hours) model.Slot {
		return model.Slot{Day: time.Monday, Start: model.Clock(14 * 60), Hours: h}
	}
	tue := func(h model.Hours) model.Slot {
		return model.Slot{Day: time.Tuesday, Start: model.Clock(14 * 60), Hours: h}
	}
	runRule(t, "schedule_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 1", []ruleCase{
		{"remedial, 2 h on Monday", schedule(0, mon(model.H(1)), mon(model.H(1))), false},
		{"remedial, 2,01 h on Monday", schedule(0, mon(model.H(1)), mon(model.H(1)+1)), true},
		{"remedial, 2 h on Monday and 2 h on Tuesday", schedule(0, mon(model.H(2)), tue(model.H(2))), false},
	})
	runRule(t, "schedule_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 2", []ruleCase{
		{"interest, 4 h on Monday", schedule(1, mon(model.H(2)), mon(model.H(2))), false},
		{"interest, 4,01 h on Monday", schedule(1, mon(model.H(2)), mon(model.H(2)+1)), true},
	})
}
