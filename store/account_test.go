package store_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// A file with no accounts acts as its director, named after Options.User; the first account
// added (a director's) then acts, and a second open names the account to act as.
func TestActor_NoAccountsIsDirectorThenNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := store.Open(path, store.Options{User: "os-user"})
	if err != nil {
		t.Fatal(err)
	}
	if a := db.Actor(); a.Role != model.AccountDirector || a.Name != "os-user" {
		t.Fatalf("implicit actor = %+v", a)
	}
	if err := db.AddAccount(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}); model.ErrorCode(err) != "last_director" {
		t.Fatalf("first account not a director: %v", err)
	}
	mustAdd(t, db, model.Account{Name: "Директор", Role: model.AccountDirector})
	if a := db.Actor(); a.Name != "Директор" {
		t.Fatalf("after the first account the actor is %+v", a)
	}
	mustAdd(t, db, model.Account{Name: "Счетоводител", Role: model.AccountAccountant})
	if err := db.AddAccount(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}); model.ErrorCode(err) != "account_exists" {
		t.Fatalf("duplicate: %v", err)
	}
	if err := db.AddAccount(model.Account{Name: "Ръководител", Role: model.AccountLeader}); model.ErrorCode(err) != "required" {
		t.Fatalf("leader without person: %v", err)
	}
	db.Close()

	acc, err := store.Open(path, store.Options{Account: "Счетоводител", NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if a := acc.Actor(); a.Role != model.AccountAccountant {
		t.Fatalf("actor = %+v", a)
	}
	// Only a director manages accounts.
	if err := acc.AddAccount(model.Account{Name: "Друг", Role: model.AccountDirector}); !errors.Is(err, store.ErrForbidden) {
		t.Fatalf("accountant adds an account: %v", err)
	}
	acc.Close()

	if _, err := store.Open(path, store.Options{Account: "Никой", NoBackup: true}); !errors.Is(err, store.ErrNoAccount) || model.ErrorCode(err) != "no_account" {
		t.Fatalf("unknown account: %v", err)
	}
	dir := openAt(t, path, store.Options{NoBackup: true}) // "": the director's
	if a := dir.Actor(); a.Name != "Директор" {
		t.Fatalf("default actor = %+v", a)
	}
	if err := dir.DisableAccount("Директор"); model.ErrorCode(err) != "last_director" {
		t.Fatalf("disabling the last director: %v", err)
	}
	if err := dir.DisableAccount("Счетоводител"); err != nil {
		t.Fatal(err)
	}
	as, err := dir.Accounts()
	if err != nil || len(as) != 2 || as[1].Name != "Счетоводител" || !as[1].Disabled {
		t.Fatalf("accounts = %+v, %v", as, err)
	}
	dir.Close()
	if _, err := store.Open(path, store.Options{Account: "Счетоводител", NoBackup: true}); model.ErrorCode(err) != "account_disabled" {
		t.Fatalf("disabled account opens: %v", err)
	}
}

// The account's name, not the OS user, is who changed a record.
func TestPut_ByIsTheAccount(t *testing.T) {
	db, _ := openTest(t)
	mustAdd(t, db, model.Account{Name: "Директорът", Role: model.AccountDirector})
	s := student(2025, "Иван")
	if err := db.Put(s); err != nil {
		t.Fatal(err)
	}
	m, err := db.Meta(model.KindStudent, s.ID)
	if err != nil || m.By != "Директорът" {
		t.Fatalf("by = %q, %v", m.By, err)
	}
}

func mustAdd(t *testing.T, db *store.DB, a model.Account) {
	t.Helper()
	if err := db.AddAccount(a); err != nil {
		t.Fatalf("add %s: %v", a.Name, err)
	}
}
