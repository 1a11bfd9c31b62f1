package store

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"

	"go.etcd.io/bbolt"
)

// AppendMigrationForTest adds a migration after the real ones until restore is called or the
// test ends. Tests that use it must not run in parallel.
func AppendMigrationForTest(t testing.TB, name string, run func(tx *bbolt.Tx) error) (restore func()) {
	old := migrations
	migrations = append(migrations[:len(migrations):len(migrations)], migration{name, run})
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
