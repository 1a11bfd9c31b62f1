package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestPrefillTimesheet(t *testing.T) {
	nov := model.Month{Y: 2025, M: time.November}
	d := fixture() // lessons of 40 minutes; p1 leads g1, p2 leads g2
	d.Sessions = []model.Session{
		// p1's sessions in November, out of date order; 2 lessons of 40 min = 80 min = 1,33 h
		{ID: "a", GroupID: "g1", Date: day(time.November, 11), Start: 14 * 60, Hours: model.H(2), LeaderID: "p1", Topic: "Дроби"},
		{ID: "b", GroupID: "g1", Date: day(time.November, 4), Start: 15 * 60, Hours: model.H(1), LeaderID: "p1", Topic: "Събиране"},
		// no LeaderID: the group's leader held it; 3 lessons = 120 min = 2 h
		{ID: "c", GroupID: "g1", Date: day(time.November, 4), Start: 13 * 60, Hours: model.H(3), Topic: "Таблица"},
		// p1 was absent: the session did not take place (чл. 52, ал. 2)
		{ID: "d", GroupID: "g1", Date: day(time.November, 18), Hours: model.H(2), LeaderID: "p1", LeaderAbsent: true},
		// another month, another leader, and p1 standing in for p2 in g2
		{ID: "e", GroupID: "g1", Date: day(time.December, 2), Hours: model.H(2), LeaderID: "p1"},
		{ID: "f", GroupID: "g2", Date: day(time.November, 5), Hours: model.H(2), LeaderID: "p2"},
		{ID: "g", GroupID: "g2", Date: day(time.November, 6), Hours: model.H(1), LeaderID: "p1", Topic: "Заместване"},
	}
	got := model.PrefillTimesheet(d, "p1", nov)
	want := []model.DayHours{
		{Date: day(time.November, 4), Hours: 200, GroupID: "g1", Activity: "Таблица"},
		{Date: day(time.November, 4), Hours: 67, GroupID: "g1", Activity: "Събиране"},
		{Date: day(time.November, 6), Hours: 67, GroupID: "g2", Activity: "Заместване"},
		{Date: day(time.November, 11), Hours: 133, GroupID: "g1", Activity: "Дроби"},
	}
	if len(got) != len(want) {
		t.Fatalf("prefill = %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("day %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := model.PrefillTimesheet(d, "p1", model.Month{Y: 2026, M: time.March}); len(got) != 0 {
		t.Errorf("a month without sessions prefills %+v", got)
	}
}

func TestLessonToAstronomical(t *testing.T) {
	tests := []struct {
		name    string
		lessons model.Hours
		minutes int64
		want    model.Hours
	}{
		{"one lesson of 40 min is 0,666… → 0,67", model.H(1), 40, 67},
		{"two lessons of 40 min are 1,333… → 1,33", model.H(2), 40, 133},
		{"one lesson of 45 min is 0,75", model.H(1), 45, 75},
		{"half a lesson of 45 min is 0,375 → 0,38 (half up)", 50, 45, 38},
		{"one lesson of 60 min is 1", model.H(1), 60, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.LessonToAstronomical(tt.lessons, tt.minutes); got != tt.want {
				t.Errorf("LessonToAstronomical(%s, %d) = %s, want %s", tt.lessons, tt.minutes, got, tt.want)
			}
		})
	}
}

// sheetOf is a prepared report of 10 h in October 2025 by a person of role r.
func sheetOf(r model.PersonRole) (*model.Timesheet, *model.Person) {
	p := &model.Person{ID: "p", Roles: []model.PersonRole{r}}
	oct := model.Month{Y: 2025, M: time.October}
	t := &model.Timesheet{ID: "t", PersonID: "p", Role: r, Month: oct, Status: model.Prepared,
		Days: []model.DayHours{{Date: oct.First(), Hours: model.H(4)}, {Date: oct.First().AddDays(1), Hours: model.H(6)}}}
	return t, p
}

func TestApprove_Art85_86_88_WhoApproves(t *testing.T) {
	on := model.NewDate(2025, time.November, 3)
	tests := []struct {
		name string
		role model.PersonRole
		a    model.Approval
		code model.Code // "" when approved
	}{
		{"director approves a leader's", model.RoleLeader, model.Approval{By: model.ApproverDirector, Name: "Директор", On: on}, ""},
		{"director approves the accountant's", model.RoleAccountant, model.Approval{By: model.ApproverDirector, Name: "Директор", On: on}, ""},
		{"РУО approves the director's", model.RoleDirector, model.Approval{By: model.ApproverRUO, Name: "Началник на РУО", On: on}, ""},
		{"director may not approve own", model.RoleDirector, model.Approval{By: model.ApproverDirector, Name: "Директор", On: on}, "own_timesheet"},
		{"РУО does not approve a leader's", model.RoleLeader, model.Approval{By: model.ApproverRUO, Name: "Началник", On: on}, "wrong_approver"},
		{"no name", model.RoleLeader, model.Approval{By: model.ApproverDirector, On: on}, "required"},
		{"no date", model.RoleLeader, model.Approval{By: model.ApproverDirector, Name: "Директор"}, "required"},
		{"within Приложение № 7: 70 + 10 = 80", model.RoleDirector,
			model.Approval{By: model.ApproverRUO, Name: "Началник", On: on, Max: model.H(80), Used: model.H(70)}, ""},
		{"past Приложение № 7: 71 + 10 = 81", model.RoleDirector,
			model.Approval{By: model.ApproverRUO, Name: "Началник", On: on, Max: model.H(80), Used: model.H(71)}, "over_annex7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, p := sheetOf(tt.role)
			err := model.Approve(ts, p, tt.a)
			if code(err) != tt.code {
				t.Fatalf("Approve = %v (code %q), want code %q", err, code(err), tt.code)
			}
			if tt.code == "" && (ts.Status != model.Approved || ts.ApprovedBy != tt.a.Name || ts.ApprovedOn != on) {
				t.Errorf("approved report = %s by %q on %s", ts.Status, ts.ApprovedBy, ts.ApprovedOn)
			}
			if tt.code != "" && ts.Status != model.Prepared {
				t.Errorf("a refused approval left the report %s", ts.Status)
			}
		})
	}
}

func TestApprove_OwnTimesheetNamesTheRule(t *testing.T) {
	ts, p := sheetOf(model.RoleDirector)
	err := model.Approve(ts, p, model.Approval{By: model.ApproverDirector, Name: "Директор", On: model.NewDate(2025, 11, 3)})
	if err == nil || !strings.Contains(err.Error(), "чл. 86, ал. 2") || !strings.Contains(err.Error(), "началника на РУО") {
		t.Errorf("the refusal = %v: it must name the РУО and чл. 86, ал. 2", err)
	}
	if model.ApproverFor(p) != model.ApproverRUO {
		t.Error("ApproverFor(director) is not the РУО")
	}
}

func TestApprove_EmptyAndTwice(t *testing.T) {
	on := model.NewDate(2025, time.November, 3)
	a := model.Approval{By: model.ApproverDirector, Name: "Директор", On: on}
	ts, p := sheetOf(model.RoleLeader)
	ts.Days = nil
	if err := model.Approve(ts, p, a); code(err) != "empty_timesheet" {
		t.Errorf("approving an empty report = %v", err)
	}
	ts, p = sheetOf(model.RoleLeader)
	if err := model.Approve(ts, p, a); err != nil {
		t.Fatalf("Approve: %v", err)
	}
	if err := model.Approve(ts, p, a); code(err) != "already_approved" {
		t.Errorf("approving twice = %v", err)
	}
}

func TestCheckTimesheetChange_ApprovedIsLocked(t *testing.T) {
	approved, p := sheetOf(model.RoleLeader)
	if err := model.Approve(approved, p, model.Approval{By: model.ApproverDirector, Name: "Д", On: model.NewDate(2025, 11, 3)}); err != nil {
		t.Fatal(err)
	}
	prepared, _ := sheetOf(model.RoleLeader)
	edit := func(t model.Timesheet, f func(*model.Timesheet)) *model.Timesheet {
		t.Days = append([]model.DayHours(nil), t.Days...)
		f(&t)
		return &t
	}
	tests := []struct {
		name      string
		old, next *model.Timesheet
		code      model.Code
	}{
		{"new report", nil, prepared, ""},
		{"prepared report edited", prepared, edit(*prepared, func(t *model.Timesheet) { t.Days[0].Hours = model.H(5) }), ""},
		{"approved report saved unchanged", approved, edit(*approved, func(*model.Timesheet) {}), ""},
		{"approved report's hours changed", approved, edit(*approved, func(t *model.Timesheet) { t.Days[0].Hours = model.H(5) }), "approved_locked"},
		{"approved report's day added", approved, edit(*approved, func(t *model.Timesheet) { t.Days = append(t.Days, t.Days[0]) }), "approved_locked"},
		{"approved report set back to prepared", approved, edit(*approved, func(t *model.Timesheet) { t.Status = model.Prepared }), "approved_locked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := model.CheckTimesheetChange(tt.old, tt.next); code(err) != tt.code {
				t.Errorf("CheckTimesheetChange = %v, want code %q", err, tt.code)
			}
		})
	}
}

func TestRoleHours_SumsByRole(t *testing.T) {
	dir, _ := sheetOf(model.RoleDirector)
	acc, _ := sheetOf(model.RoleAccountant)
	acc2, _ := sheetOf(model.RoleAccountant)
	acc2.ID, acc2.Status = "t2", model.Approved
	ts := []model.Timesheet{*dir, *acc, *acc2}
	got := model.RoleHours(ts)
	if got[model.RoleDirector] != model.H(10) || got[model.RoleAccountant] != model.H(20) {
		t.Errorf("RoleHours = %v", got)
	}
	if h := model.ApprovedRoleHours(ts, model.RoleAccountant, ""); h != model.H(10) {
		t.Errorf("approved accountant hours = %s, want 10", h)
	}
	if h := model.ApprovedRoleHours(ts, model.RoleAccountant, "t2"); h != 0 {
		t.Errorf("approved accountant hours without t2 = %s, want 0", h)
	}
}
