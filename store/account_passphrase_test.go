package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// slotParams returns the Argon2id parameters of every account slot of the file, by account.
func slotParams(t *testing.T, db *DB) map[string]kdf {
	t.Helper()
	out := map[string]kdf{}
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		kr, err := readKeyring(tx)
		for _, s := range kr.Slots {
			if name, ok := s.who(db.keys.data); ok && !s.recovery() {
				out[name] = s.KDF
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A passphrase change (issues #13, #14): the account's own needs the old passphrase, a director
// sets another's; the old one opens the file no more, the new one does, each slot keeps the
// Argon2id parameters the file holds for it and what it held; the log records it, naming only
// the field.
func TestAccount_ChangePassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	now := func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }
	open := func(account, pass string) (*DB, error) {
		db, err := Open(path, Options{Now: now, NoBackup: true, Account: account, Passphrase: []byte(pass)})
		if err == nil {
			t.Cleanup(func() { _ = db.Close() })
		}
		return db, err
	}
	code := func(err error, want model.Code) {
		t.Helper()
		if model.ErrorCode(err) != want {
			t.Fatalf("got %v, want the code %s", err, want)
		}
	}
	db, err := open("", "парола на директора")
	if err != nil {
		t.Fatal(err)
	}
	rk := db.RecoveryKey()
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}, []byte("парола на счетоводителя")); err != nil {
		t.Fatal(err)
	}
	// The file keeps each slot's parameters: a slot with cheaper ones (an older file) keeps them.
	cheap := kdf{Time: 1, MemoryKiB: 8 << 10, Threads: 1}
	err = db.Update(func(tx *Tx) error {
		return tx.changeKeyring(func(kr *keyring) error {
			i := kr.find("директор", db.keys.data)
			kr.Slots[i] = newSlot("директор", cheap, []byte("парола на директора"), db.keys.data, db.keys.special)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	before := slotParams(t, db)

	code(db.ChangePassphrase([]byte("грешна парола"), []byte("нова парола на директора")), model.CodeWrongPassphrase)
	code(db.ChangePassphrase([]byte("парола на директора"), []byte("кратка")), model.CodeWeakPassphrase)
	if err := db.ChangePassphrase([]byte("парола на директора"), []byte("нова парола на директора")); err != nil {
		t.Fatal(err)
	}
	code(db.SetPassphrase("Никой", []byte("парола на никого")), model.CodeNoAccount)
	if err := db.SetPassphrase("Счетоводител", []byte("нова парола на счетоводителя")); err != nil {
		t.Fatal(err)
	}
	if after := slotParams(t, db); after["директор"] != cheap || after["Счетоводител"] != before["Счетоводител"] || before["Счетоводител"] != passphraseKDF {
		t.Errorf("parameters %+v after the change, %+v before", after, before)
	}
	es, err := db.Log(func(e *LogEntry) bool { return slices.Equal(e.Fields, []string{"passphrase"}) })
	if err != nil || len(es) != 2 || es[0].Old != "" || es[0].New != "" {
		t.Fatalf("log entries of the changes: %+v, %v", es, err)
	}
	_ = db.Close()

	for _, c := range []struct{ account, pass string }{{"", "парола на директора"}, {"Счетоводител", "парола на счетоводителя"}} {
		if _, err := open(c.account, c.pass); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("the old passphrase of %q: %v", c.account, err)
		}
	}
	dir, err := open("", "нова парола на директора")
	if err != nil || dir.Account() != "директор" || !dir.HasSpecial() {
		t.Fatalf("the director's new passphrase: %v", err)
	}
	_ = dir.Close()
	acc, err := open("Счетоводител", "нова парола на счетоводителя")
	if err != nil || acc.HasSpecial() {
		t.Fatalf("the accountant's new passphrase: %v", err)
	}
	if err := acc.SetPassphrase("директор", []byte("паролата на крадеца")); !errors.Is(err, ErrForbidden) {
		t.Fatalf("the accountant sets the director's passphrase: %v", err)
	}
	if err := acc.ChangePassphrase([]byte("нова парола на счетоводителя"), []byte("трета парола на счетоводителя")); err != nil {
		t.Fatal(err)
	}
	_ = acc.Close()

	rec, err := open("", rk)
	if err != nil {
		t.Fatal(err)
	}
	code(rec.ChangePassphrase([]byte(rk), []byte("парола след загубата")), model.CodeRecoverySession)
	if err := rec.SetPassphrase("директор", []byte("парола след загубата")); err != nil {
		t.Fatal(err)
	}
	_ = rec.Close()
	if dir, err := open("директор", "парола след загубата"); err != nil || !dir.HasSpecial() {
		t.Fatalf("the director after the reset with the recovery key: %v", err)
	}
}

// A plain file has no passphrase to change.
func TestAccount_ChangePassphrasePlainFile(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "school.db"), Options{User: "os"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.ChangePassphrase(nil, []byte("нова дълга парола")); model.ErrorCode(err) != model.CodeNotEncrypted {
		t.Fatalf("plain file: %v", err)
	}
}
