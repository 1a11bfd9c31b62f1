package store

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// Update runs fn in one read-write transaction: one user action that touches several records.
// When fn returns an error nothing is saved (IDs that Put assigned stay in the records).
func (db *DB) Update(fn func(tx *Tx) error) error {
	return db.commit(func(btx *bbolt.Tx, cs *changeSet) error {
		tx := &Tx{db: db, tx: btx, changes: cs}
		if err := fn(tx); err != nil {
			return err
		}
		return tx.flushLog()
	})
}

// View runs fn in a read-only transaction: a consistent view of the file.
func (db *DB) View(fn func(tx *Tx) error) error {
	return db.bolt.View(func(btx *bbolt.Tx) error { return fn(&Tx{db: db, tx: btx}) })
}

// Put validates and saves one record in its own transaction (see Tx.Put).
func (db *DB) Put(r model.Record) error {
	return db.PutAll(r)
}

// PutAll validates and saves the records of one user action: all of them or none. On failure
// the IDs it assigned are cleared again, so a retry does not leave them half-set.
func (db *DB) PutAll(rs ...model.Record) error {
	fresh := make([]bool, len(rs))
	for i, r := range rs {
		if r == nil {
			return errors.New("put: nil record")
		}
		fresh[i] = r.RecordID() == "" // Tx.Put validates each record
	}
	err := db.Update(func(tx *Tx) error {
		for _, r := range rs {
			if err := tx.Put(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		for i, r := range rs {
			if fresh[i] {
				r.SetRecordID("")
			}
		}
	}
	return err
}

// Get reads a live record into `into` (a pointer of that kind). ErrNotFound when missing or deleted.
func (db *DB) Get(kind model.Kind, id model.ID, into model.Record) error {
	return db.View(func(tx *Tx) error { return tx.Get(kind, id, into) })
}

// List returns the live records of a kind, ordered by ID.
func (db *DB) List(kind model.Kind) ([]model.Record, error) {
	var out []model.Record
	err := db.View(func(tx *Tx) error {
		var err error
		out, err = tx.List(kind)
		return err
	})
	return out, err
}

// Delete leaves a tombstone in place of the record. ErrNotFound when there is no live record.
func (db *DB) Delete(kind model.Kind, id model.ID) error {
	return db.Update(func(tx *Tx) error { return tx.Delete(kind, id) })
}

// Meta returns the metadata of a record, also of a deleted one.
func (db *DB) Meta(kind model.Kind, id model.ID) (Meta, error) {
	var m Meta
	err := db.View(func(tx *Tx) error {
		var err error
		m, err = tx.Meta(kind, id)
		return err
	})
	return m, err
}

// decodeYear reads school year y from the file for LiveYear (live.go), which keeps it.
func (db *DB) decodeYear(y model.SchoolYear) (*model.YearData, error) {
	var d *model.YearData
	err := db.View(func(tx *Tx) error {
		var err error
		d, err = loadYearTx(tx, y)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load year %s: %w", y, err)
	}
	return d, nil
}

// School returns the school of this file. ErrNotFound until it is set up.
func (db *DB) School() (*model.School, error) {
	rs, err := db.List(model.KindSchool)
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, fmt.Errorf("school: %w", ErrNotFound)
	}
	return rs[0].(*model.School), nil
}

// Years returns the school years that have a programme, oldest first.
func (db *DB) Years() ([]model.SchoolYear, error) {
	rs, err := db.List(model.KindProgramme)
	if err != nil {
		return nil, err
	}
	var ys []model.SchoolYear
	for _, r := range rs {
		ys = append(ys, r.(*model.Programme).Year)
	}
	slices.Sort(ys)
	return slices.Compact(ys), nil
}
