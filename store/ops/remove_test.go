package ops_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

// memberOf returns a student of d in a group and a day after which no session marks them, or a
// session that marks a member (marked) and its day.
func memberOf(t *testing.T, d *model.YearData, marked bool) (model.ID, model.Date) {
	t.Helper()
	for _, s := range d.Sessions {
		for _, g := range d.Groups {
			if g.ID != s.GroupID {
				continue
			}
			for _, m := range g.Members {
				if model.Refers(&s, model.KindStudent, m.StudentID) && m.Left.IsZero() && m.Joined.Before(s.Date.AddDays(-1)) {
					if marked {
						return m.StudentID, s.Date.AddDays(-1)
					}
					return m.StudentID, model.NewDate(2026, 8, 31) // after every session of the year
				}
			}
		}
	}
	t.Fatal("the demo has no session marking a member")
	return "", model.Date{}
}

// lastLog is the newest change-log entry of kind/id.
func lastLog(t *testing.T, db *store.DB, kind model.Kind, id model.ID) store.LogEntry {
	t.Helper()
	es, err := db.History(kind, id)
	if err != nil || len(es) == 0 {
		t.Fatalf("history of %s %s: %d entries, %v", kind, id, len(es), err)
	}
	return es[len(es)-1]
}

func TestEndStudent_Art41_4(t *testing.T) {
	t.Run("OK_MembershipsEndedLeftMarkedExitSet", func(t *testing.T) {
		db, d := demoFile(t)
		id, on := memberOf(t, d, false)
		out, err := ops.EndStudent(db, year, id, on, "преместен в друго училище")
		if err != nil {
			t.Fatal(err)
		}
		var st model.Student
		stored(t, db, model.KindStudent, id, &st)
		if e := lastLog(t, db, model.KindStudent, id); e.Reason != "преместен в друго училище" {
			t.Errorf("the change log keeps the reason %q, want the one given", e.Reason)
		}
		if !st.Left || !out.Student.Left {
			t.Error("the ended student is not marked as having left")
		}
		live, err := db.LiveYear(year)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range live.Groups {
			for _, m := range g.Members {
				if m.StudentID == id && (m.Left.IsZero() || m.Left.After(on)) {
					t.Errorf("group %s keeps the student after %s (left %s)", g.Name, on, m.Left)
				}
			}
		}
		for _, a := range live.Applications {
			if a.StudentID == id && a.ESF.Exit.IsZero() {
				t.Error("the application's ESF exit date stayed empty")
			}
		}
	})
	t.Run("OK_InNoGroupOnlyMarked", func(t *testing.T) {
		db, d := demoFile(t)
		in := newStudent(d)
		in.Application = nil
		saved, err := ops.SaveStudent(db, year, in)
		if err != nil {
			t.Fatal(err)
		}
		out, err := ops.EndStudent(db, year, saved.Student.ID, model.NewDate(2026, 1, 15), "")
		if err != nil || !out.Student.Left || out.Application != nil {
			t.Errorf("ending a student in no group: %v, left %v, application %v", err, out.Student.Left, out.Application)
		}
	})
	t.Run("ErrMarkedAfter_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		id, on := memberOf(t, d, true)
		if _, err := ops.EndStudent(db, year, id, on, ""); !model.HasCode(err, model.CodeMarkedAfter) {
			t.Fatalf("error %v, want %s (a session after the day marks the student)", err, model.CodeMarkedAfter)
		}
		var st model.Student
		stored(t, db, model.KindStudent, id, &st)
		if st.Left {
			t.Error("a refused end marked the student as having left")
		}
	})
	t.Run("ErrNoDate", func(t *testing.T) {
		db, d := demoFile(t)
		if _, err := ops.EndStudent(db, year, d.Students[0].ID, model.Date{}, ""); !model.HasCode(err, model.CodeRequired) {
			t.Errorf("error %v, want %s", err, model.CodeRequired)
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, d := demoFile(t)
		if _, err := ops.EndStudent(db, 0, d.Students[0].ID, model.NewDate(2026, 1, 15), ""); !model.HasCode(err, model.CodeNoYear) {
			t.Errorf("error %v, want %s", err, model.CodeNoYear)
		}
	})
}

func TestRemoveStudent(t *testing.T) {
	t.Run("OK_WithItsApplicationAndCardReasonLogged", func(t *testing.T) {
		db, d := demoFile(t)
		students, apps, cards := count(t, db, model.KindStudent), count(t, db, model.KindApplication), count(t, db, model.KindInterestSurvey)
		saved, err := ops.SaveStudent(db, year, newStudent(d))
		if err != nil {
			t.Fatal(err)
		}
		if err := ops.RemoveStudent(db, saved.Student.ID, " въведен по грешка "); err != nil {
			t.Fatal(err)
		}
		if count(t, db, model.KindStudent) != students || count(t, db, model.KindApplication) != apps || count(t, db, model.KindInterestSurvey) != cards {
			t.Error("the student, the application or the card is still there")
		}
		for _, r := range []model.Ref{{Kind: model.KindStudent, ID: saved.Student.ID}, {Kind: model.KindApplication, ID: saved.Application.ID}} {
			if e := lastLog(t, db, r.Kind, r.ID); e.Action != store.ActionDelete || e.Reason != "въведен по грешка" {
				t.Errorf("the log of %s says %s with reason %q, want the deletion with its reason", r.Kind, e.Action, e.Reason)
			}
		}
	})
	t.Run("ErrReferenced_NothingDeleted", func(t *testing.T) {
		db, d := demoFile(t)
		id, _ := memberOf(t, d, false)
		apps := count(t, db, model.KindApplication)
		err := ops.RemoveStudent(db, id, "по грешка")
		if !model.HasCode(err, model.CodeReferenced) {
			t.Fatalf("error %v, want %s", err, model.CodeReferenced)
		}
		var st model.Student
		stored(t, db, model.KindStudent, id, &st)
		if count(t, db, model.KindApplication) != apps {
			t.Error("a refused removal deleted the application")
		}
	})
	t.Run("ErrNoReason", func(t *testing.T) {
		db, d := demoFile(t)
		saved, err := ops.SaveStudent(db, year, newStudent(d))
		if err != nil {
			t.Fatal(err)
		}
		if err := ops.RemoveStudent(db, saved.Student.ID, "  "); !model.HasCode(err, model.CodeReasonRequired) {
			t.Fatalf("error %v, want %s", err, model.CodeReasonRequired)
		}
		var st model.Student
		stored(t, db, model.KindStudent, saved.Student.ID, &st)
	})
}

func TestRemoveCard(t *testing.T) {
	t.Run("OK_ReasonLogged", func(t *testing.T) {
		db, d := demoFile(t)
		c := d.Cards[0]
		if err := ops.RemoveCard(db, c.ID, "друг предмет"); err != nil {
			t.Fatal(err)
		}
		live, err := db.LiveYear(year)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(live.Cards, func(x model.EducationCard) bool { return x.ID == c.ID }) {
			t.Error("the card is still in the year")
		}
		if e := lastLog(t, db, model.KindEducationCard, c.ID); e.Reason != "друг предмет" {
			t.Errorf("the log keeps reason %q", e.Reason)
		}
	})
	t.Run("ErrNoReason", func(t *testing.T) {
		db, d := demoFile(t)
		if err := ops.RemoveCard(db, d.Cards[0].ID, ""); !model.HasCode(err, model.CodeReasonRequired) {
			t.Errorf("error %v, want %s", err, model.CodeReasonRequired)
		}
	})
}
