package store

import (
	"fmt"
	"sync"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// The live year: the DB keeps the school years it decoded and applies every committed
// transaction's puts and deletes to them (write-through, after the commit only), so a year is
// decoded from the file once while the file is open, whatever is saved meanwhile.
//
// A live year is an immutable snapshot. A commit never changes a snapshot handed out: it builds
// the next one, sharing what did not change (copy-on-write by kind; each changed record is
// decoded once from the bytes just written). So the rule for readers is: what LiveYear returns
// is read-only — never change it, nor anything reachable from it (a slice, a record's own
// slices); to edit, copy what you edit (model.YearData.Clone, or LoadYear for a copy of the
// whole year).

// liveYears holds the live years of the open file.
type liveYears struct {
	mu      sync.Mutex
	seq     uint64                               // commits applied since the file was opened
	decodes uint64                               // years decoded from the file (the benchmarks and tests count them)
	years   map[model.SchoolYear]*model.YearData // immutable snapshots, replaced on each commit
}

// LiveYear returns school year y as the file holds it now: the school, the year-scoped records
// of y and every record of the kinds that belong to no year (suppliers). The school is zero
// while it is not set up, the programme when the year has none.
//
// The result is shared and read-only (see the rule above): it stays as it was when returned,
// later commits give later snapshots. It is decoded from the file on the first call for y and
// kept up to date by every commit after that.
func (db *DB) LiveYear(y model.SchoolYear) (*model.YearData, error) {
	for attempt := 0; ; attempt++ {
		db.live.mu.Lock()
		if d := db.live.years[y]; d != nil {
			db.live.mu.Unlock()
			return d, nil
		}
		seq := db.live.seq
		db.live.mu.Unlock()
		d, err := db.decodeYear(y)
		if err != nil {
			return nil, err
		}
		db.live.mu.Lock()
		db.live.decodes++
		db.live.mu.Unlock()
		// The snapshot is kept only when no commit was applied while it was decoded: one applied
		// meanwhile may or may not be in it. (A commit that reached the file before the decode
		// began and is applied after this keep is applied to it again, which changes nothing:
		// applying a change is idempotent.)
		db.live.mu.Lock()
		if seq == db.live.seq {
			if db.live.years == nil {
				db.live.years = map[model.SchoolYear]*model.YearData{}
			}
			db.live.years[y] = d
			db.live.mu.Unlock()
			return d, nil
		}
		db.live.mu.Unlock()
		if attempt == 2 { // writes keep coming: this decode is as current as any
			return d, nil
		}
	}
}

// LoadYear returns a deep copy of school year y (LiveYear): the caller may change it freely.
func (db *DB) LoadYear(y model.SchoolYear) (*model.YearData, error) {
	d, err := db.LiveYear(y)
	if err != nil {
		return nil, err
	}
	return d.Clone(), nil
}

// update runs fn in a read-write bbolt transaction that writes outside the records' own paths
// (a schema upgrade, the integrity check's rolled-back transaction): the store cannot tell what
// it changed, so once it commits the live years are dropped and the subscribers told to read
// everything again. A rolled-back transaction changes nothing.
func (db *DB) update(fn func(tx *bbolt.Tx) error) error {
	return db.commit(func(btx *bbolt.Tx, cs *changeSet) error {
		cs.reset = true
		return fn(btx)
	})
}

// commit runs fn in a read-write transaction; fn notes what it writes in cs. Every write to the
// file goes through it (TestEveryWriteGoesThroughCommit). After a commit the live years are
// brought up to date and the change queued for the subscribers, both under the write lock so
// they follow the commit order; then the subscribers are told.
//
// A transaction that fn rolled back (it returned an error or panicked) wrote nothing and changes
// nothing. A failed commit may have reached the file before it failed: it drops the live years.
func (db *DB) commit(fn func(btx *bbolt.Tx, cs *changeSet) error) error {
	db.writeMu.Lock()
	locked := true
	unlock := func() {
		if locked {
			locked = false
			db.writeMu.Unlock()
		}
	}
	defer unlock()
	cs := &changeSet{}
	ran := false
	err := db.bolt.Update(func(btx *bbolt.Tx) error {
		if err := fn(btx, cs); err != nil {
			return err
		}
		ran = true
		return nil
	})
	if !ran {
		return err // rolled back
	}
	if err != nil {
		cs.reset = true
	}
	if !cs.empty() {
		db.notify.enqueue(db.live.apply(cs))
	}
	unlock()
	db.notify.deliver()
	db.backupsAfterRotation() // a demotion replaced the special key: the backups follow (backup_upgrade.go)
	return err
}

// apply brings the live years up to date with a committed change set and returns its Change.
func (l *liveYears) apply(cs *changeSet) Change {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	c := cs.change(l.seq)
	if cs.reset {
		l.years = nil
		return c
	}
	if len(l.years) == 0 || len(cs.records) == 0 {
		return c
	}
	recs, err := decodeWritten(cs)
	if err != nil { // cannot happen for what the store wrote itself; read the years again
		l.years = nil
		return c
	}
	for y, d := range l.years {
		if !c.Affects(y) {
			continue
		}
		if next, ok := patchYear(d, y, recs); ok {
			l.years[y] = next
		} else {
			delete(l.years, y) // decoded again when next asked for
		}
	}
	return c
}

// decodeWritten decodes each record a change set wrote, as List decodes it; nil for a deletion.
func decodeWritten(cs *changeSet) (map[model.Kind]map[model.ID]model.Record, error) {
	out := make(map[model.Kind]map[model.ID]model.Record, len(cs.records))
	for kind, ids := range cs.records {
		m := make(map[model.ID]model.Record, len(ids))
		for id, w := range ids {
			if w.deleted {
				m[id] = nil
				continue
			}
			r, err := decodeData(kind, w.data)
			if err != nil {
				return nil, fmt.Errorf("live year: %s %s: %w", kind, id, err)
			}
			m[id] = r
		}
		out[kind] = m
	}
	return out, nil
}
