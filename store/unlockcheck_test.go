package store_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// The idle lock and the switch of account check a passphrase on the open file: the slot's own
// passphrase and the recovery key pass, another slot's passphrase or a wrong one do not.
func TestCheckPassphrase_SlotOfTheAccount(t *testing.T) {
	db, _ := openEncrypted(t)
	rk := db.RecoveryKey()
	err := db.Update(func(tx *store.Tx) error {
		return tx.SetAccountKey("счетоводител", []byte("парола на счетоводителя"), false)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		account, pass string
		ok            bool
	}{
		{"счетоводител", "парола на счетоводителя", true},
		{"счетоводител", testPass, false},
		{"директор", testPass, true},
		{"директор", "парола на счетоводителя", false},
		{"директор", rk, true},
		{"", "парола на счетоводителя", true},
		{"", "грешна парола", false},
	} {
		err := db.CheckPassphrase(c.account, []byte(c.pass))
		if c.ok != (err == nil) || (err != nil && !errors.Is(err, store.ErrWrongPassphrase)) {
			t.Errorf("CheckPassphrase(%q, %q) = %v, want ok=%v", c.account, c.pass, err, c.ok)
		}
	}
	if err := db.CheckUnlockPassphrase([]byte(testPass)); err != nil {
		t.Errorf("the unlocking slot's own passphrase: %v", err)
	}
	if err := db.CheckUnlockPassphrase([]byte("парола на счетоводителя")); !errors.Is(err, store.ErrWrongPassphrase) {
		t.Errorf("another slot's passphrase unlocks the idle lock: %v", err)
	}

	plain := openAt(t, filepath.Join(t.TempDir(), "plain.db"), store.Options{})
	if err := plain.CheckPassphrase("x", []byte("whatever")); err != nil {
		t.Errorf("a plain file has no passphrase to check: %v", err)
	}
}
