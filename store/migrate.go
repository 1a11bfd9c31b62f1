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
	run  func(tx *bbolt.Tx, sl *sealer) error // sl opens the values as they are stored now
}

// plainMigration is a migration that reads no record's value.
func plainMigration(f func(*bbolt.Tx) error) func(*bbolt.Tx, *sealer) error {
	return func(tx *bbolt.Tx, _ *sealer) error { return f(tx) }
}

// migrations[i] brings the file from schema i to i+1; len(migrations) is this app's schema.
var migrations = []migration{
	{"initial buckets", plainMigration(migrate1)},
	{"settings and blobs buckets", plainMigration(migrate2)},
	{"seal every value", plainMigration(migrate3)},
	{"values may be encrypted (keyring)", plainMigration(migrate4)},
	{"accounts and change log", plainMigration(migrate5)},
	{"compress every record", migrateCompress},
	{"accounts and key slots without names in clear", migrate7},
	{"education cards' needs sealed apart", migrateCardNeeds},
}

// schemaNoNames is the first schema whose accounts bucket and keyring hold no account's name
// in clear (keyring_migrate.go).
const schemaNoNames = 7

// schemaCompressed is the first schema whose records' values are all compressed
// (codec_compress.go). Older values are read all the same.
const schemaCompressed = 6

// schemaSealed is the first schema whose values are all sealed (seal.go).
const schemaSealed = 3

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
func upgrade(tx *bbolt.Tx, from int, sl *sealer) error {
	for v := from; v < len(migrations); v++ {
		if err := migrations[v].run(tx, sl); err != nil {
			return fmt.Errorf("migration %d (%s): %w", v+1, migrations[v].name, err)
		}
	}
	if _, err := tx.CreateBucketIfNotExists(bucketMeta); err != nil {
		return err
	}
	if from != len(migrations) {
		if err := putMeta(tx, keySchema, []byte(strconv.Itoa(len(migrations)))); err != nil {
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
	raw := meta.Get(keySchema)
	if raw == nil {
		return 0, nil
	}
	v, sealed := raw, len(raw) > 0 && raw[0] == sealCRC32C
	if sealed {
		var err error
		if v, err = unseal(string(bucketMeta), string(keySchema), raw); err != nil {
			return 0, fmt.Errorf("read schema version: %w", err)
		}
	}
	// A file from before schema 3 has it plain. A flipped bit there is found all the same: the
	// records of a plain "2" read as "3" are not sealed.
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, fmt.Errorf("read schema version %q: %w", v, &DamageError{Bucket: "meta", Key: string(keySchema), Reason: err.Error()})
	}
	return n, nil
}

// installation returns the installation ID, creating it on the file's first open.
func installation(tx *bbolt.Tx) (string, error) {
	v, err := getMeta(tx, keyInstallation)
	if err != nil {
		return "", fmt.Errorf("read installation id: %w", err)
	}
	if v != nil {
		return string(v), nil
	}
	id := randomHex()
	if err := putMeta(tx, keyInstallation, []byte(id)); err != nil {
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

// migrate3 seals every value of the file (seal.go): the records under their kind and ID, the
// settings and the meta values under their keys. Blobs need no seal: their key is the SHA-256
// of their content. A value that is sealed already is left as it is.
func migrate3(tx *bbolt.Tx) error {
	for _, k := range model.Kinds {
		if err := sealBucket(tx, string(k)); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketSettings, bucketMeta} {
		if err := sealBucket(tx, string(name)); err != nil {
			return err
		}
	}
	return nil
}

// sealBucket seals the plain values of a top-level bucket, if it exists.
func sealBucket(tx *bbolt.Tx, name string) error {
	b := tx.Bucket([]byte(name))
	if b == nil {
		return nil
	}
	type kv struct{ k, v []byte }
	var plain []kv
	err := b.ForEach(func(k, v []byte) error {
		if v != nil && (len(v) == 0 || v[0] != sealCRC32C) {
			plain = append(plain, kv{bytes.Clone(k), seal(name, string(k), v)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range plain { // a bucket must not change while ForEach walks it
		if err := b.Put(p.k, p.v); err != nil {
			return fmt.Errorf("seal %s/%s: %w", name, p.k, err)
		}
	}
	return nil
}

// migrateCompress compresses the body of every record's value (codec_compress.go), under the
// seal. The envelope inside is kept byte for byte — version, times, author, data — so every
// record keeps its version and the sync packages see no change. The file's pages freed by it
// are given back by the compaction after the upgrade (compact.go).
func migrateCompress(tx *bbolt.Tx, sl *sealer) error {
	for _, k := range model.Kinds {
		b := tx.Bucket([]byte(k))
		if b == nil {
			continue
		}
		b.FillPercent = recordFill
		type kv struct{ k, v []byte }
		var plain []kv
		err := b.ForEach(func(key, v []byte) error {
			body, special, err := sl.unsealRecord(string(k), string(key), v)
			if err != nil {
				return err
			}
			if len(body) > 0 && body[0] == bodyJSON {
				plain = append(plain, kv{bytes.Clone(key), sl.sealRecord(string(k), string(key), compressBody(body), special)})
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("compress %s: %w", k, err)
		}
		for _, p := range plain { // a bucket must not change while ForEach walks it
			if err := b.Put(p.k, p.v); err != nil {
				return fmt.Errorf("compress %s/%s: %w", k, p.k, err)
			}
		}
	}
	return nil
}

// getMeta returns the unsealed value of a meta key, nil when absent.
func getMeta(tx *bbolt.Tx, key []byte) ([]byte, error) {
	raw := tx.Bucket(bucketMeta).Get(key)
	if raw == nil {
		return nil, nil
	}
	return unseal(string(bucketMeta), string(key), raw)
}

// putMeta seals and stores a meta value.
func putMeta(tx *bbolt.Tx, key, val []byte) error {
	return tx.Bucket(bucketMeta).Put(key, seal(string(bucketMeta), string(key), val))
}

// ResetInstallation gives the file a new installation ID, with fn's changes (the sync package's
// signing key) in the same transaction: a file that was copied becomes a second installation
// instead of one that speaks for two. It returns the new ID.
func (db *DB) ResetInstallation(fn func(tx *Tx) error) (string, error) {
	id := randomHex()
	old := db.inst
	err := db.Update(func(tx *Tx) error {
		if err := putMeta(tx.tx, keyInstallation, []byte(id)); err != nil {
			return err
		}
		db.inst = id // under the write lock: the versions this transaction issues carry it
		if fn != nil {
			return fn(tx)
		}
		return nil
	})
	if err != nil {
		db.inst = old
		return "", fmt.Errorf("reset installation: %w", err)
	}
	return id, nil
}

// migrate5 adds the accounts of this installation and the change log (issue #14). A file from
// before has no accounts: it acts as its director until the first account is added.
func migrate5(tx *bbolt.Tx) error {
	for _, name := range [][]byte{bucketAccounts, bucketLog} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create %s: %w", name, err)
		}
	}
	return nil
}
