package model_test

import (
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// rowOn moves the first programme row of group g to day on.
func rowOn(g model.ID, on model.Date) func(d *model.YearData) {
	return func(d *model.YearData) {
		i := slices.IndexFunc(d.ProgrammeRows, func(r model.ProgrammeRow) bool { return r.GroupID == g })
		d.ProgrammeRows[i].Date = on
	}
}

// Чл. 48, ал. 1: the activities are in the students' school time (т. 1) or in their weekends
// and vacations (т. 2) — never on an official holiday, a day off or a day without classes (exam
// days included) of the group's grades, whose dates the calendar of Заповед № РД09-2069/26.08.2025
// and КТ, чл. 154 give. The fixture's g1 is a group of III grade, g2 of VI grade.
func TestCheck_Art48_1_ProgrammeRowOnDayOff(t *testing.T) {
	runRule(t, "programme_day_off", model.SeverityError, "чл. 48, ал. 1", []ruleCase{
		{"Saturday 07.03.2026, a weekend day (т. 2)", rowOn("g1", day(time.March, 7)), false},
		{"Tuesday 03.03.2026, Liberation Day (КТ, чл. 154)", rowOn("g1", day(time.March, 3)), true},
		{"Monday 02.03.2026, a day without classes of the order", rowOn("g1", day(time.March, 2)), true},
		{"Wednesday 20.05.2026, ДЗИ: a day without classes", rowOn("g2", day(time.May, 20)), true},
		{"Thursday 21.05.2026, the day after", rowOn("g2", day(time.May, 21)), false},
		{"Monday 03.11.2025, 1 November moved (ЗПУО, чл. 105, ал. 2), also in the vacation", rowOn("g1", day(time.November, 3)), true},
		{"a holiday stays closed when the group plans vacations", func(d *model.YearData) {
			d.Groups[0].Vacations = true
			rowOn("g1", day(time.March, 3))(d)
		}, true},
	})
}

// Чл. 48, ал. 1, т. 2: vacations and the days after the grades' end of classes are for the
// activities only when the programme plans them there (the group's „и във ваканциите“).
func TestCheck_Art48_1_2_ProgrammeRowInVacation(t *testing.T) {
	runRule(t, "programme_day_off", model.SeverityWarning, "чл. 48, ал. 1, т. 2", []ruleCase{
		{"Friday 29.05.2026, the last day of classes of I–III", rowOn("g1", day(time.May, 29)), false},
		{"Monday 01.06.2026, the day after for III", rowOn("g1", day(time.June, 1)), true},
		{"Monday 01.06.2026 for VI, whose classes end on 12.06", rowOn("g2", day(time.June, 1)), false},
		{"Monday 15.06.2026, after VI's last day 12.06", rowOn("g2", day(time.June, 15)), true},
		{"Monday 29.12.2025, the Christmas vacation", rowOn("g1", day(time.December, 29)), true},
		{"the same day when the group plans vacations", func(d *model.YearData) {
			d.Groups[0].Vacations = true
			rowOn("g1", day(time.December, 29))(d)
		}, false},
		{"after the end of classes when the group plans vacations", func(d *model.YearData) {
			d.Groups[0].Vacations = true
			rowOn("g1", day(time.June, 1))(d)
		}, false},
	})
}

// A held session of the journal is flagged like a programme row; one the leader missed did not
// take place and is not.
func TestCheck_Art48_1_SessionOnDayOff(t *testing.T) {
	sessionOn := func(on model.Date, absent bool) func(d *model.YearData) {
		return func(d *model.YearData) { d.Sessions[0].Date, d.Sessions[0].LeaderAbsent = on, absent }
	}
	runRule(t, "session_day_off", model.SeverityError, "чл. 48, ал. 1", []ruleCase{
		{"held on Wednesday 04.03.2026, a class day", sessionOn(day(time.March, 4), false), false},
		{"held on Tuesday 03.03.2026, a holiday", sessionOn(day(time.March, 3), false), true},
		{"missed on 03.03.2026: did not take place", sessionOn(day(time.March, 3), true), false},
	})
	runRule(t, "session_day_off", model.SeverityWarning, "чл. 48, ал. 1, т. 2", []ruleCase{
		{"held on 29.05.2026, III's last day", sessionOn(day(time.May, 29), false), false},
		{"held on 01.06.2026, after it", sessionOn(day(time.June, 1), false), true},
	})
}

// The grades come from the members: the same row on 01.06.2026 is after the end of classes of a
// III-grade group and not of one whose members are in VI grade.
func TestCheck_Art48_1_2_GradesFromMembers(t *testing.T) {
	runRule(t, "programme_day_off", model.SeverityWarning, "чл. 48, ал. 1, т. 2", []ruleCase{
		{"g1's members in III grade", rowOn("g1", day(time.June, 1)), true},
		{"g1's members moved to VI grade", func(d *model.YearData) {
			for i := range d.Students {
				d.Students[i].Grade = 6
			}
			rowOn("g1", day(time.June, 1))(d)
		}, false},
	})
}
