package syncpack

import (
	"errors"
	"fmt"
	"time"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// CodeNoSchool refuses an export from a file whose school is not set up yet.
const CodeNoSchool = model.CodeNoSchool

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
	// To, when set, names a paired peer installation: the package is cut for its role (only the
	// kinds it reads, special-category parts only when it sees them; the manifest lists what was
	// left out) and encrypted to its age recipient. Without To the package is whole and not
	// encrypted: for a peer not yet paired (see docs/privacy.md).
	To string
}

// Exported describes a package Export wrote.
type Exported struct {
	Sequence    uint64 // the package's running number
	Records     int    // envelopes in it, tombstones included
	Fingerprint string // of the key that signed it, for the receiver to compare
	Encrypted   bool   // encrypted to the addressee (ExportOptions.To)
	LeftOut     LeftOut
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
	var (
		to      *age.X25519Recipient // nil: not addressed, not encrypted
		c       *cut                 // what the addressee's role is not sent
		state   *syncState
		records map[model.Kind][]Envelope
		meta    exportMeta
		news    map[model.Ref]int // the records whose trail does not yet hold the state sent, with their year
	)
	err = db.View(func(tx *store.Tx) error {
		if state, err = loadState(tx); err != nil {
			return err
		}
		if _, ok := state.Peers[opts.Since]; opts.Since != "" && !ok {
			return model.Errorf(CodeUnknownPeer, "", "От компютъра „%s“ досега не е приеман пакет: създайте пакет с всички записи на годината.", opts.Since)
		}
		if to, c, err = addressee(state, opts.To); err != nil {
			return err
		}
		records, meta, news, err = yearRecordsTx(tx, state, db.Installation(), opts.Year, opts.Since, c)
		if err != nil {
			return err
		}
		meta.log, err = exportLogTx(tx, opts.Since, c.role)
		return err
	})
	if model.ErrorCode(err) != "" {
		return Exported{}, err
	} else if err != nil {
		return Exported{}, fmt.Errorf("syncpack: export: %w", err)
	}
	seq := state.Sequence + 1
	m := Manifest{AppVersion: opts.AppVersion, NEISPUO: school.NEISPUO, SchoolID: string(school.ID), Year: opts.Year,
		Period: opts.Period, Installation: db.Installation(), Sequence: seq, Created: opts.Now,
		Acks: map[string]uint64{}, To: opts.To, Role: c.role}
	for peer, ps := range state.Peers {
		m.Acks[peer] = ps.Applied
	}
	files := c.files(opts.Files)
	m.LeftOut = c.leftOut
	if err := write(path, m, records, meta, files, opts.Key.Private, to); err != nil {
		return Exported{}, err
	}
	e := Exported{Sequence: seq, Records: countRecords(records), Fingerprint: opts.Key.Fingerprint(), Encrypted: to != nil, LeftOut: c.leftOut}
	return e, recordExport(db, seq, writtenPackage{Year: int(opts.Year), Since: opts.Since, LeftOut: c.leftOut.Kinds}, records, meta, news)
}

// addressee returns the age recipient of the paired peer to and the cut of its role; no
// recipient and the whole year when to is "".
func addressee(state *syncState, to string) (*age.X25519Recipient, *cut, error) {
	if to == "" {
		return nil, &cut{}, nil
	}
	ps, ok := state.Peers[to]
	if !ok || ps.Recipient == "" {
		return nil, nil, model.Errorf(CodeNotPaired, "", "Компютърът „%s“ не е сдвоен с този: разменете файловете за сдвояване (tchas pair) и сверете отпечатъците, после създайте пакета за него.", printable(to))
	}
	r, err := age.ParseX25519Recipient(ps.Recipient)
	if err != nil {
		return nil, nil, fmt.Errorf("recipient of %s: %w", to, err)
	}
	return r, cutFor(ps.role()), nil
}

// countRecords counts the envelopes of a package, tombstones included.
func countRecords(records map[model.Kind][]Envelope) int {
	n := 0
	for _, envs := range records {
		n += len(envs)
	}
	return n
}

// recordExport remembers package seq: for each record it carried, the state it carried (the
// peer that acknowledges the package holds it, and may build on it: a common version). The state
// is read again inside the transaction, as Apply, Trust and Forget do: one of them may have
// changed it while the package was being written, and saving the state read before would undo
// that.
func recordExport(db *store.DB, seq uint64, w writtenPackage, records map[model.Kind][]Envelope, meta exportMeta, news map[model.Ref]int) error {
	self := db.Installation()
	err := db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return err
		}
		if err := migrateTx(tx, s, self); err != nil {
			return err
		}
		for kind, envs := range records {
			for _, e := range envs {
				ref := model.Ref{Kind: kind, ID: e.Meta.ID}
				if year, ok := news[ref]; ok {
					if full, ok := meta.full[ref]; ok {
						e = full // the state kept as a common version is this file's, special part included
					}
					if err := recordSent(tx, s, self, seq, e, meta.vecs[ref], year); err != nil {
						return err
					}
				}
			}
		}
		s.Sequence = max(s.Sequence, seq)
		if s.Packages == nil {
			s.Packages = map[uint64]writtenPackage{}
		}
		s.Packages[seq] = w
		for k := range s.Packages {
			if k+2*maxAcked < s.Sequence {
				delete(s.Packages, k)
			}
		}
		return saveStateTx(tx, s)
	})
	if err != nil {
		return fmt.Errorf("syncpack: export: %w", err)
	}
	return nil
}

// recordSent adds to the trail of e that package seq carried it in state vv.
func recordSent(tx *store.Tx, s *syncState, self string, seq uint64, e Envelope, vv vector, year int) error {
	cur := e
	if m, err := tx.Meta(e.Meta.Kind, e.Meta.ID); err != nil {
		return err
	} else if m.Version != e.Meta.Version {
		cur = Envelope{Meta: m} // changed while the package was written: its trail moves on
	}
	t, err := loadTrail(tx, s, cur, self)
	if err != nil {
		return err
	}
	t.sent(seq, vv, year)
	if err := t.addBase(vv, e); err != nil {
		return err
	}
	if err := t.prune(s); err != nil {
		return err
	}
	return saveTrail(tx, e.Meta.Kind, e.Meta.ID, t)
}

// yearRecordsTx returns the envelopes of the year by kind — tombstones, which have no year,
// included — with their version vectors; with since, only those the peer since is not known to
// hold. Each record is decided by its own trail, so a package for one year never hides another
// year's changes from the next. news are the records whose trail does not yet say that this
// state was sent (and kept as a common version), with the year a package must have to carry it
// (0: every package carries it): only their trails are written after the package.
func yearRecordsTx(tx *store.Tx, state *syncState, self string, year model.SchoolYear, since string, c *cut) (out map[model.Kind][]Envelope, meta exportMeta, news map[model.Ref]int, err error) {
	out, news = map[model.Kind][]Envelope{}, map[model.Ref]int{}
	meta = exportMeta{vecs: map[model.Ref]vector{}, bases: map[model.Ref][]baseState{}, full: map[model.Ref]Envelope{}}
	for _, kind := range model.Kinds {
		if !c.carries(kind) {
			continue
		}
		envs, err := tx.Envelopes(kind, nil)
		if err != nil {
			return nil, exportMeta{}, nil, err
		}
		for _, e := range envs {
			t, err := loadTrail(tx, state, e, self)
			if err != nil {
				return nil, exportMeta{}, nil, err
			}
			if since != "" && t.knownTo(since, state).covers(t.VV) {
				continue // the peer has it
			}
			key := 0
			if !e.Meta.Deleted {
				y, scoped, err := store.RecordYear(e)
				if err != nil {
					return nil, exportMeta{}, nil, err
				}
				if scoped && y != year {
					continue
				}
				if scoped {
					key = int(y)
				}
			}
			ref := model.Ref{Kind: kind, ID: e.Meta.ID}
			bases, err := t.older()
			if err != nil {
				return nil, exportMeta{}, nil, err
			}
			full := e
			if e, meta.bases[ref], err = c.strip(e, bases); err != nil {
				return nil, exportMeta{}, nil, err
			}
			if !e.Meta.Deleted && string(e.Data) != string(full.Data) {
				meta.full[ref] = full
			}
			out[kind] = append(out[kind], e)
			meta.vecs[ref] = t.VV
			if !t.sentAlready(t.VV, key) {
				news[ref] = key
			}
		}
	}
	return out, meta, news, nil
}
