package syncpack

import (
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Action is what applying a package does to one record.
type Action int

// The actions of a merge. A record whose local version is newer is kept and not listed.
const (
	ActionAdd      Action = iota + 1 // a record this file does not have (or had deleted)
	ActionUpdate                     // a newer version of a record this file has
	ActionDelete                     // the sender deleted the record
	ActionConflict                   // both sides changed it since they last exchanged it
)

// Codes of the refusals of Plan and Apply besides CheckSchool's.
const (
	CodeOwnPackage = "own_package" // the package was written by this installation
	CodeKeyChanged = "key_changed" // a known sender now signs with another key
)

// Change is one record the package would change, or over which both sides conflict.
type Change struct {
	Action Action
	Local  *Envelope // nil when this file does not have the record
	Remote Envelope
	// Take reports whether Apply stores Remote. Every merge keeps the greater version, so
	// both installations end up identical; for a conflict the other side's change is lost
	// and the user should check the record.
	Take bool
}

// MergePlan is the dry run of applying a package: what would change, and the conflicts.
type MergePlan struct {
	Peer        string // the sending installation
	Fingerprint string // of its key
	NewPeer     bool   // no package of this sender was applied before: compare the fingerprint
	Changes     []Change
	Unchanged   int // records equal here, or newer here
}

// Count returns how many changes have the action.
func (p *MergePlan) Count(a Action) int {
	n := 0
	for _, c := range p.Changes {
		if c.Action == a {
			n++
		}
	}
	return n
}

// writes reports whether applying the plan stores any record.
func (p *MergePlan) writes() bool {
	for _, c := range p.Changes {
		if c.Take {
			return true
		}
	}
	return false
}

// Plan tells, without changing anything, what applying the verified package to db would do for
// the school year the user has open.
func Plan(db *store.DB, p *Package, year model.SchoolYear) (*MergePlan, error) {
	state, err := checkPeer(db, p, year)
	if err != nil {
		return nil, err
	}
	_, known := state.Peers[p.Manifest.Installation]
	mark := advance(state, p, db.Installation()).state.ackMark(p.Manifest.Installation)
	var plan *MergePlan
	err = db.View(func(tx *store.Tx) error {
		plan, err = planTx(tx, p, mark, db.Installation())
		return err
	})
	if plan != nil {
		plan.NewPeer = !known
	}
	if err != nil {
		return nil, fmt.Errorf("syncpack: plan: %w", err)
	}
	return plan, nil
}

// Apply merges the verified package into db in one transaction, after a backup: each record
// keeps the greater of the two versions. It returns what it did. Applying the same package
// again finds nothing to do, changes nothing and takes no backup.
func Apply(db *store.DB, p *Package, year model.SchoolYear) (*MergePlan, error) {
	plan, err := Plan(db, p, year)
	if err != nil {
		return nil, err
	}
	state, err := loadState(db)
	if err != nil {
		return nil, fmt.Errorf("syncpack: apply: %w", err)
	}
	next := advance(state, p, db.Installation())
	mark := next.state.ackMark(p.Manifest.Installation)
	if !plan.writes() {
		if !next.changed {
			return plan, nil
		}
		return plan, saveState(db, next.state) // a first package with nothing new, or newer acks
	}
	if _, err := db.Backup(); err != nil {
		return nil, fmt.Errorf("syncpack: apply: %w", err)
	}
	err = db.Update(func(tx *store.Tx) error {
		// Planned again inside the transaction, so nothing changed since the dry run is lost.
		fresh, err := planTx(tx, p, mark, db.Installation())
		if err != nil {
			return err
		}
		fresh.NewPeer, plan = plan.NewPeer, fresh
		for _, c := range plan.Changes {
			if c.Take {
				if err := tx.PutEnvelope(c.Remote); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("syncpack: apply: %w", err)
	}
	// The state follows the records: were it lost, the next import would only report more
	// conflicts, never merge differently.
	return plan, saveState(db, next.state)
}

// checkPeer refuses a package of another school or year, one of this installation, and one
// signed by another key than the sender used before. It returns the sync state.
func checkPeer(db *store.DB, p *Package, year model.SchoolYear) (*syncState, error) {
	m := p.Manifest
	neispuo := m.NEISPUO // a new file without a school takes the sender's
	if school, err := db.School(); err == nil {
		neispuo = school.NEISPUO
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("syncpack: check sender: %w", err)
	}
	if err := CheckSchool(p, neispuo, year); err != nil {
		return nil, err
	}
	if m.Installation == db.Installation() {
		return nil, model.Errorf(CodeOwnPackage, "", "Това е пакет, създаден на този компютър. Изберете пакета, получен от другата страна.")
	}
	state, err := loadState(db)
	if err != nil {
		return nil, fmt.Errorf("syncpack: check sender: %w", err)
	}
	if ps, ok := state.Peers[m.Installation]; ok && ps.Fingerprint != p.Fingerprint {
		return nil, model.Errorf(CodeKeyChanged, "", "Изпращачът „%s“ подписва с друг ключ (отпечатък %s, досега %s). Не прилагайте пакета, преди да се уверите по телефона, че е от него; ако е преинсталирал програмата, изтрийте връзката с него в настройките.", m.Installation, p.Fingerprint, ps.Fingerprint)
	}
	return state, nil
}

// nextState is the sync state after applying a package, and whether it differs.
type nextState struct {
	state   *syncState
	changed bool
}

// advance records the package as applied and what it acknowledges of this file's packages.
func advance(s *syncState, p *Package, self string) nextState {
	m := p.Manifest
	old := s.Peers[m.Installation]
	ps := peerState{Fingerprint: p.Fingerprint, Applied: max(old.Applied, m.Sequence), Acked: old.Acked}
	if ack, ok := m.Acks[self]; ok {
		ps.Acked = max(old.Acked, ack)
	}
	_, known := s.Peers[m.Installation]
	s.Peers[m.Installation] = ps
	return nextState{state: s, changed: !known || ps != old}
}
