package store

import (
	"bytes"
	"fmt"
	"path/filepath"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Unlocking the special categories for one session (issue #13: „screens, forms, sheets and checks
// that need them ask for that key“). An account whose slot does not hold the special-categories
// key reads students without their needs flags and applications without their ESF answers. When
// a screen needs them, someone who may read them — the director, at the same desk — types the
// passphrase of an account that holds the key, or the recovery key: the key is then kept in this
// process's memory until the file is closed. Nothing is written: not the keyring (the acting
// account's slot still does not hold the key, so its next session asks again), not the change log.

// UnlockSpecial gives this open session the special-categories key, opened with passphrase: the
// passphrase of an account whose slot holds it, or the recovery key. The acting account does not
// change (its role still decides what it may edit). The live years are read again and the
// subscribers are told (a Change with Reset), so the screens show the special parts at once.
//
// A passphrase that opens no slot is refused with ErrWrongPassphrase (wrong_passphrase); one
// that opens the slot of an account without the key (the acting account's own, say) with
// special_not_held. A plain file, or a session that holds the key already, needs nothing.
// With the key the backups this account had to leave as they were (BackupErr) are brought to the
// file's protection (backup_upgrade.go): the file itself is not written.
func (db *DB) UnlockSpecial(passphrase []byte) error {
	if db.HasSpecial() {
		return nil
	}
	var kr *keyring
	if err := db.bolt.View(func(tx *bbolt.Tx) (err error) { kr, err = readKeyring(tx); return err }); err != nil {
		return fmt.Errorf("unlock special key: %w", err)
	}
	if kr == nil {
		return fmt.Errorf("unlock special key: the file has no keyring")
	}
	special, without := kr.openSpecial(passphrase, db.keys.data)
	switch {
	case special == nil && without != "":
		return fmt.Errorf("unlock special key with %q's passphrase: %w", without, model.Errorf(model.CodeSpecialNotHeld, "Passphrase",
			"профилът „%s“ няма ключа за специалните категории данни (чл. 9 от GDPR): въведете паролата на профил, който го има (директора), или ключа за възстановяване", without))
	case special == nil:
		return fmt.Errorf("unlock special key of %s: %w: %w", db.path, ErrWrongPassphrase, model.Errorf(model.CodeWrongPassphrase, "Passphrase",
			"паролата не отваря нито един профил на файла „%s“: въведете паролата на профил, който вижда специалните категории (директора), или ключа за възстановяване (главните и малките букви са различни)",
			filepath.Base(db.path)))
	}
	db.writeMu.Lock()
	if db.keys.special == nil { // a commit may not swap the keys meanwhile (revokeSpecial holds this lock)
		db.keys.special = special
		db.keys.sl = &sealer{data: db.keys.sl.data, special: newAEAD(special)}
	}
	// The live years were decoded without the special parts: read them again, and tell the
	// screens to read everything again (a Change with Reset; a decode under way is not kept).
	db.notify.enqueue(db.live.apply(&changeSet{reset: true}))
	db.writeMu.Unlock()
	db.notify.deliver()
	// A backup this account could not bring to the file's protection (one of an older schema with
	// cards) can be now: with the key (backup_upgrade.go).
	db.followBackups()
	return nil
}

// openSpecial returns the special-categories key that secret opens in kr — a slot of an account
// that holds it, or the recovery slot — checked against the open file's data key. Without it,
// without names the account whose slot secret opened although that slot does not hold the key.
func (kr *keyring) openSpecial(secret, data []byte) (special []byte, without string) {
	if len(secret) == 0 {
		return nil, ""
	}
	if rk, ok := parseRecoveryKey(string(secret)); ok {
		for _, s := range kr.Slots {
			if s.recovery() {
				if o, ok := s.open(rk); ok && bytes.Equal(o.data, data) && o.special != nil {
					return o.special, ""
				}
			}
		}
	}
	for _, s := range kr.Slots {
		if s.recovery() {
			continue
		}
		o, ok := s.open(secret)
		if !ok || !bytes.Equal(o.data, data) {
			continue
		}
		if o.special != nil {
			return o.special, ""
		}
		without = o.name
	}
	return nil, without
}
