package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestCheck_Art52_2_JournalReachesCheck: a leader's missed session that was not moved shows on
// Проверки (model.Check), not only on the group's journal; moved, it does not.
func TestCheck_Art52_2_JournalReachesCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		moved bool
		want  bool
	}{
		{"missed and not moved", false, true},
		{"missed and moved", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			s := &d.Sessions[0] // g1's session, put on the first row of its programme
			s.Date, s.Start, s.Hours = d.ProgrammeRows[0].Date, d.ProgrammeRows[0].Start, d.ProgrammeRows[0].Hours
			if tc.moved {
				moved := model.Reschedule(s, day(time.December, 20)) // a day with no row of the programme
				moved.ID = "ss1b"
				d.Sessions = append(d.Sessions, moved)
			} else {
				model.Reschedule(s, model.Date{})
			}
			f, got := finding(model.Check(profile(t), d, day(time.November, 20)), "journal_hours_drop", "чл. 52, ал. 2")
			if got != tc.want {
				t.Fatalf("journal_hours_drop found = %v, want %v", got, tc.want)
			}
			if got && (len(f.Refs) != 1 || f.Refs[0].ID != "g1") {
				t.Errorf("refs %v, want the group g1", f.Refs)
			}
		})
	}
}

// TestCheck_Art32_1_NoConstituentMeetingOnce: with no constituent meeting the year has one
// finding naming every meeting, not one per meeting; one constituent meeting clears it.
func TestCheck_Art32_1_NoConstituentMeetingOnce(t *testing.T) {
	for _, tc := range []struct {
		name        string
		constituent bool
		want        int
	}{
		{"two ordinary meetings", false, 1},
		{"one constituent", true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			d.Meetings = []model.Meeting{
				{ID: "m1", Year: 2025, Number: 1, Date: day(time.October, 1), Constituent: tc.constituent},
				{ID: "m2", Year: 2025, Number: 2, Date: day(time.November, 1)},
			}
			n := 0
			for _, f := range model.Check(profile(t), d, day(time.November, 20)) {
				if f.Code == "meeting_no_constituent" {
					n++
					if f.Article != "чл. 32, ал. 1" || len(f.Refs) != 2 {
						t.Errorf("finding %+v, want чл. 32, ал. 1 naming both meetings", f)
					}
				}
			}
			if n != tc.want {
				t.Errorf("%d findings of no constituent meeting, want %d", n, tc.want)
			}
		})
	}
}

// A health absence without its medical document (чл. 52, ал. 1): Session.Validate refuses it when
// typed; a stored or received one is a finding.
func TestCheck_Art52_1_HealthAbsenceWithoutDocument(t *testing.T) {
	mark := func(st model.Attendance, doc string) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.Sessions[0].Marks = []model.Mark{{StudentID: "s00", Status: st, Document: doc}, {StudentID: "s01", Status: model.Present}}
		}
	}
	runRule(t, "health_absence_no_document", model.SeverityError, "чл. 52, ал. 1", []ruleCase{
		{"health absence with a document", mark(model.ExcusedHealth, "Медицинска бележка № 12"), false},
		{"health absence without one", mark(model.ExcusedHealth, ""), true},
		{"other excused absence without one", mark(model.ExcusedOther, ""), false},
	})
}
