package store

import (
	"testing"

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
