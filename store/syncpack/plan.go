package syncpack

import (
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// op is what applying a package stores for one record.
type op int

const (
	opNone    op = iota // only the trail (what the sender holds) changes
	opTake              // the sender's envelope as it is
	opResolve           // the merged or chosen record, as a new change of this installation
)

// step is one record of the package as planned: the record here and there, their vectors, and
// what applying does.
type step struct {
	local  *Envelope // nil when this file does not have the record
	remote Envelope
	tr     *trail      // this file's trail of the record (a new one when it has none)
	lvv    vector      // the vector of the local state
	rvv    vector      // the vector of the sender's state
	bases  []baseState // the past states of the record the sender kept
	op     op
	c      Change // the decision; Action 0 when the record is not listed
	change int    // index in MergePlan.Changes; -1 when the record is not listed
}

// planTx compares every record of the package with this file's. state is the sync state after
// the package (its acks) is taken into account; self is this installation.
func planTx(tx *store.Tx, p *Package, state *syncState, self string) (*MergePlan, error) {
	plan := &MergePlan{Peer: p.Manifest.Installation, Fingerprint: p.Fingerprint}
	for _, kind := range model.Kinds {
		remote := p.Records[kind]
		if len(remote) == 0 {
			continue
		}
		envs, err := tx.Envelopes(kind, nil)
		if err != nil {
			return nil, err
		}
		local := make(map[model.ID]*Envelope, len(envs))
		for i := range envs {
			local[envs[i].Meta.ID] = &envs[i]
		}
		keep := keepsLocalSpecial(p, state.Peers[p.Manifest.Installation], kind)
		for _, r := range remote {
			if keep { // minimisation: what the sender did not send is not blanked here
				if r, err = withLocalSpecial(r, local[r.Meta.ID]); err != nil {
					return nil, err
				}
			}
			s := step{local: local[r.Meta.ID], remote: r, lvv: vector{}, rvv: p.vector(r), change: -1,
				bases: p.bases[model.Ref{Kind: kind, ID: r.Meta.ID}],
				tr:    &trail{VV: vector{}, tx: tx, kind: kind, key: trailKey(kind, r.Meta.ID), loaded: true}}
			if s.local != nil {
				if s.tr, err = loadTrail(tx, state, *s.local, self); err != nil {
					return nil, err
				}
				s.lvv = s.tr.VV
			}
			c, err := classify(&s)
			if err != nil {
				return nil, fmt.Errorf("plan %s: %w", s.describe(), err)
			}
			s.c = c
			if c.Action == 0 {
				plan.Unchanged++
			} else {
				s.change = len(plan.Changes)
				plan.Changes = append(plan.Changes, c)
			}
			plan.steps = append(plan.steps, s)
		}
	}
	return plan, nil
}

// classify decides one record by the vectors of both states, whatever the clocks say: a state
// the other incorporates changes nothing; a state that incorporates the other replaces it; two
// concurrent states — both sides changed the record since the last state both had — are merged
// field by field against that common state, and only a field both changed differently, or a
// deletion on one side and a change on the other, is a conflict. The greater version decides a
// conflict unless the user chooses, so both installations end up identical.
func classify(s *step) (Change, error) {
	l, r := s.local, s.remote
	c := Change{Remote: r, Local: l}
	switch {
	case l == nil:
		s.op, c.Take, c.Action = opTake, true, ActionAdd
		if r.Meta.Deleted {
			c.Action = ActionDelete
		}
		return c, nil
	case s.lvv.covers(s.rvv):
		return Change{}, nil // this file has the sender's state, or a later one
	case s.rvv.covers(s.lvv) && l.Meta.Version == r.Meta.Version:
		return Change{}, nil // the same state; only what is known of it grows
	case s.rvv.covers(s.lvv):
		s.op, c.Take, c.Action = opTake, true, replaceAction(*l, r)
		return lockApproval(s, c)
	case sameData(*l, r):
		// Both sides made the same change: the greater version stays, nothing to show.
		if r.Meta.Version.Compare(l.Meta.Version) > 0 {
			s.op = opTake
		}
		return Change{}, nil
	}
	return mergeConcurrent(s, c)
}

// replaceAction names what storing r over l does.
func replaceAction(l, r Envelope) Action {
	switch {
	case r.Meta.Deleted:
		return ActionDelete
	case l.Meta.Deleted:
		return ActionAdd
	}
	return ActionUpdate
}

// mergeConcurrent decides two concurrent states of a record against their common version.
func mergeConcurrent(s *step, c Change) (Change, error) {
	l, r := *s.local, s.remote
	if err := s.tr.data(); err != nil {
		return Change{}, err
	}
	base, err := common(s.lvv, s.rvv, append(slices.Clone(s.tr.Bases), s.bases...))
	if err != nil {
		return Change{}, fmt.Errorf("common version: %w", err)
	}
	lt, err1 := tree(l.Meta.Deleted, l.Data)
	rt, err2 := tree(r.Meta.Deleted, r.Data)
	s.op, c.base = opResolve, base
	c.Take = r.Meta.Version.Compare(l.Meta.Version) > 0
	switch {
	case err1 != nil || err2 != nil: // not decodable: offered whole
	case same(lt, base): // only the sender changed it since the common version
		c.Action, c.Take = replaceAction(l, r), true
		return lockApproval(s, c)
	case same(rt, base): // only this file changed it: keep it, as a state the sender will take
		c.Take = false
		return c, nil
	}
	if l.Meta.Deleted || r.Meta.Deleted {
		c.Action, c.whole = ActionConflict, true
		c.Conflict = describeConflict(l, r, nil)
		return lockApproval(s, c)
	}
	m, err := c.merged(c.Take)
	if err != nil {
		return Change{}, err
	}
	c.MergedMine, c.MergedTheirs = m.mine, m.theirs
	switch {
	case m.invalid:
		c.Action, c.whole = ActionConflict, true
		c.Conflict = describeConflict(l, r, nil)
	case len(m.conflicts) > 0:
		c.Action = ActionConflict
		c.Conflict = describeConflict(l, r, m.conflicts)
	default:
		c.Action = ActionMerge
	}
	return lockApproval(s, c)
}

// lockApproval keeps an approved month (чл. 81, ал. 2): a package that would un-approve or
// delete a month approved here, or a concurrent change of a month approved on either side, is
// not taken or merged silently but shown as a conflict over the whole record that keeps the
// approved version (of two approved ones, the greater) unless the user chooses otherwise.
func lockApproval(s *step, c Change) (Change, error) {
	l, r := *s.local, s.remote
	breaks, err := store.BreaksApproval(l, r)
	if err != nil {
		return Change{}, err
	}
	take := false // un-approving or deleting the approved month here: keep it
	if !breaks && !s.rvv.covers(s.lvv) {
		la, err := approved(l)
		if err != nil {
			return Change{}, err
		}
		ra, err := approved(r)
		if err != nil {
			return Change{}, err
		}
		breaks = la || ra
		take = ra && (!la || r.Meta.Version.Compare(l.Meta.Version) > 0)
	}
	if !breaks {
		return c, nil
	}
	c.Action, c.Take, c.whole, s.op = ActionConflict, take, true, opResolve
	c.Conflict = describeConflict(l, r, nil)
	c.Conflict.Note = "одобреният месец не се променя без вашето решение (чл. 81, ал. 2)"
	return c, nil
}

// approved reports whether e is a live approved timesheet.
func approved(e Envelope) (bool, error) {
	if e.Meta.Kind != model.KindTimesheet || e.Meta.Deleted {
		return false, nil
	}
	r, err := store.DecodeRecord(e)
	if err != nil {
		return false, fmt.Errorf("approved: %w", err)
	}
	ts, ok := r.(*model.Timesheet)
	return ok && ts.Status == model.Approved, nil
}

// vector returns the version vector the package gives the record; a package of format 1 gives
// none, and its version alone stands for the state.
func (p *Package) vector(e Envelope) vector {
	own := vectorOf(e.Meta.Version)
	if v, ok := p.vectors[model.Ref{Kind: e.Meta.Kind, ID: e.Meta.ID}]; ok {
		return v.join(own)
	}
	return own
}

// describe names the step's record for an error.
func (s *step) describe() string { return fmt.Sprintf("%s %s", s.remote.Meta.Kind, s.remote.Meta.ID) }
