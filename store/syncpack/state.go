package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// stateKey is the setting in which a data file remembers its exchanges.
const stateKey = "syncpack"

// maxMarks bounds how many written packages the state remembers; a peer that acknowledges an
// older one only sees more conflicts reported, never a different result.
const maxMarks = 50

// syncState is what a data file remembers of its exchanges with other installations.
type syncState struct {
	Sequence uint64               `json:"sequence"` // the last package this file wrote
	Marks    map[uint64]Version   `json:"marks"`    // the greatest version each written package carried
	Peers    map[string]peerState `json:"peers"`    // by installation ID
}

// peerState is what a data file knows about one installation it has applied packages from.
type peerState struct {
	Fingerprint string `json:"fingerprint"` // of the key its first package was signed with
	Applied     uint64 `json:"applied"`     // Sequence of the last of its packages applied here
	Acked       uint64 `json:"acked"`       // the last of this file's packages it has applied
	// Settled are the conflicts with this peer the user has decided, by "kind/id": applying
	// a package again must not ask again nor undo the decision.
	Settled map[string]settled `json:"settled,omitempty"`
}

// settled is a decided conflict: the peer's version that was considered, and the version this
// file kept. Once the peer acknowledges a package carrying Local, it is forgotten.
type settled struct {
	Remote Version `json:"remote"`
	Local  Version `json:"local"`
}

// refKey is the key of a record in peerState.Settled.
func refKey(kind model.Kind, id model.ID) string { return string(kind) + "/" + string(id) }

// ackMark is the greatest version the peer is known to have received from this file: every
// local version above it is a change the peer has not seen.
func (s *syncState) ackMark(peer string) Version {
	return s.Marks[s.Peers[peer].Acked]
}

// settle remembers the user's decision of a conflict with peer.
func (s *syncState) settle(peer string, c Change, local Version) {
	ps := s.Peers[peer]
	if ps.Settled == nil {
		ps.Settled = map[string]settled{}
	}
	ps.Settled[refKey(c.Remote.Meta.Kind, c.Remote.Meta.ID)] = settled{Remote: c.Remote.Meta.Version, Local: local}
	s.Peers[peer] = ps
}

// forgetSeen drops the decisions the peer has already received: its packages now carry them.
func (s *syncState) forgetSeen(peer string) {
	ps := s.Peers[peer]
	mark := s.ackMark(peer)
	for k, d := range ps.Settled {
		if d.Local.Compare(mark) <= 0 {
			delete(ps.Settled, k)
		}
	}
}

// settings reads the file's settings, from the file or inside a transaction.
type settings interface {
	Setting(key string) (string, error)
}

// loadState reads the state, empty when the file has never exchanged packages.
func loadState(db settings) (*syncState, error) {
	s := &syncState{Marks: map[uint64]Version{}, Peers: map[string]peerState{}}
	raw, err := db.Setting(stateKey)
	if errors.Is(err, store.ErrNotFound) {
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

// encode returns the state as the setting's value, forgetting the oldest marks.
func (s *syncState) encode() (string, error) {
	for seq := range s.Marks {
		if seq+maxMarks <= s.Sequence {
			delete(s.Marks, seq)
		}
	}
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
