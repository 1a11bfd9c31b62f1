package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// approvedBy gives the fixture a director and one approved report of person (p1 a leader, p3
// the director, p4 the accountant), approved by name.
func approvedBy(person, name string) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.School.DirectorName = "Дора Тодорова Директорова"
		d.People = append(d.People,
			model.Person{ID: "p3", Year: 2025, Name: model.PersonName{First: "Дора", Middle: "Тодорова", Last: "Директорова"},
				Roles: []model.PersonRole{model.RoleDirector}, Engagement: model.Staff, Rate: model.Lev(8, 0)},
			model.Person{ID: "p4", Year: 2025, Name: model.PersonName{First: "Стела", Middle: "Иванова", Last: "Сметкова"},
				Roles: []model.PersonRole{model.RoleAccountant}, Engagement: model.Staff, Rate: model.Lev(6, 0)})
		role := map[string]model.PersonRole{"p1": model.RoleLeader, "p3": model.RoleDirector, "p4": model.RoleAccountant}[person]
		d.Timesheets = []model.Timesheet{{ID: "ts1", Year: 2025, PersonID: model.ID(person), Role: role,
			Month: model.Month{Y: 2025, M: time.November}, Status: model.Approved, ApprovedBy: name, ApprovedOn: day(time.December, 2),
			Days: []model.DayHours{{Date: day(time.November, 4), Hours: model.H(2)}}}}
	}
}

// The director's report is approved by the head of the РУО, never by the director.
func TestCheck_Art85_1_Art86_2_DirectorsReportApprovedByDirector(t *testing.T) {
	runRule(t, "timesheet_self_approved", model.SeverityError, "чл. 85, ал. 1; чл. 86, ал. 2", []ruleCase{
		{"approved by the head of the РУО", approvedBy("p3", "Началник на РУО – Враца"), false},
		{"approved by the director, full name", approvedBy("p3", "Дора Тодорова Директорова"), true},
		{"approved by the director, two names, other case", approvedBy("p3", "дора  ДИРЕКТОРОВА"), true},
	})
}

// A leader's report is approved by the director (чл. 81, ал. 2), the accountant's too (чл. 88, ал. 3).
func TestCheck_Art81_2_Art88_3_ReportApprovedByWhoMay(t *testing.T) {
	runRule(t, "timesheet_wrong_approver", model.SeverityError, "чл. 81, ал. 2", []ruleCase{
		{"leader's, by the director", approvedBy("p1", "Дора Директорова"), false},
		{"leader's, by someone else", approvedBy("p1", "Иван Петров Георгиев"), true},
		{"leader's, by the head of the РУО", approvedBy("p1", "Началник на РУО – Враца"), true},
		{"external firm's leader, by the firm's manager (чл. 81, ал. 3)", func(d *model.YearData) {
			approvedBy("p1", "Управител Фирмен")(d)
			d.People[0].Engagement = model.External
		}, false},
	})
	runRule(t, "timesheet_self_approved", model.SeverityError, "чл. 81, ал. 2", []ruleCase{
		{"leader's, by the leader", approvedBy("p1", "Мария Иванова Петрова"), true},
		{"leader's, by the director", approvedBy("p1", "Дора Тодорова Директорова"), false},
	})
	runRule(t, "timesheet_wrong_approver", model.SeverityError, "чл. 88, ал. 3", []ruleCase{
		{"accountant's, by the director", approvedBy("p4", "Дора Тодорова Директорова"), false},
		{"accountant's, by the chair of the council", approvedBy("p4", "Член Съветов Номер0"), true},
	})
	runRule(t, "timesheet_wrong_approver", model.SeverityError, "чл. 81, ал. 2", []ruleCase{
		{"no director known: names cannot be compared", func(d *model.YearData) {
			approvedBy("p1", "Иван Петров Георгиев")(d)
			d.School.DirectorName = ""
			d.People = d.People[:2]
		}, false},
	})
}
