package store

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// Buckets and keys outside the kinds' buckets. Persisted: never rename.
var (
	bucketMeta     = []byte("meta")
	bucketSettings = []byte("settings")
	bucketBlobs    = []byte("blobs")

	keySchema       = []byte("schemaVersion") // decimal text
	keyInstallation = []byte("installation")  // 16 hex
	keyClock        = []byte("clock")         // JSON of the last Version issued

	// v1 kept the settings in meta under this prefix; migration 2 moves them out.
	v1SettingPrefix = []byte("setting/")
)

// migration upgrades the file by one schema version. Appended, never reordered or removed.
type migration struct {
	name string
	run  func(tx *bbolt.Tx) error
}

// migrations[i] brings the file from schema i to i+1; len(migrations) is this app's schema.
var migrations = []migration{
	{"initial buckets", migrate1},
	{"settings and blobs buckets", migrate2},
}

// migrate1 creates the meta bucket and a bucket for every kind of record.
func migrate1(tx *bbolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketMeta); err != nil {
		return err
	}
	return ensureKindBuckets(tx)
}

// migrate2 moves the settings from meta into their own bucket and adds the blobs bucket for
// scans of supporting documents.
func migrate2(tx *bbolt.Tx) error {
	settings, err := tx.CreateBucket(bucketSettings)
	if err != nil {
		return fmt.Errorf("create settings: %w", err)
	}
	if _, err := tx.CreateBucket(bucketBlobs); err != nil {
		return fmt.Errorf("create blobs: %w", err)
	}
	meta := tx.Bucket(bucketMeta)
	var moved [][]byte
	c := meta.Cursor()
	for k, v := c.Seek(v1SettingPrefix); k != nil && bytes.HasPrefix(k, v1SettingPrefix); k, v = c.Next() {
		if err := settings.Put(bytes.TrimPrefix(k, v1SettingPrefix), v); err != nil {
			return err
		}
		moved = append(moved, k)
	}
	for _, k := range moved {
		if err := meta.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// upgrade runs the migrations after schema `from`, records the new schema and makes sure every
// kind has its bucket (kinds are append-only, so a new one needs no migration of its own).
// It runs in one transaction: a failed migration leaves the file as it was.
func upgrade(tx *bbolt.Tx, from int) error {
	for v := from; v < len(migrations); v++ {
		if err := migrations[v].run(tx); err != nil {
			return fmt.Errorf("migration %d (%s): %w", v+1, migrations[v].name, err)
		}
	}
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if from != len(migrations) {
		if err := meta.Put(keySchema, []byte(strconv.Itoa(len(migrations)))); err != nil {
			return err
		}
	}
	return ensureKindBuckets(tx)
}

// ensureKindBuckets creates the buckets of kinds that have none yet.
func ensureKindBuckets(tx *bbolt.Tx) error {
	for _, k := range model.Kinds {
		if tx.Bucket([]byte(k)) != nil {
			continue
		}
		if _, err := tx.CreateBucket([]byte(k)); err != nil {
			return fmt.Errorf("create bucket %s: %w", k, err)
		}
	}
	return nil
}

// schemaVersion reads the file's schema; 0 for a new file.
func schemaVersion(tx *bbolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, nil
	}
	v := meta.Get(keySchema)
	if v == nil {
		return 0, nil
	}
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, fmt.Errorf("read schema version %q: %w", v, err)
	}
	return n, nil
}

// installation returns the installation ID, creating it on the file's first open.
func installation(tx *bbolt.Tx) (string, error) {
	meta := tx.Bucket(bucketMeta)
	if v := meta.Get(keyInstallation); v != nil {
		return string(v), nil
	}
	id := randomHex()
	if err := meta.Put(keyInstallation, []byte(id)); err != nil {
		return "", fmt.Errorf("store installation id: %w", err)
	}
	return id, nil
}

// randomHex returns 16 random hex digits: record IDs and installation IDs.
func randomHex() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return hex.EncodeToString(b[:])
}
