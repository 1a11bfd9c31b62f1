package store

import (
	"fmt"

	"go.etcd.io/bbolt"
)

// CheckPassphrase reports whether passphrase (or the recovery key) opens the key slot of account
// in this open file, without closing it or changing anything: the application's idle lock asks
// the passphrase again, and switching the account checks it before the file is reopened as that
// account (issue #14). nil when it opens the slot; ErrWrongPassphrase (code wrong_passphrase)
// when not. A plain file has no slots: nothing to check, nil. It costs one Argon2id (cached in
// the process for a passphrase already derived).
func (db *DB) CheckPassphrase(account string, passphrase []byte) error {
	if !db.Encrypted() {
		return nil
	}
	var kr *keyring
	err := guarded(func() error {
		return db.bolt.View(func(tx *bbolt.Tx) (err error) { kr, err = readKeyring(tx); return err })
	})
	if err != nil {
		return fmt.Errorf("check passphrase of %s: %w", db.path, err)
	}
	if kr == nil {
		return nil
	}
	_, err = kr.unlock(db.path, Options{Account: account, Passphrase: passphrase})
	return err
}

// CheckUnlockPassphrase is CheckPassphrase for the slot that unlocked this open file (the
// recovery key's, when it was opened with it): the idle lock lets the same person back in.
func (db *DB) CheckUnlockPassphrase(passphrase []byte) error {
	return db.CheckPassphrase(db.keys.account, passphrase)
}

// UnlockedSlot is the name of the key slot that unlocked this open file: the account's own, or
// the set-up slot of the first director; "" for a plain file and for the recovery key
// (UnlockedWithRecoveryKey).
func (db *DB) UnlockedSlot() string {
	if db.keys.account == recoveryName {
		return ""
	}
	return db.keys.account
}

// UnlockedWithRecoveryKey reports whether the file was opened with its recovery key: the user
// should then set a new passphrase for the acting account.
func (db *DB) UnlockedWithRecoveryKey() bool { return db.keys.account == recoveryName }
