package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// reportFrom adds a person of role r whose agreement is dated 5 November 2025, with a timesheet of
// one hour on each given day of November.
func reportFrom(r model.PersonRole, days ...int) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.People = append(d.People, model.Person{ID: "m1", Year: 2025, Name: model.PersonName{First: "Петя", Middle: "Иванова", Last: "Колева"},
			Roles: []model.PersonRole{r}, Engagement: model.Staff, Rate: model.Lev(6, 0),
			AgreementNo: "РУО-1", AgreementDate: day(time.November, 5), AgreementEnteredOn: day(time.November, 5)})
		ts := model.Timesheet{ID: "tsm", Year: 2025, PersonID: "m1", Role: r, Month: model.Month{Y: 2025, M: time.November}}
		for _, n := range days {
			ts.Days = append(ts.Days, model.DayHours{Date: day(time.November, n), Hours: model.H(1)})
		}
		d.Timesheets = append(d.Timesheets, ts)
	}
}

// чл. 85, ал. 1: the director's hours are paid under the additional agreement, which sets its
// term; a day before the agreement's date is not.
func TestCheck_Art85_1_DirectorHoursBeforeAgreement(t *testing.T) {
	runRule(t, "timesheet_before_agreement", model.SeverityError, "чл. 85, ал. 1", []ruleCase{
		{"from the agreement's day", reportFrom(model.RoleDirector, 5, 6, 12), false},
		{"the day before it", reportFrom(model.RoleDirector, 4, 5, 6), true},
	})
}

// чл. 87, ал. 1–2: the accountant's agreement sets the terms the hours are paid on.
func TestCheck_Art87_1_AccountantHoursBeforeAgreement(t *testing.T) {
	runRule(t, "timesheet_before_agreement", model.SeverityError, "чл. 87, ал. 1", []ruleCase{
		{"from the agreement's day", reportFrom(model.RoleAccountant, 5), false},
		{"the day before it", reportFrom(model.RoleAccountant, 4), true},
	})
}

// чл. 81, ал. 1 (with чл. 80, ал. 2 and 4): a leader is paid for hours worked under the agreement
// or contract. A leader without an entered agreement date is not judged here.
func TestCheck_Art81_1_LeaderHoursBeforeAgreement(t *testing.T) {
	noDate := func(d *model.YearData) {
		reportFrom(model.RoleLeader, 1)(d)
		d.People[len(d.People)-1].AgreementDate = model.Date{}
	}
	runRule(t, "timesheet_before_agreement", model.SeverityError, "чл. 81, ал. 1", []ruleCase{
		{"from the agreement's day", reportFrom(model.RoleLeader, 5, 30), false},
		{"the day before it", reportFrom(model.RoleLeader, 4), true},
		{"no agreement date", noDate, false},
	})
}

// чл. 61, ал. 1, б. „г“: the card's distribution records the work with the student while the
// student takes part; a row dated after the student left the group (s00 in g1, card cs00) or the
// project (the exit date of Приложение № 2) is an error. The row on the day of leaving is not.
func TestCheck_Art61_1_CardRowAfterLeaving(t *testing.T) {
	row := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.Cards[0].Rows = append(d.Cards[0].Rows, model.CardRow{Topic: "Дроби", Date: day(time.November, 10)}, model.CardRow{Topic: "Уравнения", Date: on})
		}
	}
	leftGroup := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) {
			row(day(time.December, 1))(d)
			d.Groups[0].Members[0].Left = on
		}
	}
	exited := func(on model.Date) func(d *model.YearData) {
		return func(d *model.YearData) {
			row(day(time.December, 1))(d)
			d.Applications = append(d.Applications, model.Application{ID: "as00", Year: 2025, StudentID: "s00",
				SubmittedOn: day(time.October, 10), Signed: true, ESF: model.ESFSurvey{Exit: on}})
		}
	}
	runRule(t, "card_row_after_leaving", model.SeverityError, "чл. 61, ал. 1", []ruleCase{
		{"still in the group", row(day(time.December, 1)), false},
		{"left the group the row's day", leftGroup(day(time.December, 1)), false},
		{"left the group the day before", leftGroup(day(time.November, 30)), true},
		{"left the project the row's day", exited(day(time.December, 1)), false},
		{"left the project the day before", exited(day(time.November, 30)), true},
	})
}
