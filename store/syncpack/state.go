package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// stateKey is the setting in which a data file remembers its exchanges.
const stateKey = "syncpack"

// syncState is what a data file remembers of its exchanges with other installations; what it
// knows of each record is in the record's trail (trail.go).
type syncState struct {
	Format   int                  `json:"format,omitempty"` // stateFormat; 0 for the first format
	Sequence uint64               `json:"sequence"`         // the last package this file wrote
	Marks    map[uint64]Version   `json:"marks,omitempty"`  // format 1: the greatest version each written package carried
	Peers    map[string]peerState `json:"peers"`            // by installation ID
	// Packages are the last packages this file wrote, by Sequence: which records each carried.
	Packages map[uint64]writtenPackage `json:"packages,omitempty"`

	received map[int]vector // format 1: what the file received, by yearKey (legacy.go)
}

// writtenPackage is what a package of this file carried: the records of Year (and those without
// a year), all of them or only those the installation Since was not known to hold.
type writtenPackage struct {
	Year  int    `json:"year"`
	Since string `json:"since,omitempty"`
	// LeftOut are the kinds the package did not carry (its addressee's role does not read them):
	// acknowledging it tells nothing of their records.
	LeftOut []model.Kind `json:"left_out,omitempty"`
}

// carried reports whether package seq, acknowledged by peer, gave it every record of year (0:
// a record every package carries) that this file had sent before, or a later state of it: a
// whole package of that year carried them all, and one --since that peer left out only what the
// peer held.
func (s *syncState) carried(seq uint64, year int, peer string, kind model.Kind) bool {
	p, ok := s.Packages[seq]
	return ok && (p.Since == "" || p.Since == peer) && (year == 0 || p.Year == year) && !slices.Contains(p.LeftOut, kind)
}

// peerState is what a data file knows about one installation it has applied packages from.
type peerState struct {
	Fingerprint string `json:"fingerprint"` // of the key its first package was signed with
	Applied     uint64 `json:"applied"`     // Sequence of the last of its packages applied here
	Acked       uint64 `json:"acked"`       // the last of this file's packages it has applied
	// AckedSeqs are the packages of this file it is known to have applied (the last ones): a
	// record's state carried by one of them is held by the peer.
	AckedSeqs []uint64 `json:"acked_seqs,omitempty"`
	// Settled are, in format 1, the conflicts with this peer the user had decided, by "kind/id";
	// the migration to format 2 turns them into the records' vectors.
	Settled map[string]settled `json:"settled,omitempty"`
	// Role is the peer's role, chosen when it was paired: what its packages carry (minimisation)
	// and whether its packages may change special-category parts. "" for a peer trusted before
	// roles existed: it keeps what it had, the director's whole packages.
	Role model.AccountRole `json:"role,omitempty"`
	// Recipient is the peer's age X25519 public key, exchanged by pairing: packages addressed to
	// it are encrypted to it, and its own packages must come encrypted. "" when not paired.
	Recipient string `json:"recipient,omitempty"`
}

// role is the peer's role, the director's for a peer trusted before roles existed.
func (ps peerState) role() model.AccountRole {
	if ps.Role == "" {
		return model.AccountDirector
	}
	return ps.Role
}

// settled is a decided conflict of format 1: the peer's version that was considered, and the
// version this file kept.
type settled struct {
	Remote Version `json:"remote"`
	Local  Version `json:"local"`
}

// refKey is the key of a record in peerState.Settled.
func refKey(kind model.Kind, id model.ID) string { return string(kind) + "/" + string(id) }

// settings reads the file's settings, from the file or inside a transaction.
type settings interface {
	Setting(key string) (string, error)
}

// loadState reads the state, empty when the file has never exchanged packages.
func loadState(db settings) (*syncState, error) {
	s := &syncState{Marks: map[uint64]Version{}, Peers: map[string]peerState{}}
	raw, err := db.Setting(stateKey)
	if errors.Is(err, store.ErrNotFound) {
		s.Format = stateFormat // a file that never exchanged has nothing to migrate
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load sync state: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), s); err != nil {
		return nil, fmt.Errorf("load sync state: %w", err)
	}
	if s.Marks == nil {
		s.Marks = map[uint64]Version{}
	}
	if s.Peers == nil {
		s.Peers = map[string]peerState{}
	}
	return s, nil
}

// encode returns the state as the setting's value.
func (s *syncState) encode() (string, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return "", fmt.Errorf("save sync state: %w", err)
	}
	return string(b), nil
}

// saveStateTx writes the state inside tx, so it is saved with the records it describes. An
// unchanged state is not written.
func saveStateTx(tx *store.Tx, s *syncState) error {
	v, err := s.encode()
	if err != nil {
		return err
	}
	if old, err := tx.Setting(stateKey); err == nil && old == v {
		return nil
	}
	if err := tx.PutSetting(stateKey, v); err != nil {
		return fmt.Errorf("save sync state: %w", err)
	}
	return nil
}
