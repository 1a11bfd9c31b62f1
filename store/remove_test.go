package store_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// TestRemove per kind on the demo: a record others point to is refused with what points to it
// and left as it was; one nobody points to becomes a tombstone. Each row is one transaction.
func TestRemove(t *testing.T) {
	db, d := demoFile(t)
	approved := approvedSession(t, d)
	free := func(r model.Record) func(tx *store.Tx) model.ID {
		return func(tx *store.Tx) model.ID {
			if err := tx.Put(r); err != nil {
				t.Fatal(err)
			}
			return r.RecordID()
		}
	}
	given := func(id model.ID) func(*store.Tx) model.ID { return func(*store.Tx) model.ID { return id } }
	lone := model.CouncilMember{Year: 2025, Name: model.PersonName{First: "Нов", Last: "Член"}, Role: model.RoleMember, Quota: model.QuotaParent}
	loneStudent := d.Students[0]
	loneStudent.ID = ""
	lonePerson := d.People[0]
	lonePerson.ID = ""
	loneGroup := d.Groups[0]
	loneGroup.ID, loneGroup.Members, loneGroup.WaitingList = "", nil, nil
	tests := []struct {
		name string
		kind model.Kind
		id   func(tx *store.Tx) model.ID
		code string // "" removed
		msg  string
	}{
		{"student in a group", model.KindStudent, given(d.Groups[0].Members[0].StudentID), "referenced", "групи — "},
		{"student nobody names", model.KindStudent, free(&loneStudent), "", ""},
		{"group with sessions", model.KindGroup, given(d.Groups[0].ID), "referenced", "дневници (занятия) — "},
		{"group with nothing", model.KindGroup, free(&loneGroup), "", ""},
		{"person leading a group", model.KindPerson, given(d.Groups[0].LeaderID), "referenced", "групи — "},
		{"person with nothing", model.KindPerson, free(&lonePerson), "", ""},
		{"member present at a meeting", model.KindCouncilMember, given(d.Meetings[0].Present[0]), "referenced", "заседания на съвета — "},
		{"member at no meeting", model.KindCouncilMember, free(&lone), "", ""},
		{"supplier of an expense", model.KindSupplier, given(supplierInUse(t, d)), "referenced", "разходи — "},
		{"meeting", model.KindMeeting, given(d.Meetings[len(d.Meetings)-1].ID), "", ""},
		{"expense", model.KindExpense, given(d.Expenses[0].ID), "", ""},
		{"session in an approved month", model.KindSession, given(approved.ID), "approved_locked", "чл. 81, ал. 2"},
		{"session in an open month", model.KindSession, free(openSession(t, d, approved)), "", ""},
		{"the school", model.KindSchool, given(d.School.ID), "not_removable", ""},
		{"the programme", model.KindProgramme, given(d.Programme.ID), "not_removable", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var id model.ID
			err := db.Update(func(tx *store.Tx) error {
				id = tc.id(tx)
				return tx.Remove(tc.kind, id)
			})
			wantCode(t, err, tc.code)
			if tc.msg != "" && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q lacks %q", err, tc.msg)
			}
			meta, merr := db.Meta(tc.kind, id)
			switch {
			case tc.code == "" && (merr != nil || !meta.Deleted):
				t.Errorf("not a tombstone: %+v %v", meta, merr)
			case tc.code != "" && merr == nil && meta.Deleted:
				t.Error("refused, yet deleted")
			}
		})
	}
	if err := db.Update(func(tx *store.Tx) error { return tx.Remove(model.KindStudent, "nope") }); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown record: %v", err)
	}
}

// approvedSession is a session of the demo in a month whose leader's timesheet is approved.
func approvedSession(t *testing.T, d *model.YearData) model.Session {
	t.Helper()
	for _, s := range d.Sessions {
		if inApprovedMonth(d, s) {
			return s
		}
	}
	t.Fatal("the demo has no session in an approved month")
	return model.Session{}
}

// openSession is a new session of the approved one's group in a month not yet approved.
func openSession(t *testing.T, d *model.YearData, approved model.Session) *model.Session {
	t.Helper()
	s := approved
	s.ID = ""
	for day := d.Programme.Year.Start(); !day.After(d.Programme.Year.End()); day = day.AddDays(1) {
		if s.Date = day; !inApprovedMonth(d, s) {
			return &s
		}
	}
	t.Fatal("every month of the demo is approved")
	return nil
}

func inApprovedMonth(d *model.YearData, s model.Session) bool {
	leader := s.LeaderID
	for _, g := range d.Groups {
		if g.ID == s.GroupID && leader == "" {
			leader = g.LeaderID
		}
	}
	for _, ts := range d.Timesheets {
		if ts.PersonID == leader && ts.Status == model.Approved && ts.Month == model.MonthOf(s.Date) {
			return true
		}
	}
	return false
}

func supplierInUse(t *testing.T, d *model.YearData) model.ID {
	t.Helper()
	for _, e := range d.Expenses {
		if e.SupplierID != "" {
			return e.SupplierID
		}
	}
	t.Fatal("no expense with a supplier in the demo")
	return ""
}
