package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// sessionOn adds a session of the group on 4 November with the given hours (in 1/100 h).
func sessionOn(group model.ID, hours model.Hours, marks ...model.Mark) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.Sessions = append(d.Sessions, model.Session{ID: "extra-" + group, Year: 2025, GroupID: group,
			Date: day(time.November, 4), Hours: hours, Marks: marks})
	}
}

func TestCheck_Art49_2_1_RemedialHoursPerDay(t *testing.T) {
	runRule(t, "student_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 1", []ruleCase{
		{"2 hours", func(d *model.YearData) {}, false},
		{"2,01 hours", sessionOn("g1", 1), true},
		{"3 hours, but only present students count", sessionOn("g1", model.H(1), model.Mark{StudentID: "s00", Status: model.Absent}), false},
		{"3 hours for a present student", sessionOn("g1", model.H(1), model.Mark{StudentID: "s00", Status: model.Present}), true},
		{"another day", func(d *model.YearData) {
			sessionOn("g1", model.H(2))(d)
			d.Sessions[len(d.Sessions)-1].Date = day(time.November, 5)
		}, false},
		{"the leader was absent", func(d *model.YearData) {
			sessionOn("g1", model.H(2))(d)
			d.Sessions[len(d.Sessions)-1].LeaderAbsent = true
		}, false},
	})
}

func TestCheck_Art49_2_2_InterestHoursPerDay(t *testing.T) {
	runRule(t, "student_day_hours", model.SeverityError, "чл. 49, ал. 2, т. 2", []ruleCase{
		{"4 hours", sessionOn("g2", model.H(1)), false},
		{"4,01 hours", sessionOn("g2", model.H(1)+1), true},
	})
}

func rate(person int, m model.Money, years int) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.People[person].Rate, d.People[person].ExperienceYears = m, years
	}
}

func TestCheck_Art80_1_LeaderRate(t *testing.T) {
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 80, ал. 1", []ruleCase{
		{"12,00 лв.", rate(0, model.Lev(12, 0), 4), false},
		{"12,01 лв.", rate(0, model.Lev(12, 1), 4), true},
		{"6,14 €", rate(0, model.Euro(6, 14), 4), false},
		{"6,15 €", rate(0, model.Euro(6, 15), 4), true},
	})
}

func TestCheck_Art80_3_JuniorLeaderRate(t *testing.T) {
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 80, ал. 3", []ruleCase{
		{"3 years, 8,00 лв.", rate(0, model.Lev(8, 0), 3), false},
		{"3 years, 8,01 лв.", rate(0, model.Lev(8, 1), 3), true},
		{"4 years, 12,00 лв.", rate(0, model.Lev(12, 0), 4), false},
	})
}

func manager(role model.PersonRole, m model.Money) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.People = append(d.People, model.Person{ID: "m-" + model.ID(role), Name: model.PersonName{First: "Ръководство", Last: string(role)},
			Roles: []model.PersonRole{role}, Engagement: model.Staff, Rate: m})
	}
}

func TestCheck_Art85_4_DirectorRate(t *testing.T) {
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 85, ал. 4", []ruleCase{
		{"8,00 лв.", manager(model.RoleDirector, model.Lev(8, 0)), false},
		{"8,01 лв.", manager(model.RoleDirector, model.Lev(8, 1)), true},
	})
}

func TestCheck_Art87_4_AccountantRate(t *testing.T) {
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 87, ал. 4", []ruleCase{
		{"6,00 лв.", manager(model.RoleAccountant, model.Lev(6, 0)), false},
		{"6,01 лв.", manager(model.RoleAccountant, model.Lev(6, 1)), true},
	})
}

// worked adds a timesheet of a person with hours spread over consecutive days of November,
// perDay hours a day.
func worked(person model.ID, role model.PersonRole, total, perDay model.Hours) func(d *model.YearData) {
	return func(d *model.YearData) {
		ts := model.Timesheet{ID: "ts-" + person, Year: 2025, PersonID: person, Role: role, Month: model.Month{Y: 2025, M: time.November}}
		for i := 0; total > 0; i++ {
			h := min(perDay, total)
			ts.Days = append(ts.Days, model.DayHours{Date: day(time.November, 1).AddDays(i % 30), Hours: h})
			total -= h
		}
		d.Timesheets = append(d.Timesheets, ts)
	}
}

// Group V, 100 students: director 75 h, accountant 100 h (Приложение № 7, column 51–100).
func TestCheck_Art86_2_DirectorHours(t *testing.T) {
	runRule(t, "management_hours", model.SeverityError, "чл. 86, ал. 2", []ruleCase{
		{"75 h", worked("dir", model.RoleDirector, model.H(75), model.H(3)), false},
		{"75,01 h", worked("dir", model.RoleDirector, model.H(75)+1, model.H(3)), true},
	})
}

func TestCheck_Art88_3_AccountantHours(t *testing.T) {
	runRule(t, "management_hours", model.SeverityError, "чл. 88, ал. 3", []ruleCase{
		{"100 h", worked("acc", model.RoleAccountant, model.H(100), model.H(4)), false},
		{"101 h", worked("acc", model.RoleAccountant, model.H(101), model.H(4)), true},
	})
}

// A special school over 80 students has no budget (Приложение № 6): the checks say so once.
func TestCheck_Art74_BudgetNotComputable(t *testing.T) {
	special := func(students int) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.School.Group, d.Programme.Students = model.GroupSpecial, students
			worked("dir", model.RoleDirector, model.H(10), model.H(2))(d)
		}
	}
	runRule(t, "budget_not_computable", model.SeverityError, "чл. 74", []ruleCase{
		{"special school, 80 students", special(80), false},
		{"special school, 81 students", special(81), true},
	})
}

func TestCheck_Art51_1_PersonDayHours(t *testing.T) {
	runRule(t, "person_day_hours", model.SeverityWarning, "чл. 51, ал. 1", []ruleCase{
		{"8 h in a day", worked("p1", model.RoleLeader, model.H(8), model.H(8)), false},
		{"8,01 h in a day", worked("p1", model.RoleLeader, model.H(8)+1, model.H(8)+1), true},
	})
}

func TestCheck_Art51_1_PersonWeekHours(t *testing.T) {
	// 1 November 2025 is a Saturday: days 3–9 November are one week.
	week := func(perDay model.Hours) func(d *model.YearData) {
		return func(d *model.YearData) {
			ts := model.Timesheet{ID: "tsw", PersonID: "p1", Role: model.RoleLeader, Month: model.Month{Y: 2025, M: time.November}}
			for i := range 5 {
				ts.Days = append(ts.Days, model.DayHours{Date: day(time.November, 3+i), Hours: perDay})
			}
			d.Timesheets = append(d.Timesheets, ts)
		}
	}
	runRule(t, "person_week_hours", model.SeverityWarning, "чл. 51, ал. 1", []ruleCase{
		{"40 h in a week", week(model.H(8)), false},
		{"40,05 h in a week", week(model.H(8) + 1), true},
	})
}

// directorLeader adds a director who also leads a group (чл. 85, ал. 6), with 4 years of experience:
// Rate is the director's rate, leader the leader's own (RoleRates); a zero leader rate leaves
// the leader's role at Rate. first lists the leader's role first when set.
func directorLeader(director, leader model.Money, leaderFirst bool) func(d *model.YearData) {
	return func(d *model.YearData) {
		roles := []model.PersonRole{model.RoleDirector, model.RoleLeader}
		if leaderFirst {
			roles = []model.PersonRole{model.RoleLeader, model.RoleDirector}
		}
		p := model.Person{ID: "m-two", Name: model.PersonName{First: "Директор", Last: "Ръководител"},
			Roles: roles, Engagement: model.Staff, Rate: director, ExperienceYears: 4}
		if leader.Currency.Valid() {
			p.RoleRates = []model.RoleRate{{Role: model.RoleLeader, Rate: leader}}
		}
		d.People = append(d.People, p)
	}
}

// Each role of a person with two roles is checked against its own cap, whichever role is
// listed first: the director's rate against чл. 85, ал. 4 (8 лв.), the leader's against
// чл. 80, ал. 1 (12 лв.).
func TestCheck_Art85_6_EachRoleWithinItsOwnCap(t *testing.T) {
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 85, ал. 4", []ruleCase{
		{"director 8,00 лв., leader 12,00 лв.", directorLeader(model.Lev(8, 0), model.Lev(12, 0), false), false},
		{"director 8,01 лв., leader 12,00 лв.", directorLeader(model.Lev(8, 1), model.Lev(12, 0), false), true},
		{"leader listed first, one rate of 8,00 лв.", directorLeader(model.Lev(8, 0), model.Money{}, true), false},
		{"leader listed first, one rate of 8,01 лв. (within the leader's cap)", directorLeader(model.Lev(8, 1), model.Money{}, true), true},
	})
	runRule(t, "rate_over_cap", model.SeverityError, "чл. 80, ал. 1", []ruleCase{
		{"director 8,00 лв., leader 12,00 лв.", directorLeader(model.Lev(8, 0), model.Lev(12, 0), false), false},
		{"director 8,00 лв., leader 12,01 лв.", directorLeader(model.Lev(8, 0), model.Lev(12, 1), false), true},
		{"director first, leader 6,15 €", directorLeader(model.Lev(8, 0), model.Euro(6, 15), false), true},
		{"director first, leader 6,14 €", directorLeader(model.Lev(8, 0), model.Euro(6, 14), false), false},
	})
}
