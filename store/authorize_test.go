package store_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// errRollback ends a test's transaction without saving.
var errRollback = errors.New("rollback")

// roleFile writes one record of every kind (the leader "p1" leads group "g1", to which the row,
// the session and the timesheet belong) and an account of every role; it returns the path.
func roleFile(t *testing.T) (string, map[model.Kind]model.Record) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := store.Open(path, store.Options{User: "директор"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs := validRecords(2025)
	for _, k := range model.Kinds {
		rs[k].SetRecordID(model.ID(k) + "-1")
	}
	rs[model.KindGroup].SetRecordID("g1")
	rs[model.KindGroup].(*model.Group).LeaderID = "p1"
	rs[model.KindPerson].SetRecordID("p1")
	for _, k := range model.Kinds {
		if err := db.Put(rs[k]); err != nil {
			t.Fatalf("put %s: %v", k, err)
		}
	}
	for _, a := range roleAccounts {
		mustAdd(t, db, a)
	}
	return path, rs
}

var roleAccounts = []model.Account{
	{Name: "Директор", Role: model.AccountDirector},
	{Name: "Счетоводител", Role: model.AccountAccountant},
	{Name: "Ръководител", Role: model.AccountLeader, PersonID: "p1"},
	{Name: "РУО", Role: model.AccountInspector},
}

// Every role × every kind × put and delete through store.Tx: allowed exactly where the role
// table (model.AccountRole.CanWrite) says, the leader's records being of its own group.
func TestTx_RoleMatrix(t *testing.T) {
	path, rs := roleFile(t)
	for _, a := range roleAccounts {
		db, err := store.Open(path, store.Options{Account: a.Name, NoBackup: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range model.Kinds {
			want := a.Role.CanWrite(k)
			put := db.Update(func(tx *store.Tx) error {
				if err := tx.Put(rs[k]); err != nil {
					return err
				}
				return errRollback
			})
			del := db.Update(func(tx *store.Tx) error {
				if err := tx.Delete(k, rs[k].RecordID()); err != nil {
					return err
				}
				return errRollback
			})
			for op, err := range map[string]error{"put": put, "delete": del} {
				if got := errors.Is(err, errRollback); got != want {
					t.Errorf("%s %s %s: allowed %v, want %v (%v)", a.Role, op, k, got, want, err)
				}
				if !want && (!errors.Is(err, store.ErrForbidden) || model.ErrorCode(err) != "role_forbidden") {
					t.Errorf("%s %s %s: %v, want role_forbidden", a.Role, op, k, err)
				}
			}
		}
		db.Close()
	}
}

// The leader writes only its own groups' rows and sessions and its own draft of hours; it cannot
// move a row out of another leader's group, nor approve its report (чл. 52; чл. 81, ал. 2).
func TestTx_Art52_LeaderOwnGroups(t *testing.T) {
	path, rs := roleFile(t)
	dir := openAt(t, path, store.Options{Account: "Директор", NoBackup: true})
	other := *rs[model.KindGroup].(*model.Group)
	other.ID, other.LeaderID = "g2", "p2"
	row2 := *rs[model.KindProgrammeRow].(*model.ProgrammeRow)
	row2.ID, row2.GroupID = "row2", "g2"
	if err := dir.PutAll(&other, &row2); err != nil {
		t.Fatal(err)
	}
	dir.Close()
	db := openAt(t, path, store.Options{Account: "Ръководител", NoBackup: true})
	own := *rs[model.KindSession].(*model.Session)
	moved := row2
	moved.GroupID = "g1"
	into := *rs[model.KindProgrammeRow].(*model.ProgrammeRow)
	into.GroupID = "g2"
	foreign := *rs[model.KindTimesheet].(*model.Timesheet)
	foreign.PersonID = "p2"
	approved := *rs[model.KindTimesheet].(*model.Timesheet)
	approved.Status, approved.ApprovedBy, approved.ApprovedOn = model.Approved, "Ръководител", approved.Month.First()
	cases := []struct {
		name string
		r    model.Record
		code string
	}{
		{"own session", &own, ""},
		{"row of another group", &row2, "not_own_group"},
		{"row moved out of another group", &moved, "not_own_group"},
		{"own row moved into another group", &into, "not_own_group"},
		{"another person's timesheet", &foreign, "not_own_group"},
		{"own timesheet approved", &approved, "leader_approves"},
	}
	for _, c := range cases {
		err := db.Update(func(tx *store.Tx) error {
			if err := tx.Put(c.r); err != nil {
				return err
			}
			return errRollback
		})
		if c.code == "" && !errors.Is(err, errRollback) || c.code != "" && string(model.ErrorCode(err)) != c.code {
			t.Errorf("%s: %v, want %q", c.name, err, c.code)
		}
	}
	if err := db.Delete(model.KindProgrammeRow, "row2"); model.ErrorCode(err) != "not_own_group" {
		t.Errorf("delete of another group's row: %v", err)
	}
}
