package store

import (
	"sync"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// LoadYear reads the school and every record of school year y: the year-scoped records of y
// and all records of kinds that belong to no year (suppliers). The school is zero when it is
// not set up yet, the programme when the year has none.
//
// Every screen loads its year when it is shown, and decoding a big school's records takes a
// good part of a second, so the DB keeps the years it decoded until the next write. Each call
// returns a deep copy of its own: the caller may change it freely.
func (db *DB) LoadYear(y model.SchoolYear) (*model.YearData, error) {
	// The generation is read before the read transaction begins: a write counted in it has
	// committed, so the transaction sees it. A write that commits later bumps the generation
	// past gen and the year decoded now is never served.
	gen := db.cache.generation()
	if d := db.cache.get(y, gen); d != nil {
		return d.Clone(), nil
	}
	d, err := db.decodeYear(y)
	if err != nil {
		return nil, err
	}
	db.cache.put(y, gen, d)
	return d.Clone(), nil
}

// update runs fn in a read-write bbolt transaction: every write to the file goes through it,
// so that the decoded years are dropped after each change.
//
// A transaction that fn rolled back (it returned an error or panicked) wrote nothing and keeps
// them. A failed commit drops them too: it may have reached the file before it failed.
func (db *DB) update(fn func(tx *bbolt.Tx) error) error {
	rolledBack := true
	defer func() {
		if !rolledBack {
			db.cache.bump()
		}
	}()
	return db.bolt.Update(func(tx *bbolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		rolledBack = false
		return nil
	})
}

// yearCache holds the years decoded at one write generation.
type yearCache struct {
	mu    sync.Mutex
	gen   uint64                               // read-write transactions that may have changed the file
	years map[model.SchoolYear]*model.YearData // decoded at gen; never handed out, only clones
}

// generation returns the current write generation.
func (c *yearCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// get returns year y when it was decoded at gen and gen is still current, else nil.
func (c *yearCache) get(y model.SchoolYear, gen uint64) *model.YearData {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return nil
	}
	return c.years[y]
}

// put keeps year y decoded at gen, unless a write has happened since.
func (c *yearCache) put(y model.SchoolYear, gen uint64, d *model.YearData) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.years == nil {
		c.years = make(map[model.SchoolYear]*model.YearData)
	}
	c.years[y] = d
}

// bump starts a new generation after a write and lets the decoded years go.
func (c *yearCache) bump() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.years = nil
}
