package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A slot from before key pairs (not unlocked since) has no public key to seal the special key
// to: the promotion is refused with its message — give the account a new passphrase — and
// nothing of it is saved; once the slot has a key pair (its next unlock, or a new passphrase),
// the promotion goes through.
func TestAccount_PromotionOfALegacySlotAsksForANewPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	now := func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }
	db, err := Open(path, Options{Now: now, NoBackup: true, Passphrase: []byte("парола на директора")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Помощник", Role: model.AccountAccountant}, []byte("парола на помощника")); err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *Tx) error {
		return tx.changeKeyring(func(kr *keyring) error {
			i := kr.find("Помощник", db.keys.data)
			kr.Slots[i].Pub, kr.Slots[i].Priv = nil, nil // as the last stop wrote it
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true})
	})
	var me *model.Error
	if !errors.Is(err, ErrLegacySlot) || !errors.As(err, &me) || me.Code != model.CodeLegacySlot {
		t.Fatalf("promoting a legacy slot: %v", err)
	}
	as, _ := db.Accounts()
	for _, a := range as {
		if a.Name == "Помощник" && a.Special {
			t.Error("the refused promotion was saved")
		}
	}
	if err := db.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true})
	}); err == nil {
		t.Fatal("promoted the second time")
	}
	// The way out the message names: a new passphrase after the role (SetPassphrase seals the key).
	err = db.Update(func(tx *Tx) error {
		if err := tx.changeKeyring(func(kr *keyring) error { // the slot given a key pair, as its next unlock would
			i := kr.find("Помощник", db.keys.data)
			kr.Slots[i] = newSlot("Помощник", passphraseKDF, []byte("парола на помощника"), db.keys.data, nil)
			return nil
		}); err != nil {
			return err
		}
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true})
	})
	if err != nil {
		t.Fatalf("promoting a renewed slot: %v", err)
	}
	_ = db.Close()
	helper, err := Open(path, Options{Now: now, NoBackup: true, Account: "Помощник", Passphrase: []byte("парола на помощника")})
	if err != nil {
		t.Fatal(err)
	}
	defer helper.Close()
	if !helper.HasSpecial() {
		t.Error("the promoted helper does not hold the special key")
	}
}
