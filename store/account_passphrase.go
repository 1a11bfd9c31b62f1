package store

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"unicode/utf8"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Passphrases of the accounts (issues #13, #14). A passphrase opens its account's key slot
// (keyring.go); changing it writes the slot again — a new salt, the keys wrapped anew — with the
// Argon2id parameters the slot has in the file, so the old passphrase no longer opens the file.
// Backups taken before keep the keyring of their day: the old passphrase still opens them.

// ChangePassphrase changes the passphrase of the account whose slot unlocked the file (and of
// the acting account's slot, when old opens it too). old must open the slot again (a PC left
// unlocked is not enough); next needs minPassphrase letters. The slot keeps what it held (the
// special-categories key or not). One transaction, with its entry in the change log.
func (db *DB) ChangePassphrase(old, next []byte) error {
	name := db.keys.account
	switch {
	case !db.Encrypted():
		return model.Errorf(model.CodeNotEncrypted, "", "файлът „%s“ не е шифриран: задайте парола при отварянето му и той ще бъде шифриран с нея", filepath.Base(db.path))
	case name == recoveryName:
		return model.Errorf(model.CodeRecoverySession, "", "файлът е отворен с ключа за възстановяване: задайте нова парола на профила по името му (директорът)")
	}
	if err := checkPassphrase(next); err != nil {
		return err
	}
	err := db.Update(func(tx *Tx) error {
		err := tx.changeKeyring(func(kr *keyring) error {
			// The slot that opened the file, and the acting account's when another (the set-up
			// slot „директор“ opens as the first director's account): the old passphrase must
			// open neither afterwards.
			changed := 0
			for _, who := range slices.Compact([]string{name, db.Actor().Name}) {
				i := kr.find(who, db.keys.data)
				if i < 0 {
					continue
				}
				s := kr.Slots[i]
				o, ok := s.open(old)
				if !ok {
					continue
				}
				id := s.ID
				if id == "" {
					id = randomHex()
				}
				salt := randomBytes(16)
				kr.Slots[i] = sealSlot(id, who, s.KDF, salt, s.KDF.derive(next, salt), o.data, o.special)
				changed++
			}
			if changed == 0 {
				return fmt.Errorf("change passphrase of %q: %w: %w", name, ErrWrongPassphrase, model.Errorf(model.CodeWrongPassphrase, "Passphrase",
					"сегашната парола на профила „%s“ не е вярна: въведете паролата, с която влизате", name))
			}
			return nil
		})
		if err != nil {
			return err
		}
		return tx.logPassphrase(name)
	})
	if err == nil {
		db.opts.Passphrase = bytes.Clone(next)
	}
	return err
}

// RecoverySession reports whether the file was opened with the recovery key: its passphrases are
// set by name (SetPassphrase), as no account's old one is at hand.
func (db *DB) RecoverySession() bool { return db.keys.account == recoveryName }

// SetPassphrase gives account name a new passphrase without the old one: a director does it —
// for an account that forgot its own, or after opening the file with the recovery key, which
// acts as the director. The slot holds the special-categories key when the account may see them
// (and the director holds it to give). One transaction, with its entry in the change log.
func (db *DB) SetPassphrase(name string, next []byte) error {
	if !db.Encrypted() {
		return model.Errorf(model.CodeNotEncrypted, "", "файлът „%s“ не е шифриран: задайте парола при отварянето му и той ще бъде шифриран с нея", filepath.Base(db.path))
	}
	err := db.Update(func(tx *Tx) error {
		if actor := db.Actor(); actor.Role != model.AccountDirector {
			return fmt.Errorf("set passphrase of %q: %w: %w", name, ErrForbidden, model.Errorf(model.CodeRoleForbidden, "",
				"паролата на друг профил сменя директорът: профилът „%s“ (%s) може да смени само своята", actor.Name, actor.Role.Title()))
		}
		as, err := accountsTx(tx.sl(), tx.tx)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(as, func(a model.Account) bool { return a.Name == name })
		switch {
		case i < 0:
			return fmt.Errorf("set passphrase of %q: %w: %w", name, ErrNoAccount, model.Errorf(model.CodeNoAccount, "Name",
				"във файла няма профил „%s“: изберете един от %s", name, accountNames(as)))
		case as[i].Disabled:
			return model.Errorf(model.CodeAccountDisabled, "Name", "профилът „%s“ е спрян: пуснете го отново, преди да му дадете парола", name)
		}
		if err := tx.SetAccountKey(name, next, as[i].SeesSpecial()); err != nil {
			return err
		}
		return tx.logPassphrase(name)
	})
	if err == nil && name == db.keys.account {
		db.opts.Passphrase = bytes.Clone(next)
	}
	return err
}

// checkPassphrase refuses a passphrase too short to guard the file.
func checkPassphrase(p []byte) error {
	if utf8.RuneCount(p) < minPassphrase {
		return model.Errorf(model.CodeWeakPassphrase, "Passphrase", "паролата трябва да има поне %d знака", minPassphrase)
	}
	return nil
}

// logPassphrase records that name's passphrase changed: the field's name only, no value or hash
// of it (a hash of a passphrase could be guessed against).
func (tx *Tx) logPassphrase(name string) error {
	return tx.appendLog(LogEntry{Action: ActionAccount, ID: model.ID(name), Fields: []string{"passphrase"}}, nil, nil)
}
