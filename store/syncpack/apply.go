package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// stateFormat is the format of the sync state this code writes: 2 keeps a trail per record
// (format 1 kept one mark per written package).
const stateFormat = 2

// applyStep stores one planned record and its trail: what the sender holds, the vector of the
// new state, and the common versions kept for later merges.
func applyStep(tx *store.Tx, state *syncState, plan *MergePlan, s step, self string) error {
	c := s.c
	if s.change >= 0 {
		c = plan.Changes[s.change]
	}
	tr, kind, id := s.tr, s.remote.Meta.Kind, s.remote.Meta.ID
	switch s.op {
	case opTake:
		// The author is the sender's log's, not the text of the envelope (issue #14).
		s.remote.Meta.By = plan.author(s.remote)
		if err := unreadable(s.remote, tx.PutEnvelope(s.remote)); err != nil {
			return err
		}
		tr.Ver, tr.VV = s.remote.Meta.Version, s.lvv.join(s.rvv)
		if err := tr.addBase(tr.VV, s.remote); err != nil {
			return err
		}
	case opResolve:
		e, err := c.resolve()
		if err != nil {
			return err
		}
		over := s.remote.Meta.Version
		if s.local.Meta.Version.Compare(over) > 0 {
			over = s.local.Meta.Version
		}
		v, err := tx.PutChosen(e, over)
		if err = unreadable(s.remote, err); err != nil {
			return err
		}
		tr.Ver, tr.VV = v, s.lvv.join(s.rvv).with(v)
		if err := tr.addBase(tr.VV, e); err != nil {
			return err
		}
	default:
		tr.VV = s.lvv.join(s.rvv)
	}
	if tr.learn(plan.Peer, s.rvv) {
		if err := tr.addBase(s.rvv, s.remote); err != nil {
			return err
		}
	}
	if err := tr.prune(state); err != nil {
		return err
	}
	return saveTrail(tx, kind, id, tr)
}

// resolve returns the record a concurrent change keeps: the merge of both sides with the fields
// in conflict taken as decided, or the side chosen when the conflict is over the whole record.
func (c Change) resolve() (Envelope, error) {
	if c.Action == 0 {
		return *c.Local, nil
	}
	if !c.whole {
		m, err := c.merged(c.Take)
		if err != nil {
			return Envelope{}, err
		}
		if !m.invalid {
			return m.env, nil
		}
	}
	if c.Take {
		return c.Remote, nil
	}
	return *c.Local, nil
}

// mergeResult is a field-by-field merge and the record it makes.
type mergeResult struct {
	fieldMerge
	env     Envelope
	invalid bool // the merged record does not decode or validate: both sides' records are offered whole
}

// merged merges the local and the remote record against their common version, the fields in
// conflict going to the sender when pickTheirs. The merged record is checked as a typed one
// would be: two valid changes of different fields can still make an invalid record together.
func (c Change) merged(pickTheirs bool) (mergeResult, error) {
	fm, err := merge3(c.base, c.Local.Data, c.Remote.Data, func(string) bool { return pickTheirs })
	if err != nil {
		return mergeResult{invalid: true}, nil // data that does not decode: both records are offered whole
	}
	out := mergeResult{fieldMerge: fm, env: *c.Local}
	out.env.Meta.Deleted, out.env.Data = false, fm.data
	r, err := store.DecodeRecord(out.env)
	if err != nil || r.Validate() != nil {
		out.invalid = true
		return out, nil
	}
	if out.env.Data, err = json.Marshal(r); err != nil {
		return mergeResult{}, fmt.Errorf("merge %s %s: encode: %w", c.Remote.Meta.Kind, c.Remote.Meta.ID, err)
	}
	return out, nil
}

// migrateTx brings a sync state of format 1 to format 2: every record gets its trail, built from
// what the file holds (legacyTrail), and the marks and decided conflicts it was built from are
// dropped. A new file has nothing to migrate.
func migrateTx(tx *store.Tx, state *syncState, self string) error {
	if state.Format >= stateFormat {
		return nil
	}
	for _, kind := range model.Kinds {
		envs, err := tx.Envelopes(kind, nil)
		if err != nil {
			return fmt.Errorf("migrate sync state: %w", err)
		}
		for _, e := range envs {
			_, err := tx.Setting(trailKey(kind, e.Meta.ID))
			if err == nil {
				continue
			}
			if !errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("migrate sync state: %w", err)
			}
			t, err := legacyTrail(tx, state, e, self)
			if err != nil {
				return fmt.Errorf("migrate sync state: %w", err)
			}
			if err := saveTrail(tx, kind, e.Meta.ID, t); err != nil {
				return fmt.Errorf("migrate sync state: %w", err)
			}
		}
	}
	state.Format, state.Marks = stateFormat, map[uint64]Version{}
	for peer, ps := range state.Peers {
		ps.Settled = nil
		state.Peers[peer] = ps
	}
	return nil
}
