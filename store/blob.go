package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"go.etcd.io/bbolt"
)

// PutBlob keeps a scan of a supporting document and returns its SHA-256 in hex, the key the
// records refer to it by. Storing the same content twice keeps one copy.
func (db *DB) PutBlob(data []byte) (string, error) {
	sum := sha256.Sum256(data)
	key := hex.EncodeToString(sum[:])
	err := db.commit(func(tx *bbolt.Tx, _ *changeSet) error { // no record changes: nothing to tell
		b := tx.Bucket(bucketBlobs)
		if b.Get([]byte(key)) != nil {
			return nil
		}
		return b.Put([]byte(key), data)
	})
	if err != nil {
		return "", fmt.Errorf("put blob: %w", err)
	}
	return key, nil
}

// Blob returns the content stored under its SHA-256 hex. ErrNotFound when absent.
func (db *DB) Blob(sha string) ([]byte, error) {
	var out []byte
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bucketBlobs).Get([]byte(sha))
		if v == nil {
			return fmt.Errorf("blob %s: %w", sha, ErrNotFound)
		}
		if d := verifyValue(string(bucketBlobs), []byte(sha), v, false, true); d != nil {
			return fmt.Errorf("blob: %w", d) // its key is its SHA-256: the content changed
		}
		out = append([]byte(nil), v...) // v is only valid inside the transaction
		return nil
	})
	return out, err
}

// Setting returns the value of a setting of this file. ErrNotFound when it was never set.
func (db *DB) Setting(key string) (string, error) {
	var out string
	err := db.View(func(tx *Tx) (err error) {
		out, err = tx.Setting(key)
		return err
	})
	return out, err
}

// SetSetting stores the value of a setting.
func (db *DB) SetSetting(key, val string) error {
	return db.Update(func(tx *Tx) error { return tx.PutSetting(key, val) })
}
