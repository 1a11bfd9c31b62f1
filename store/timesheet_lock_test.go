package store_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// lockSheet returns a prepared report of October 2025 with two days, or an approved one.
func lockSheet(approved bool) *model.Timesheet {
	oct := model.Month{Y: 2025, M: time.October}
	t := &model.Timesheet{Year: 2025, PersonID: "p1", Role: model.RoleLeader, Month: oct, Status: model.Prepared,
		Days: []model.DayHours{{Date: oct.First(), Hours: model.H(4)}, {Date: oct.First().AddDays(1), Hours: model.H(6)}}}
	if approved {
		t.Status, t.ApprovedBy, t.ApprovedOn = model.Approved, "Директор", model.NewDate(2025, time.November, 3)
	}
	return t
}

// errCode returns the code of the model.Error in err, "" when there is none.
func errCode(err error) model.Code {
	var me *model.Error
	if errors.As(err, &me) {
		return me.Code
	}
	if err != nil {
		return model.Code("other: " + err.Error())
	}
	return ""
}

func TestPut_Art81_2_ApprovedTimesheetIsLocked(t *testing.T) {
	tests := []struct {
		name     string
		approved bool // the stored report
		change   func(ts *model.Timesheet)
		delete   bool
		code     model.Code // "" when saved
	}{
		{"prepared report edited", false, func(ts *model.Timesheet) { ts.Days[0].Hours = model.H(5) }, false, ""},
		{"prepared report approved", false, func(ts *model.Timesheet) {
			ts.Status, ts.ApprovedBy, ts.ApprovedOn = model.Approved, "Директор", model.NewDate(2025, time.November, 3)
		}, false, ""},
		{"prepared report deleted", false, nil, true, ""},
		{"approved report saved unchanged", true, func(*model.Timesheet) {}, false, ""},
		{"approved report's hours changed", true, func(ts *model.Timesheet) { ts.Days[0].Hours = model.H(5) }, false, "approved_locked"},
		{"approved report's day added", true, func(ts *model.Timesheet) {
			ts.Days = append(ts.Days, model.DayHours{Date: ts.Month.First().AddDays(2), Hours: model.H(1)})
		}, false, "approved_locked"},
		{"approved report's approver renamed", true, func(ts *model.Timesheet) { ts.ApprovedBy = "Друг" }, false, "approved_locked"},
		{"approved report set back to prepared", true, func(ts *model.Timesheet) {
			ts.Status, ts.ApprovedBy, ts.ApprovedOn = model.Prepared, "", model.Date{}
		}, false, "approved_locked"},
		{"approved report deleted", true, nil, true, "approved_locked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t)
			stored := lockSheet(tt.approved)
			mustPut(t, db, stored)
			before, err := db.Meta(model.KindTimesheet, stored.ID)
			if err != nil {
				t.Fatal(err)
			}
			next := *stored
			next.Days = append([]model.DayHours(nil), stored.Days...)
			if tt.delete {
				err = db.Delete(model.KindTimesheet, stored.ID)
			} else {
				tt.change(&next)
				err = db.Put(&next)
			}
			if got := errCode(err); got != tt.code {
				t.Fatalf("err = %v, want code %q", err, tt.code)
			}
			if tt.code == "" {
				return
			}
			after, err := db.Meta(model.KindTimesheet, stored.ID)
			if err != nil || after.Version != before.Version || after.Deleted {
				t.Errorf("meta after refusal = %+v, %v; want unchanged %+v", after, err, before)
			}
			var got model.Timesheet
			if err := db.Get(model.KindTimesheet, stored.ID, &got); err != nil || !reflect.DeepEqual(&got, stored) {
				t.Errorf("stored after refusal = %+v, %v; want %+v", got, err, stored)
			}
		})
	}
}

func TestPut_Art81_2_LockNamesTheArticle(t *testing.T) {
	db, _ := openTest(t)
	ts := lockSheet(true)
	mustPut(t, db, ts)
	ts.Days[0].Hours = model.H(1)
	var me *model.Error
	if err := db.Put(ts); !errors.As(err, &me) || !containsAll(me.Msg, "чл. 81, ал. 2", "одобрен") {
		t.Errorf("Put = %v, want a message naming чл. 81, ал. 2", err)
	}
}

func TestPut_LockLeavesOtherKindsAlone(t *testing.T) {
	db, _ := openTest(t)
	s := student(2025, "Иван")
	mustPut(t, db, s)
	s.Name.First = "Петър"
	if err := db.Put(s); err != nil {
		t.Errorf("Put student = %v", err)
	}
	if err := db.Delete(model.KindStudent, s.ID); err != nil {
		t.Errorf("Delete student = %v", err)
	}
}

func TestBreaksApproval(t *testing.T) {
	env := func(ts *model.Timesheet, deleted bool) store.Envelope {
		e := store.Envelope{Meta: store.Meta{Kind: model.KindTimesheet, ID: "t1", Deleted: deleted}}
		if !deleted {
			ts.ID = "t1"
			e.Data = mustJSON(t, ts)
		}
		return e
	}
	changed := lockSheet(true)
	changed.Days[0].Hours = model.H(1)
	tests := []struct {
		name          string
		local, remote store.Envelope
		want          bool
	}{
		{"prepared here, approved there", env(lockSheet(false), false), env(lockSheet(true), false), false},
		{"prepared here, deleted there", env(lockSheet(false), false), env(nil, true), false},
		{"approved on both, other hours", env(lockSheet(true), false), env(changed, false), false},
		{"approved here, prepared there", env(lockSheet(true), false), env(lockSheet(false), false), true},
		{"approved here, deleted there", env(lockSheet(true), false), env(nil, true), true},
		{"deleted here", env(nil, true), env(lockSheet(false), false), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := store.BreaksApproval(tt.local, tt.remote)
			if err != nil || got != tt.want {
				t.Errorf("BreaksApproval = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
