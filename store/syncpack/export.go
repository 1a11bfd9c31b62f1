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
	// Since, when set, names a peer installation: only the records changed since the last
	// package of this file it acknowledged go into the package (a smaller package for that
	// peer; any other receiver needs a whole one).
	Since string
}

// Exported describes a package Export wrote.
type Exported struct {
	Sequence    uint64 // the package's running number
	Records     int    // envelopes in it, tombstones included
	Fingerprint string // of the key that signed it, for the receiver to compare
}

// Export writes to path a package with every record of the year — tombstones included — so the
// receiver can merge it whatever it has already received, and returns its sequence number. The
// package acknowledges the packages this file has applied, for the receiver's conflict checks.
func Export(db *store.DB, path string, opts ExportOptions) (uint64, error) {
	e, err := ExportPackage(db, path, opts)
	return e.Sequence, err
}

// ExportPackage is Export returning what it wrote.
func ExportPackage(db *store.DB, path string, opts ExportOptions) (Exported, error) {
	school, err := db.School()
	if errors.Is(err, store.ErrNotFound) {
		return Exported{}, model.Errorf(CodeNoSchool, "", "Попълнете данните на училището (код по НЕИСПУО) преди да създадете пакет за синхронизация.")
	} else if err != nil {
		return Exported{}, fmt.Errorf("syncpack: export: %w", err)
	}
	state, err := loadState(db)
	if err != nil {
		return Exported{}, fmt.Errorf("syncpack: export: %w", err)
	}
	var since Version // the zero version: every record
	if opts.Since != "" {
		if _, ok := state.Peers[opts.Since]; !ok {
			return Exported{}, model.Errorf(CodeUnknownPeer, "", "От компютъра „%s“ досега не е приеман пакет: създайте пакет с всички записи на годината.", opts.Since)
		}
		since = state.ackMark(opts.Since)
	}
	records, mark, err := yearRecords(db, opts.Year, since)
	if err != nil {
		return Exported{}, fmt.Errorf("syncpack: export: %w", err)
	}
	seq := state.Sequence + 1
	m := Manifest{AppVersion: opts.AppVersion, NEISPUO: school.NEISPUO, SchoolID: string(school.ID), Year: opts.Year,
		Period: opts.Period, Installation: db.Installation(), Sequence: seq, Created: opts.Now,
		Acks: map[string]uint64{}}
	for peer, ps := range state.Peers {
		m.Acks[peer] = ps.Applied
	}
	if err := Write(path, m, records, opts.Files, opts.Key.Private); err != nil {
		return Exported{}, err
	}
	n := 0
	for _, envs := range records {
		n += len(envs)
	}
	return Exported{Sequence: seq, Records: n, Fingerprint: opts.Key.Fingerprint()}, recordExport(db, seq, mark)
}

// recordExport remembers package seq and the greatest version it carried. The state is read
// again inside the transaction, as Apply, Trust and Forget do: one of them may have changed it
// while the package was being written, and saving the state read before would undo that.
func recordExport(db *store.DB, seq uint64, mark Version) error {
	return db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return fmt.Errorf("syncpack: export: %w", err)
		}
		s.Sequence, s.Marks[seq] = max(s.Sequence, seq), mark
		return saveStateTx(tx, s)
	})
}

// yearRecords returns the envelopes of the year with a version above since by kind, and the
// greatest version of all the file's records. All kinds are read in one transaction: the peer
// that acknowledges the package takes mark as seen, so a change made meanwhile to a kind read
// earlier must not hide below a greater version read later.
func yearRecords(db *store.DB, year model.SchoolYear, since Version) (out map[model.Kind][]Envelope, mark Version, err error) {
	err = db.View(func(tx *store.Tx) error {
		out, mark, err = yearRecordsTx(tx, year, since)
		return err
	})
	return out, mark, err
}

// yearRecordsTx is yearRecords inside tx.
func yearRecordsTx(tx *store.Tx, year model.SchoolYear, since Version) (map[model.Kind][]Envelope, Version, error) {
	out := map[model.Kind][]Envelope{}
	var mark Version
	for _, kind := range model.Kinds {
		envs, err := tx.Envelopes(kind, nil)
		if err != nil {
			return nil, mark, err
		}
		for _, e := range envs {
			if e.Meta.Version.Compare(mark) > 0 {
				mark = e.Meta.Version
			}
			if e.Meta.Version.Compare(since) <= 0 {
				continue // the peer has it
			}
			if e.Meta.Deleted {
				out[kind] = append(out[kind], e) // a tombstone has no year: send it anyway
				continue
			}
			y, scoped, err := store.RecordYear(e)
			if err != nil {
				return nil, mark, err
			}
			if scoped && y != year {
				continue
			}
			out[kind] = append(out[kind], e)
		}
	}
	return out, mark, nil
}
