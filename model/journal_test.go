package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// journal is a group with a programme of ten two-hour Tuesdays from 4 November 2025 and a
// session for each of the first n of them.
func journal(n int) (*model.Group, []model.ProgrammeRow, []model.Session) {
	g := &model.Group{ID: "g1", Year: 2025, Name: "Математика", Kind: model.Remedial}
	var rows []model.ProgrammeRow
	var sessions []model.Session
	for i := range 10 {
		d := model.NewDate(2025, time.November, 4).AddDays(7 * i)
		rows = append(rows, model.ProgrammeRow{GroupID: g.ID, Date: d, Start: 14 * 60, Hours: model.H(2), Topic: "Тема"})
		if i < n {
			sessions = append(sessions, model.Session{ID: model.ID("s" + d.ISO()), GroupID: g.ID, Date: d, Start: 14 * 60, Hours: model.H(2)})
		}
	}
	return g, rows, sessions
}

func TestReschedule_KeepsHours(t *testing.T) {
	_, _, sessions := journal(1)
	s := &sessions[0]
	s.Marks = []model.Mark{{StudentID: "x", Status: model.Absent}}
	to := model.NewDate(2025, time.November, 6)
	moved := model.Reschedule(s, to)
	if !s.LeaderAbsent || s.RescheduledTo != to || s.Marks != nil {
		t.Errorf("missed session %+v, want the leader absent, moved to %s, no marks", s, to)
	}
	if moved.Date != to || moved.Hours != s.Hours || moved.Start != s.Start || moved.GroupID != s.GroupID || moved.ID != "" {
		t.Errorf("new session %+v, want %s with the same hours", moved, to)
	}
}

func TestCheckJournal_Art52_2_LeaderAbsence(t *testing.T) {
	miss := func(sessions []model.Session, i int, moveTo model.Date, hold bool) []model.Session {
		moved := model.Reschedule(&sessions[i], moveTo)
		if hold && !moveTo.IsZero() {
			sessions = append(sessions, moved)
		}
		return sessions
	}
	thursday := func(week int) model.Date { return model.NewDate(2025, time.November, 6).AddDays(7 * week) }
	cases := []struct {
		name    string
		edit    func(s []model.Session) []model.Session
		wantSev model.Severity
		want    bool
	}{
		{"no absence", func(s []model.Session) []model.Session { return s }, 0, false},
		{"2 hours missed and not moved", func(s []model.Session) []model.Session { return miss(s, 0, model.Date{}, false) }, model.SeverityWarning, true},
		{"4 hours missed and not moved", func(s []model.Session) []model.Session {
			return miss(miss(s, 0, model.Date{}, false), 1, model.Date{}, false)
		}, model.SeverityWarning, true},
		{"6 hours missed and not moved", func(s []model.Session) []model.Session {
			return miss(miss(miss(s, 0, model.Date{}, false), 1, model.Date{}, false), 2, model.Date{}, false)
		}, model.SeverityError, true},
		{"6 hours missed, all moved", func(s []model.Session) []model.Session {
			return miss(miss(miss(s, 0, thursday(0), true), 1, thursday(1), true), 2, thursday(2), true)
		}, 0, false},
		{"moved to a day with no meeting", func(s []model.Session) []model.Session { return miss(s, 0, thursday(0), false) }, model.SeverityWarning, true},
		{"a session shorter than planned, the leader present", func(s []model.Session) []model.Session {
			s[0].Hours = model.H(1)
			return s
		}, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g, rows, sessions := journal(4)
			f, got := finding(model.CheckJournal(g, rows, tc.edit(sessions)), "journal_hours_drop", "чл. 52, ал. 2")
			if got != tc.want {
				t.Fatalf("journal_hours_drop = %v, want %v", got, tc.want)
			}
			if got && f.Severity != tc.wantSev {
				t.Errorf("severity %s, want %s", f.Severity, tc.wantSev)
			}
		})
	}
}

func TestJournalTotalsOf(t *testing.T) {
	g, rows, sessions := journal(4)
	model.Reschedule(&sessions[3], model.Date{})
	got := model.JournalTotalsOf(g.ID, rows, sessions)
	want := model.JournalTotals{Planned: model.H(20), Held: model.H(6), Missed: model.H(2), Pending: model.H(12), Unreplaced: model.H(2)}
	if got != want {
		t.Errorf("JournalTotalsOf = %+v, want %+v", got, want)
	}
	if got.Expected() != model.H(18) {
		t.Errorf("Expected = %s, want 18", got.Expected())
	}
}

func TestCheckJournal_Art52_2_SameDay(t *testing.T) {
	g, rows, sessions := journal(2)
	sessions[0].LeaderAbsent, sessions[0].RescheduledTo = true, sessions[0].Date
	if _, ok := finding(model.CheckJournal(g, rows, sessions), "journal_same_day", "чл. 52, ал. 2"); !ok {
		t.Error("a session moved to its own day has no finding")
	}
}
