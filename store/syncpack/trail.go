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
	Sent  []sentState       `json:"sent,omitempty"`  // the last packages of this file that carried it
	Bases []baseState       `json:"bases,omitempty"` // past states shared with a peer, oldest first
}

// sentState is a state of the record carried by package Seq of this file.
type sentState struct {
	Seq uint64 `json:"seq"`
	VV  vector `json:"vv"`
}

// baseState is a past state of the record: its vector and its data (nil for a tombstone).
type baseState struct {
	VV      vector          `json:"vv"`
	Deleted bool            `json:"deleted,omitempty"`
	Data    json.RawMessage `json:"data,omitempty"`
}

// trailKey is the setting of a record's trail.
func trailKey(kind model.Kind, id model.ID) string { return trailPrefix + refKey(kind, id) }

// loadTrail reads the trail of the stored record e, deriving it from the file's older sync
// state when none is stored, and brings it up to e's version: a local change made since the trail
// was saved is a change of this installation on top of the state the trail describes.
func loadTrail(tx *store.Tx, state *syncState, e Envelope, self string) (*trail, error) {
	t := &trail{}
	raw, err := tx.Setting(trailKey(e.Meta.Kind, e.Meta.ID))
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
	if old, err := tx.Setting(key); err == nil && old == string(b) {
		return nil
	}
	return tx.PutSetting(key, string(b))
}

// knownTo returns the state of the record the peer is known to hold: the greatest it sent, and
// the states this file sent in packages the peer has acknowledged.
func (t *trail) knownTo(peer string, ps peerState) vector {
	out := vector{}
	out.add(t.Known[peer])
	for _, s := range t.Sent {
		if slices.Contains(ps.AckedSeqs, s.Seq) {
			out.add(s.VV)
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

// sent records that package seq carries the record in state vv.
func (t *trail) sent(seq uint64, vv vector) {
	t.Sent = append(t.Sent, sentState{Seq: seq, VV: vv})
	if len(t.Sent) > maxSent {
		t.Sent = slices.Delete(t.Sent, 0, len(t.Sent)-maxSent)
	}
}

// addBase keeps the state e with vector vv as a possible common version.
func (t *trail) addBase(vv vector, e Envelope) {
	for _, b := range t.Bases {
		if b.VV.equal(vv) {
			return
		}
	}
	b := baseState{VV: vv, Deleted: e.Meta.Deleted}
	if !e.Meta.Deleted {
		b.Data = e.Data
	}
	t.Bases = append(t.Bases, b)
}

// base returns the common version of this file's record and a remote state with vector rvv: the
// latest past state of this file that the remote state incorporates. Every past state is one
// the current state incorporates too. Nil when none is kept.
func (t *trail) base(rvv vector) *baseState {
	var best *baseState
	for i := range t.Bases {
		b := &t.Bases[i]
		if !rvv.covers(b.VV) {
			continue
		}
		if best == nil || b.VV.covers(best.VV) || (!best.VV.covers(b.VV) && b.VV.top().Compare(best.VV.top()) > 0) {
			best = b
		}
	}
	return best
}

// prune forgets the past states no peer can build on any more: a state is dropped when a later
// kept state is held by every peer, because any state a peer sends from now on incorporates
// that later one, which is then the better common version.
func (t *trail) prune(state *syncState) {
	held := func(vv vector) bool {
		for peer, ps := range state.Peers {
			if !t.knownTo(peer, ps).covers(vv) {
				return false
			}
		}
		return true
	}
	all := slices.Clone(t.Bases)
	t.Bases = slices.DeleteFunc(t.Bases, func(b baseState) bool {
		for _, later := range all {
			if !later.VV.equal(b.VV) && later.VV.covers(b.VV) && held(later.VV) {
				return true
			}
		}
		return false
	})
	if len(t.Bases) > maxBases {
		slices.SortStableFunc(t.Bases, func(a, b baseState) int { return a.VV.top().Compare(b.VV.top()) })
		t.Bases = slices.Delete(t.Bases, 0, len(t.Bases)-maxBases)
	}
}
