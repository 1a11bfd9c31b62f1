package syncpack

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
)

// vector is a version vector: for each installation, the greatest version of its changes that a
// state of a record incorporates. One state happened before another when its vector is covered
// by the other's; two states neither of which covers the other are concurrent — both sides
// changed the record without seeing the other's change, whatever the clocks said.
type vector map[string]Version

// of returns the vector of a single version: the state made by that change alone as far as
// this file can tell.
func vectorOf(v Version) vector {
	if v.IsZero() {
		return vector{}
	}
	return vector{v.Node: v}
}

// covers reports whether every change o incorporates is in v too (o happened before v, or is v).
func (v vector) covers(o vector) bool {
	for node, ov := range o {
		if vv, ok := v[node]; !ok || vv.Compare(ov) < 0 {
			return false
		}
	}
	return true
}

// equal reports whether both vectors incorporate the same changes.
func (v vector) equal(o vector) bool { return v.covers(o) && o.covers(v) }

// join returns the vector of a state that incorporates both.
func (v vector) join(o vector) vector {
	out := maps.Clone(v)
	if out == nil {
		out = vector{}
	}
	out.add(o)
	return out
}

// add merges o into v.
func (v vector) add(o vector) {
	for node, ov := range o {
		if cur, ok := v[node]; !ok || cur.Compare(ov) < 0 {
			v[node] = ov
		}
	}
}

// with returns v plus the change version made.
func (v vector) with(made Version) vector { return v.join(vectorOf(made)) }

// top returns the greatest version in the vector: an order among concurrent states that every
// installation computes alike.
func (v vector) top() Version {
	var t Version
	for _, x := range v {
		if x.Compare(t) > 0 {
			t = x
		}
	}
	return t
}

// list returns the versions ordered by installation: the wire form.
func (v vector) list() []Version {
	out := slices.Collect(maps.Values(v))
	slices.SortFunc(out, func(a, b Version) int { return strings.Compare(a.Node, b.Node) })
	return out
}

// vectorFrom builds a vector from its wire form; the greatest version per installation counts.
func vectorFrom(list []Version) vector {
	out := vector{}
	for _, x := range list {
		out.add(vectorOf(x))
	}
	return out
}

// MarshalJSON writes the vector as a list of versions, ordered by installation.
func (v vector) MarshalJSON() ([]byte, error) { return json.Marshal(v.list()) }

// UnmarshalJSON reads the list MarshalJSON writes.
func (v *vector) UnmarshalJSON(b []byte) error {
	var list []Version
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*v = vectorFrom(list)
	return nil
}
