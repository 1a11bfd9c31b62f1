package store

import (
	"bytes"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"
)

// migrate7 takes the accounts' names out of what a copy of the file shows without a
// passphrase (issue #13): the accounts bucket was keyed by the name, and the keyring (meta, in
// clear) named each slot so. Now each account has a random key and each slot a random ID with
// the name sealed under the data key (keyring_slot.go). The change log keeps the names its
// entries hold (sealed in an encrypted file; its chain must not be rewritten).
//
// It runs after the file was unlocked (sl holds the data key of an encrypted file) and after
// the backup of the upgrade; Open compacts the file after it, since the freed pages still hold
// the old keys and keyring (compact.go).
func migrate7(tx *bbolt.Tx, sl *sealer) error {
	if err := rekeyAccounts(tx, sl); err != nil {
		return err
	}
	kr, err := readKeyring(tx)
	if err != nil || kr == nil {
		return err
	}
	if sl == nil || sl.data == nil {
		return errors.New("hide account names: the keyring needs the data key") // unlock comes first (prepare)
	}
	for i, s := range kr.Slots {
		switch {
		case s.Name == "":
		case s.Name == recoveryName:
			s.ID = recoveryName // wrapped with recoveryName as its AD: nothing else changes
		default:
			// The keys stay wrapped with the name as AD (ByName): only the account's passphrase
			// could wrap them again.
			s.ID, s.ByName = randomHex(), true
			s.Who = aeadSeal(sl.data, sealWrapped, whoAD(s.ID), []byte(s.Name))
		}
		s.Name = ""
		kr.Slots[i] = s
	}
	return putKeyring(tx, kr)
}

// rekeyAccounts moves every account from under its name to under a random key, its value sealed
// again for the new key (the key is part of what the seal covers).
func rekeyAccounts(tx *bbolt.Tx, sl *sealer) error {
	b := tx.Bucket(bucketAccounts)
	if b == nil {
		return nil
	}
	type kv struct{ old, k, v []byte }
	var moved []kv
	err := b.ForEach(func(k, v []byte) error {
		body, err := sl.unseal(string(bucketAccounts), string(k), v)
		if err != nil {
			return err
		}
		id := randomHex()
		moved = append(moved, kv{bytes.Clone(k), []byte(id), sl.seal(string(bucketAccounts), id, body)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("rekey accounts: %w", err)
	}
	for _, m := range moved { // a bucket must not change while ForEach walks it
		if err := b.Delete(m.old); err != nil {
			return fmt.Errorf("rekey accounts: %w", err)
		}
		if err := b.Put(m.k, m.v); err != nil {
			return fmt.Errorf("rekey accounts: %w", err)
		}
	}
	return nil
}
