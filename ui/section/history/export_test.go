package history

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// CountLogReads counts the screen's reads of the whole log and of the entries after its heads,
// until the test ends.
func CountLogReads(t testing.TB) (full, after *int) {
	full, after = new(int), new(int)
	oldAll, oldAfter := readLog, readLogAfter
	readLog = func(db *store.DB) ([]store.LogEntry, error) { *full++; return oldAll(db) }
	readLogAfter = func(db *store.DB, heads map[string]uint64) ([]store.LogEntry, map[string]uint64, error) {
		*after++
		return oldAfter(db, heads)
	}
	t.Cleanup(func() { readLog, readLogAfter = oldAll, oldAfter })
	return full, after
}
