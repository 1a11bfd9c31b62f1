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
	err := db.update(func(tx *bbolt.Tx) error {
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
		out = append([]byte(nil), v...) // v is only valid inside the transaction
		return nil
	})
	return out, err
}

// Setting returns the value of a setting of this file. ErrNotFound when it was never set.
func (db *DB) Setting(key string) (string, error) {
	var out string
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bucketSettings).Get([]byte(key))
		if v == nil {
			return fmt.Errorf("setting %q: %w", key, ErrNotFound)
		}
		out = string(v)
		return nil
	})
	return out, err
}

// SetSetting stores the value of a setting.
func (db *DB) SetSetting(key, val string) error {
	if key == "" {
		return fmt.Errorf("set setting: empty key")
	}
	err := db.update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketSettings).Put([]byte(key), []byte(val))
	})
	if err != nil {
		return fmt.Errorf("set setting %q: %w", key, err)
	}
	return nil
}
