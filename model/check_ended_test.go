package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// In the fixture p1 leads g1, whose one session is on 04.11.2025.

// TestCheck_Art81_1_NoHoursAfterThePersonLeft: a session led, or a report's day, after a paid
// person's last day is an error; on the day itself it is not.
func TestCheck_Art81_1_NoHoursAfterThePersonLeft(t *testing.T) {
	left := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) { d.People[0].LeftOn = on }
	}
	report := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.People[0].LeftOn = on
			d.Timesheets = []model.Timesheet{{ID: "t1", Year: 2025, PersonID: "p1", Role: model.RoleLeader,
				Month: model.MonthOf(day(time.December, 2)), Status: model.Prepared,
				Days: []model.DayHours{{Date: day(time.December, 2), Hours: model.H(2), GroupID: "g1", Activity: "занятие"}}}}
		}
	}
	runRule(t, model.CodeHoursAfterLeaving, model.SeverityError, "чл. 81, ал. 1", []ruleCase{
		{"not ended", left(model.Date{}), false},
		{"ended the day before the session", left(day(time.November, 3)), true},
		{"ended the day of the session", left(day(time.November, 4)), false},
		{"ended the day after the session", left(day(time.November, 5)), false},
		{"ended the day before a report's day", report(day(time.December, 1)), true},
		{"ended on the report's day", report(day(time.December, 2)), false},
	})
}

// TestCheck_Art52_NoSessionAfterTheGroupEnded: a session after a group's last day is an error.
func TestCheck_Art52_NoSessionAfterTheGroupEnded(t *testing.T) {
	ended := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) { d.Groups[0].EndedOn = on }
	}
	runRule(t, model.CodeSessionAfterGroupEnd, model.SeverityError, "чл. 52", []ruleCase{
		{"running", ended(model.Date{}), false},
		{"ended the day before its session", ended(day(time.November, 3)), true},
		{"ended the day of its session", ended(day(time.November, 4)), false},
		{"ended the day after", ended(day(time.November, 5)), false},
	})
}

// TestCheck_Art14_7_LeaderLeftGroupGoesOn: a running group whose leader left before the last
// row of its programme is warned about; not when the leader leaves on that day or the group
// ends with the leader.
func TestCheck_Art14_7_LeaderLeftGroupGoesOn(t *testing.T) {
	last := func(d *model.YearData) model.Date {
		var out model.Date
		for _, r := range d.ProgrammeRows {
			if r.GroupID == "g1" && r.Date.After(out) {
				out = r.Date
			}
		}
		return out
	}
	runRule(t, model.CodeLeaderLeftGroupOpen, model.SeverityWarning, "чл. 14, т. 7", []ruleCase{
		{"the leader works", func(d *model.YearData) {}, false},
		{"left the day before the last row", func(d *model.YearData) { d.People[0].LeftOn = last(d).AddDays(-1) }, true},
		{"left on the last row's day", func(d *model.YearData) { d.People[0].LeftOn = last(d) }, false},
		{"left before, the group ended with them", func(d *model.YearData) {
			d.People[0].LeftOn = last(d).AddDays(-1)
			d.Groups[0].EndedOn = last(d).AddDays(-1)
		}, false},
	})
}
