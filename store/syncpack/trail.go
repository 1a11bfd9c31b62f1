package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// trailPrefix starts the setting that keeps the trail of one record: "syncpack/student/<id>".
const trailPrefix = stateKey + "/"

// Bounds of a trail: older entries only cost a conflict shown where a merge would have done.
const (
	maxBases = 6
	maxSent  = 4
	maxAcked = 32
)

// trail is what this file knows about the exchanges of one record: the version vector of its
// current state, what each peer is known to hold, and the past states a peer may still build on
// (the common versions a three-way merge compares both sides with).
type trail struct {
	Ver   Version           `json:"ver"` // the record's version VV describes
	VV    vector            `json:"vv"`
	Known map[string]vector `json:"known,omitempty"` // by installation: the state it is known to hold
	Sent  []sentState       `json:"sent,omitempty"`  // its last states this file sent
	Bases []baseState       `json:"bases,omitempty"` // past states shared with a peer, oldest first

	// The data of the bases is kept in a setting of its own (basesKey) and read only when a
	// merge or a change of the bases needs it: most trails are read for their vectors alone.
	tx     *store.Tx
	kind   model.Kind
	key    string
	loaded bool // Bases[i].Data are read
	dirty  bool // … and changed
}

// sentState is a state of the record this file sent: first in package Seq, and in every later
// whole package of its school year (Year; 0 when every package carries it).
type sentState struct {
	Seq  uint64 `json:"seq"`
	VV   vector `json:"vv"`
	Year int    `json:"year,omitempty"`
}

// baseState is a past state of the record: its vector and its data (nil for a tombstone).
type baseState struct {
	VV      vector          `json:"vv"`
	Deleted bool            `json:"deleted,omitempty"`
	Data    json.RawMessage `json:"-"` // in the setting basesKey
}

// basesKey is the setting that holds the data of a trail's bases, in their order.
func basesKey(key string) string { return key + "#bases" }

// data reads the data of the bases, once.
func (t *trail) data() error {
	if t.loaded {
		return nil
	}
	t.loaded = true
	raw, err := t.tx.Setting(basesKey(t.key))
	if errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return fmt.Errorf("load common versions: %w", err)
	}
	var list []json.RawMessage
	if err := json.Unmarshal([]byte(raw), &list); err != nil {
		return fmt.Errorf("load common versions: %w", err)
	}
	for i := range t.Bases {
		if i < len(list) && string(list[i]) != "null" {
			t.Bases[i].Data = list[i]
		}
	}
	return nil
}

// trailKey is the setting of a record's trail.
func trailKey(kind model.Kind, id model.ID) string { return trailPrefix + refKey(kind, id) }

// loadTrail reads the trail of the stored record e, deriving it from the file's older sync
// state when none is stored, and brings it up to e's version: a local change made since the trail
// was saved is a change of this installation on top of the state the trail describes.
func loadTrail(tx *store.Tx, state *syncState, e Envelope, self string) (*trail, error) {
	t := &trail{}
	key := trailKey(e.Meta.Kind, e.Meta.ID)
	raw, err := tx.Setting(key)
	switch {
	case errors.Is(err, store.ErrNotFound):
		if t, err = legacyTrail(tx, state, e, self); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("load trail of %s %s: %w", e.Meta.Kind, e.Meta.ID, err)
	default:
		if err := json.Unmarshal([]byte(raw), t); err != nil {
			return nil, fmt.Errorf("load trail of %s %s: %w", e.Meta.Kind, e.Meta.ID, err)
		}
	}
	t.tx, t.key, t.kind = tx, key, e.Meta.Kind
	if t.VV == nil {
		t.VV = vector{}
	}
	if t.Ver != e.Meta.Version {
		t.Ver, t.VV = e.Meta.Version, t.VV.with(e.Meta.Version)
	}
	return t, nil
}

// saveTrail stores the trail when it changed.
func saveTrail(tx *store.Tx, kind model.Kind, id model.ID, t *trail) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("save trail of %s %s: %w", kind, id, err)
	}
	key := trailKey(kind, id)
	if t.dirty {
		list := make([]json.RawMessage, len(t.Bases))
		for i, b := range t.Bases {
			list[i] = b.Data
		}
		d, err := json.Marshal(list)
		if err != nil {
			return fmt.Errorf("save trail of %s %s: %w", kind, id, err)
		}
		if err := tx.PutSetting(basesKey(key), string(d)); err != nil {
			return err
		}
		t.dirty = false
	}
	if old, err := tx.Setting(key); err == nil && old == string(b) {
		return nil
	}
	return tx.PutSetting(key, string(b))
}

// knownTo returns the state of the record the peer is known to hold: the greatest it sent, and
// the states this file sent in packages the peer has acknowledged.
func (t *trail) knownTo(peer string, state *syncState) vector {
	out := vector{}
	out.add(t.Known[peer])
	acked := state.Peers[peer].AckedSeqs
	for _, s := range t.Sent {
		for _, k := range acked {
			if k == s.Seq || (k > s.Seq && state.carried(k, s.Year, peer, t.kind)) {
				out.add(s.VV)
				break
			}
		}
	}
	return out
}

// learn records that peer holds the state vv (it sent it). It reports whether that is news.
func (t *trail) learn(peer string, vv vector) bool {
	if t.Known == nil {
		t.Known = map[string]vector{}
	}
	if t.Known[peer].covers(vv) {
		return false
	}
	t.Known[peer] = t.Known[peer].join(vv)
	return true
}

// sent records that package seq carries the record in state vv; a state sent before keeps the
// package that first carried it.
func (t *trail) sent(seq uint64, vv vector, year int) {
	if n := len(t.Sent); n > 0 && t.Sent[n-1].VV.equal(vv) && t.Sent[n-1].Year == year {
		return // sent before: the first package that carried it stays
	}
	t.Sent = append(t.Sent, sentState{Seq: seq, VV: vv, Year: year})
	if len(t.Sent) > maxSent {
		t.Sent = slices.Delete(t.Sent, 0, len(t.Sent)-maxSent)
	}
}

// older returns the kept past states other than the current one, with their data: a package
// carries them, so that a receiver that got a change by another way still finds the common
// version. Most records have none (the current state is the only one kept), and their data is
// not read.
func (t *trail) older() ([]baseState, error) {
	if !slices.ContainsFunc(t.Bases, func(b baseState) bool { return !b.VV.equal(t.VV) }) {
		return nil, nil
	}
	if err := t.data(); err != nil {
		return nil, err
	}
	var out []baseState
	for _, b := range t.Bases {
		if !b.VV.equal(t.VV) {
			out = append(out, b)
		}
	}
	return out, nil
}

// sentAlready reports whether the trail holds that the state vv was sent in a package of year
// and is kept as a common version: sending it again changes nothing in the trail.
func (t *trail) sentAlready(vv vector, year int) bool {
	n := len(t.Sent)
	if n == 0 || !t.Sent[n-1].VV.equal(vv) || t.Sent[n-1].Year != year {
		return false
	}
	return slices.ContainsFunc(t.Bases, func(b baseState) bool { return b.VV.equal(vv) })
}

// addBase keeps the state e with vector vv as a possible common version.
func (t *trail) addBase(vv vector, e Envelope) error {
	for _, b := range t.Bases {
		if b.VV.equal(vv) {
			return nil
		}
	}
	if err := t.data(); err != nil {
		return err
	}
	t.dirty = true
	b := baseState{VV: vv, Deleted: e.Meta.Deleted}
	if !e.Meta.Deleted {
		b.Data = e.Data
	}
	t.Bases = append(t.Bases, b)
	return nil
}

// prune forgets the past states no peer can build on any more: a state is dropped when a later
// kept state is held by every peer, because any state a peer sends from now on incorporates
// that later one, which is then the better common version.
func (t *trail) prune(state *syncState) error {
	held := func(vv vector) bool {
		for peer := range state.Peers {
			if !t.knownTo(peer, state).covers(vv) {
				return false
			}
		}
		return true
	}
	drop := func(b baseState) bool {
		for _, later := range t.Bases {
			if !later.VV.equal(b.VV) && later.VV.covers(b.VV) && held(later.VV) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(t.Bases, drop) && len(t.Bases) <= maxBases {
		return nil
	}
	if err := t.data(); err != nil {
		return err
	}
	t.dirty = true
	keep := slices.DeleteFunc(slices.Clone(t.Bases), drop)
	if len(keep) > maxBases {
		slices.SortStableFunc(keep, func(a, b baseState) int { return a.VV.top().Compare(b.VV.top()) })
		keep = slices.Delete(keep, 0, len(keep)-maxBases)
	}
	t.Bases = keep
	return nil
}
