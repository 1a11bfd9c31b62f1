package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
)

// Version is a hybrid logical clock: the wall time of the change in unix milliseconds, a
// counter for changes within the same millisecond (or while the clock is behind), and the
// installation that made it. Versions of one file only grow, even when the clock goes back.
type Version struct {
	Wall    int64  `json:"wall"` // unix ms
	Logical uint32 `json:"logical"`
	Node    string `json:"node"` // installation ID
}

// Compare orders versions by wall time, then counter, then node: −1, 0 or +1.
func (v Version) Compare(o Version) int {
	if c := cmp.Compare(v.Wall, o.Wall); c != 0 {
		return c
	}
	if c := cmp.Compare(v.Logical, o.Logical); c != 0 {
		return c
	}
	return cmp.Compare(v.Node, o.Node)
}

// IsZero reports whether v is the zero version (never issued).
func (v Version) IsZero() bool { return v == Version{} }

// String formats the version as wall.logical@node, e.g. 1763890000000.0@4f1c…
func (v Version) String() string { return fmt.Sprintf("%d.%d@%s", v.Wall, v.Logical, v.Node) }

// MaxVersionAhead bounds how far ahead of this file's clock a received version may be
// (PutEnvelope): a hybrid logical clock follows the greatest version it has seen.
const MaxVersionAhead = 24 * time.Hour

// tick issues the next version of a local change: the send rule of an HLC.
func tick(last Version, now time.Time, node string) Version {
	wall := now.UnixMilli()
	if wall > last.Wall {
		return Version{Wall: wall, Node: node}
	}
	return Version{Wall: last.Wall, Logical: last.Logical + 1, Node: node}
}

// receive advances the clock past a version received from another installation: the receive
// rule of an HLC, so the next local change is ordered after everything merged.
func receive(last, remote Version, now time.Time, node string) Version {
	wall := max(last.Wall, remote.Wall, now.UnixMilli())
	var logical uint32
	switch {
	case wall == last.Wall && wall == remote.Wall:
		logical = max(last.Logical, remote.Logical) + 1
	case wall == last.Wall:
		logical = last.Logical + 1
	case wall == remote.Wall:
		logical = remote.Logical + 1
	}
	return Version{Wall: wall, Logical: logical, Node: node}
}

// lastVersion reads the clock persisted in meta, so it never goes back across restarts.
func lastVersion(tx *bbolt.Tx) (Version, error) {
	var v Version
	raw, err := getMeta(tx, keyClock)
	if err != nil || raw == nil {
		return v, err
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, fmt.Errorf("read clock: %w", err)
	}
	return v, nil
}

// saveVersion persists the clock.
func saveVersion(tx *bbolt.Tx, v Version) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return putMeta(tx, keyClock, raw)
}
