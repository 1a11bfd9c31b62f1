package syncpack

import (
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// legacyTrail builds the trail of a record that has none: one of a file of the first sync
// format (the migration), or one this installation made and never exchanged.
//
// A file of the first format holds, besides the record's own version, three things the trail is
// built from. (1) What it received from each installation: format 1 packages carried every
// record of the year, so the greatest version of installation P among the records of one year
// (the kinds without a year and the deletions, which every package carried, count as one more
// "year") was made after every change of P to the records of that year that this file received —
// all of P's changes of that year up to it are incorporated. (2) The conflicts decided with each
// peer: the kept version incorporates the peer's. (3) The greatest version of this file each peer
// acknowledged: a version at or below it is held by that peer, and is then the common version of
// a later merge. A record changed here since the last acknowledged exchange has no common version
// kept: a concurrent change of it is shown field by field as a conflict, never taken silently.
func legacyTrail(tx *store.Tx, state *syncState, e Envelope, self string) (*trail, error) {
	v := e.Meta.Version
	t := &trail{Ver: v, VV: vectorOf(v), Known: map[string]vector{}, tx: tx, kind: e.Meta.Kind, key: trailKey(e.Meta.Kind, e.Meta.ID), loaded: true}
	if state.Format < stateFormat {
		if err := state.scanReceived(tx, self); err != nil {
			return nil, err
		}
		t.VV.add(state.received[yearKey(e)])
	}
	for _, ps := range state.Peers {
		if d, ok := ps.Settled[refKey(e.Meta.Kind, e.Meta.ID)]; ok && d.Local == v {
			t.VV.add(vectorOf(d.Remote))
		}
	}
	for peer, ps := range state.Peers {
		mark := state.Marks[ps.Acked]
		if v.Node == peer || (!mark.IsZero() && v.Compare(mark) <= 0) {
			t.Known[peer] = t.VV
		}
	}
	if len(t.Known) > 0 || (v.Node != self && !v.IsZero()) {
		if err := t.addBase(t.VV, e); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// scanReceived computes, once, the greatest version of each other installation by yearKey.
func (s *syncState) scanReceived(tx *store.Tx, self string) error {
	if s.received != nil {
		return nil
	}
	s.received = map[int]vector{}
	for _, kind := range model.Kinds {
		envs, err := tx.Envelopes(kind, nil)
		if err != nil {
			return err
		}
		for _, e := range envs {
			if v := e.Meta.Version; v.Node != self && !v.IsZero() {
				k := yearKey(e)
				if s.received[k] == nil {
					s.received[k] = vector{}
				}
				s.received[k].add(vectorOf(v))
			}
		}
	}
	return nil
}

// yearKey is the school year of a live record of a kind that has one; 0 for the others and for
// deletions, which format 1 packages of every year carried.
func yearKey(e Envelope) int {
	if e.Meta.Deleted {
		return 0
	}
	if y, scoped, err := store.RecordYear(e); err == nil && scoped {
		return int(y)
	}
	return 0
}
