package syncpack

import (
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// planTx compares every record of the package with this file's. state is the sync state after
// the package (its acks) is taken into account; self is this installation.
func planTx(tx *store.Tx, p *Package, state *syncState, self string) (*MergePlan, error) {
	peer := p.Manifest.Installation
	mark := state.ackMark(peer) // the greatest version of this file the sender had seen
	decided := state.Peers[peer].Settled
	plan := &MergePlan{Peer: peer, Fingerprint: p.Fingerprint}
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
		for _, r := range remote {
			l := local[r.Meta.ID]
			seen := mark
			if d, ok := decided[refKey(kind, r.Meta.ID)]; ok && d.Remote.Compare(seen) > 0 {
				seen = d.Remote // the user has decided the conflict over this version
			}
			action, take := classify(l, r, mark, seen, peer, self)
			if take && l != nil {
				// An approved month is locked (чл. 81, ал. 2): a version that un-approves or
				// deletes it is not taken over silently but shown as a conflict that keeps this
				// file's approved month unless the user chooses otherwise.
				breaks, err := store.BreaksApproval(*l, r)
				if err != nil {
					return nil, err
				}
				if breaks {
					action, take = ActionConflict, false
				}
			}
			if action == 0 {
				plan.Unchanged++
				continue
			}
			c := Change{Action: action, Local: l, Remote: r, Take: take}
			if action == ActionConflict {
				c.Conflict = describeConflict(*l, r)
			}
			plan.Changes = append(plan.Changes, c)
		}
	}
	return plan, nil
}

// classify decides one record: the greater version always wins, so that both installations
// converge; a conflict is a record both sides changed since the sender last saw this file's
// version — one of the two changes is lost and the user must be told.
//
// A local change is a version above mark that the sender did not make; a remote change is a
// version above seen (mark, or the version of a conflict the user has already decided) that this
// installation did not make (it may relay this file's own versions).
func classify(l *Envelope, r Envelope, mark, seen Version, peer, self string) (Action, bool) {
	if l == nil {
		if r.Meta.Deleted {
			return ActionDelete, true
		}
		return ActionAdd, true
	}
	lv, rv := l.Meta.Version, r.Meta.Version
	if lv == rv {
		return 0, false
	}
	take := rv.Compare(lv) > 0
	if l.Meta.Deleted && r.Meta.Deleted {
		if take {
			return ActionDelete, true // both deleted it: only the version moves on
		}
		return 0, false
	}
	localChanged := lv.Compare(mark) > 0 && lv.Node != peer
	remoteChanged := rv.Compare(seen) > 0 && rv.Node != self
	switch {
	case localChanged && remoteChanged:
		return ActionConflict, take
	case !take:
		return 0, false
	case r.Meta.Deleted:
		return ActionDelete, true
	case l.Meta.Deleted:
		return ActionAdd, true
	}
	return ActionUpdate, true
}
