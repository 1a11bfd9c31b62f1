package syncpack

import (
	"errors"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// CodeNoSchool refuses an export from a file whose school is not set up yet.
const CodeNoSchool = "no_school"

// ExportOptions say what Export puts into a package.
type ExportOptions struct {
	Key        Key
	AppVersion string
	Year       model.SchoolYear  // records of other years stay out
	Period     Period            // recorded in the manifest; the zero Period is the whole year
	Files      map[string][]byte // forms/….pdf or .xlsx to send along
	Now        time.Time         // creation time; zero means time.Now
}

// Export writes to path a package with every record of the year — tombstones included — so the
// receiver can merge it whatever it has already received, and returns its sequence number. The
// package acknowledges the packages this file has applied, for the receiver's conflict checks.
func Export(db *store.DB, path string, opts ExportOptions) (uint64, error) {
	school, err := db.School()
	if errors.Is(err, store.ErrNotFound) {
		return 0, model.Errorf(CodeNoSchool, "", "Попълнете данните на училището (код по НЕИСПУО) преди да създадете пакет за синхронизация.")
	} else if err != nil {
		return 0, fmt.Errorf("syncpack: export: %w", err)
	}
	state, err := loadState(db)
	if err != nil {
		return 0, fmt.Errorf("syncpack: export: %w", err)
	}
	records, mark, err := yearRecords(db, opts.Year)
	if err != nil {
		return 0, fmt.Errorf("syncpack: export: %w", err)
	}
	seq := state.Sequence + 1
	m := Manifest{AppVersion: opts.AppVersion, NEISPUO: school.NEISPUO, Year: opts.Year,
		Period: opts.Period, Installation: db.Installation(), Sequence: seq, Created: opts.Now,
		Acks: map[string]uint64{}}
	for peer, ps := range state.Peers {
		m.Acks[peer] = ps.Applied
	}
	if err := Write(path, m, records, opts.Files, opts.Key.Private); err != nil {
		return 0, err
	}
	state.Sequence, state.Marks[seq] = seq, mark
	return seq, saveState(db, state)
}

// yearRecords returns the envelopes of the year by kind, and the greatest version among them.
func yearRecords(db *store.DB, year model.SchoolYear) (map[model.Kind][]Envelope, Version, error) {
	out := map[model.Kind][]Envelope{}
	var mark Version
	for _, kind := range model.Kinds {
		envs, err := db.Envelopes(kind, nil)
		if err != nil {
			return nil, mark, err
		}
		for _, e := range envs {
			if e.Meta.Version.Compare(mark) > 0 {
				mark = e.Meta.Version
			}
			if e.Meta.Deleted {
				out[kind] = append(out[kind], e) // a tombstone has no year: send it anyway
				continue
			}
			r, err := store.DecodeRecord(e)
			if err != nil {
				return nil, mark, err
			}
			if ys, ok := r.(model.YearScoped); ok && ys.SchoolYear() != year {
				continue
			}
			out[kind] = append(out[kind], e)
		}
	}
	return out, mark, nil
}
