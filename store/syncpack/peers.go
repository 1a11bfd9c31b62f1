package syncpack

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// CodeUnknownPeer refuses an export of the changes since a peer this file has never heard from.
const CodeUnknownPeer = "unknown_peer"

// Peer is an installation this file trusts: one whose key the user has accepted.
type Peer struct {
	Installation string
	Fingerprint  string
	Applied      uint64 // its last package applied here (0: trusted, nothing applied yet)
	Acked        uint64 // the last package of this file it has applied
	// Role is what packages for it carry: the role chosen when it was paired, the director's for
	// a peer trusted before roles existed (it keeps today's whole packages).
	Role model.AccountRole
	// Paired reports whether its age recipient is known: packages for it are encrypted, and its
	// own must come encrypted.
	Paired bool
}

// Peers returns the installations this file trusts, by ID.
func Peers(db *store.DB) ([]Peer, error) {
	s, err := loadState(db)
	if err != nil {
		return nil, fmt.Errorf("syncpack: peers: %w", err)
	}
	out := make([]Peer, 0, len(s.Peers))
	for id, ps := range s.Peers {
		out = append(out, Peer{Installation: id, Fingerprint: ps.Fingerprint, Applied: ps.Applied, Acked: ps.Acked,
			Role: ps.role(), Paired: ps.Recipient != ""})
	}
	slices.SortFunc(out, func(a, b Peer) int { return strings.Compare(a.Installation, b.Installation) })
	return out, nil
}

// Trust accepts the key of the verified package's sender, after the user has compared its
// fingerprint with the sender's: its packages are then no longer NewPeer. A sender already
// trusted with another key stays refused (key_changed) until it is forgotten.
func Trust(db *store.DB, p *Package, year model.SchoolYear) error {
	if _, err := checkPeer(db, p, year); err != nil {
		return err
	}
	return db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return fmt.Errorf("syncpack: trust: %w", err)
		}
		if _, ok := s.Peers[p.Manifest.Installation]; ok {
			return nil
		}
		s.Peers[p.Manifest.Installation] = peerState{Fingerprint: p.Fingerprint}
		return saveStateTx(tx, s)
	})
}

// Forget removes a trusted installation, e.g. one reinstalled with a new key: its next package
// is treated as a first one and its fingerprint must be compared again.
func Forget(db *store.DB, installation string) error {
	return db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return fmt.Errorf("syncpack: forget: %w", err)
		}
		if _, ok := s.Peers[installation]; !ok {
			return nil
		}
		delete(s.Peers, installation)
		return saveStateTx(tx, s)
	})
}
