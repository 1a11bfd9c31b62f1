package store_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// approvalFile has a leader's and the director's prepared reports and the accounts of a director,
// a second director, the РУО and the accountant; it returns the path and the two reports' IDs.
func approvalFile(t *testing.T) (path string, leaderTS, directorTS model.ID) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "school.db")
	db := openAt(t, path, store.Options{User: "директор"})
	rs := validRecords(2025)
	leader := rs[model.KindPerson].(*model.Person)
	leader.ID = "p1"
	dir := *leader
	dir.ID, dir.Roles = "pd", []model.PersonRole{model.RoleDirector}
	ts := rs[model.KindTimesheet].(*model.Timesheet)
	ts.ID = "ts-leader"
	dts := *ts
	dts.ID, dts.PersonID, dts.Role = "ts-director", "pd", model.RoleDirector
	dts.Days = []model.DayHours{{Date: ts.Days[0].Date, Hours: model.H(1)}}
	if err := db.PutAll(leader, &dir, ts, &dts); err != nil {
		t.Fatal(err)
	}
	for _, a := range []model.Account{
		{Name: "Директор", Role: model.AccountDirector, PersonID: "pd"},
		{Name: "Заместник", Role: model.AccountDirector},
		{Name: "РУО", Role: model.AccountInspector},
		{Name: "Счетоводител", Role: model.AccountAccountant},
	} {
		mustAdd(t, db, a)
	}
	db.Close()
	return path, ts.ID, dts.ID
}

func as(t *testing.T, path, account string) *store.DB {
	t.Helper()
	db := openAt(t, path, store.Options{Account: account, NoBackup: true})
	return db
}

func approval(by model.Approver, name string) model.Approval {
	return model.Approval{By: by, Name: name, On: model.NewDate(2025, 10, 31)}
}

// чл. 81, ал. 2; чл. 88, ал. 3: the director approves a leader's report, which locks it; only
// that director's account reopens it, with a reason kept in the log; approved again, it is
// locked again.
func TestApproval_Art81_2_ReopenOnlyByTheApprover(t *testing.T) {
	path, id, _ := approvalFile(t)
	acc := as(t, path, "Счетоводител")
	if err := acc.ApproveTimesheet(id, approval(model.ApproverDirector, "Иван Иванов")); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("the accountant approves: %v", err)
	}
	acc.Close()
	dir := as(t, path, "Директор")
	if err := dir.ApproveTimesheet(id, approval(model.ApproverDirector, "Иван Иванов")); err != nil {
		t.Fatal(err)
	}
	var ts model.Timesheet
	_ = dir.Get(model.KindTimesheet, id, &ts)
	ts.Days[0].Hours = model.H(1)
	if err := dir.Put(&ts); model.ErrorCode(err) != "approved_locked" {
		t.Fatalf("edit of an approved month: %v", err)
	}
	dir.Close()
	for _, c := range []struct{ account, reason, code string }{
		{"Заместник", "поправка на часовете", "not_approver"},
		{"РУО", "поправка на часовете", "not_approver"},
		{"Директор", "грешка", "reason_required"},
	} {
		db := as(t, path, c.account)
		if err := db.ReopenTimesheet(id, c.reason); string(model.ErrorCode(err)) != c.code {
			t.Errorf("%s reopens: %v, want %s", c.account, err, c.code)
		}
		db.Close()
	}
	dir = as(t, path, "Директор")
	if err := dir.ReopenTimesheet(id, "поправка на часовете от 14.10"); err != nil {
		t.Fatal(err)
	}
	_ = dir.Get(model.KindTimesheet, id, &ts)
	ts.Days[0].Hours = model.H(1)
	if err := dir.Put(&ts); err != nil {
		t.Fatalf("edit of a reopened month: %v", err)
	}
	if err := dir.ApproveTimesheet(id, approval(model.ApproverDirector, "Иван Иванов")); err != nil {
		t.Fatal(err)
	}
	_ = dir.Get(model.KindTimesheet, id, &ts)
	if err := dir.Delete(model.KindTimesheet, id); model.ErrorCode(err) != "approved_locked" {
		t.Fatalf("re-approved month not locked: %v", err)
	}
	h, _ := dir.History(model.KindTimesheet, id)
	var acts []store.LogAction
	for _, e := range h {
		acts = append(acts, e.Action)
		if e.Action == store.ActionReopen && (e.Reason != "поправка на часовете от 14.10" || e.Account != "Директор") {
			t.Errorf("reopen entry: %+v", e)
		}
	}
	want := []store.LogAction{store.ActionPut, store.ActionApprove, store.ActionReopen, store.ActionPut, store.ActionApprove}
	if len(acts) != len(want) {
		t.Fatalf("history %v, want %v", acts, want)
	}
	for i := range want {
		if acts[i] != want[i] {
			t.Fatalf("history %v, want %v", acts, want)
		}
	}
}

// чл. 85, ал. 1; чл. 86, ал. 2: the director's own report is approved by the РУО, never by the
// director's account, and only the РУО's account reopens it.
func TestApproval_Art86_2_DirectorsOwnByTheRUO(t *testing.T) {
	path, _, id := approvalFile(t)
	dir := as(t, path, "Директор")
	if err := dir.ApproveTimesheet(id, approval(model.ApproverDirector, "Иван Иванов")); model.ErrorCode(err) != "own_timesheet" {
		t.Fatalf("the director approves the own report: %v", err)
	}
	dir.Close()
	ruo := as(t, path, "РУО")
	if err := ruo.ApproveTimesheet(id, approval(model.ApproverRUO, "Началник РУО")); err != nil {
		t.Fatal(err)
	}
	ruo.Close()
	dir = as(t, path, "Директор")
	if err := dir.ReopenTimesheet(id, "поправка на часовете"); model.ErrorCode(err) != "not_approver" {
		t.Fatalf("the director reopens the own report: %v", err)
	}
	dir.Close()
	ruo = as(t, path, "РУО")
	if err := ruo.ReopenTimesheet(id, "поправка на часовете"); err != nil {
		t.Fatalf("the РУО reopens: %v", err)
	}
	// The inspector still writes nothing else.
	if err := ruo.Delete(model.KindTimesheet, id); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("the РУО deletes: %v", err)
	}
}
