package store

import (
	"strconv"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"

	"go.etcd.io/bbolt"
)

// AppendMigrationForTest adds a migration after the real ones until restore is called or the
// test ends. Tests that use it must not run in parallel.
func AppendMigrationForTest(t testing.TB, name string, run func(tx *bbolt.Tx) error) (restore func()) {
	old := migrations
	migrations = append(migrations[:len(migrations):len(migrations)], migration{name, plainMigration(run)})
	restore = func() { migrations = old }
	t.Cleanup(restore)
	return restore
}

// AppSchema is the schema version this build writes.
func AppSchema() int { return len(migrations) }

// DamageForTest flips one bit of a stored record's data, as bad luck would, inside tx.
func DamageForTest(tx *Tx, kind model.Kind, id model.ID) error {
	b, err := tx.bucket(kind)
	if err != nil {
		return err
	}
	v := append([]byte(nil), b.Get([]byte(id))...)
	v[len(v)-3] ^= 0x01
	return b.Put([]byte(id), v)
}

// KeepBackupsForTest is keepBackups: which backups the retention keeps at now.
var KeepBackupsForTest = keepBackups

// ExpandForTest returns the envelope's JSON of a record's stored body (the value after the seal).
func ExpandForTest(body []byte) ([]byte, error) { return expandBody(body) }

// UncompressForTest turns the file at path back into a file of schema 4 (before the records
// were compressed): every record's value holds its envelope's JSON as it is, sealed.
func UncompressForTest(t testing.TB, path string) {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = b.Update(func(tx *bbolt.Tx) error {
		for _, k := range model.Kinds {
			bk := tx.Bucket([]byte(k))
			var keys, vals [][]byte
			_ = bk.ForEach(func(key, v []byte) error {
				body, err := unseal(string(k), string(key), v)
				if err != nil {
					return err
				}
				env, err := expandBody(body)
				if err != nil {
					return err
				}
				keys, vals = append(keys, append([]byte(nil), key...)), append(vals, seal(string(k), string(key), env))
				return nil
			})
			for i := range keys {
				if err := bk.Put(keys[i], vals[i]); err != nil {
					return err
				}
			}
		}
		return putMeta(tx, keySchema, []byte(strconv.Itoa(schemaCompressed-1)))
	})
	if err != nil {
		t.Fatal(err)
	}
}
