package syncpack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
)

// Markers of the three-way merge: a field one version does not have, and the common version
// of a record whose common version is not known (every field that differs is then a conflict).
var (
	absent  = &struct{ name string }{"absent"}
	unknown = &struct{ name string }{"unknown"}
	deleted = &struct{ name string }{"deleted"} // a tombstone
)

// fieldMerge is the outcome of merging the data of two concurrent versions of a record.
type fieldMerge struct {
	data      json.RawMessage
	conflicts []string // fields both sides changed, differently: the user is asked
	mine      []string // fields only this file changed
	theirs    []string // fields only the sender changed
}

// merge3 merges the data of two versions of a record against their common version base (a
// decoded tree: unknown when it is not known, with unknown leaves where it is not known either):
// a field changed on one side only takes that side's value; a field both changed to different
// values is a conflict, decided by pickTheirs(field). Objects are merged field by field; a list or
// a single value is one field, so two different edits of one list conflict.
func merge3(base any, mine, theirs json.RawMessage, pickTheirs func(field string) bool) (fieldMerge, error) {
	if base == deleted {
		base = unknown // both sides brought back a deleted record: nothing in common
	}
	l, err := decodeTree(mine)
	if err != nil {
		return fieldMerge{}, fmt.Errorf("merge: this file's version: %w", err)
	}
	r, err := decodeTree(theirs)
	if err != nil {
		return fieldMerge{}, fmt.Errorf("merge: the sender's version: %w", err)
	}
	m := fieldMerge{}
	out := m.merge("", base, l, r, func(path string, l, r any) any {
		m.conflicts = append(m.conflicts, path)
		if pickTheirs(path) {
			return r
		}
		return l
	})
	data, err := json.Marshal(out)
	if err != nil {
		return fieldMerge{}, fmt.Errorf("merge: encode: %w", err)
	}
	m.data = data
	return m, nil
}

// tree decodes the data of a state of a record; a tombstone is deleted.
func tree(isDeleted bool, data json.RawMessage) (any, error) {
	if isDeleted {
		return deleted, nil
	}
	return decodeTree(data)
}

// decodeTree decodes JSON data keeping numbers as written.
func decodeTree(data json.RawMessage) (any, error) {
	var v any // decoded apart: Decode into a variable holding a marker would fill the marker
	if err := decodeAny(data, &v); err != nil {
		return nil, err
	}
	return v, nil
}

// merge merges one field (path) of the three versions. Objects are walked down to their
// leaves, so a merge names the very fields each side changed.
func (m *fieldMerge) merge(path string, b, l, r any, conflict func(path string, l, r any) any) any {
	if same(l, r) {
		return l
	}
	lo, lok := l.(map[string]any)
	ro, rok := r.(map[string]any)
	if lok && rok {
		return m.mergeObjects(path, b, lo, ro, conflict)
	}
	switch {
	case same(l, b):
		m.theirs = append(m.theirs, path)
		return r
	case same(r, b):
		m.mine = append(m.mine, path)
		return l
	}
	return conflict(path, l, r)
}

// mergeObjects merges two objects field by field.
func (m *fieldMerge) mergeObjects(path string, b any, lo, ro map[string]any, conflict func(string, any, any) any) any {
	out := map[string]any{}
	for _, k := range keysOf(lo, ro) {
		p := k
		if path != "" {
			p = path + "." + k
		}
		if v := m.merge(p, field(b, k), field(lo, k), field(ro, k), conflict); v != absent {
			out[k] = v
		}
	}
	return out
}

// field returns the field k of the JSON value v: absent when v is an object without it or no
// object at all, unknown when v is.
func field(v any, k string) any {
	if v == unknown {
		return unknown
	}
	if o, ok := v.(map[string]any); ok {
		if x, ok := o[k]; ok {
			return x
		}
	}
	return absent
}

// same reports whether two decoded JSON values are equal; unknown equals nothing.
func same(a, b any) bool {
	if a == unknown || b == unknown {
		return false
	}
	return reflect.DeepEqual(a, b)
}

// common returns the common version of two concurrent states of a record with vectors lvv and
// rvv, as a tree for merge3, from the past states kept here and those the sender kept: the
// states both incorporate. When the latest of them are themselves concurrent (a change reached
// both sides by two ways, and each merged the two), they are merged as every installation merges
// them without a user's choice: against their own common version, a field both changed going to
// the later. A guess wrong for a field (a user chose the other value) makes a merge show a
// conflict or take the side that differs from the guess — never one that differs from it less.
func common(lvv, rvv vector, kept []baseState) (any, error) {
	var cands []baseState
	for _, b := range kept {
		if lvv.covers(b.VV) && rvv.covers(b.VV) {
			cands = append(cands, b)
		}
	}
	return virtualBase(cands)
}

// virtualBase merges the latest of the candidates, each a state all others incorporate or are
// concurrent with; unknown when there is none.
func virtualBase(cands []baseState) (any, error) {
	var latest []baseState
	for i, c := range cands {
		later := slices.ContainsFunc(latest, func(d baseState) bool { return d.VV.equal(c.VV) })
		for j, d := range cands {
			if i != j && d.VV.covers(c.VV) && !c.VV.equal(d.VV) {
				later = true
			}
		}
		if !later {
			latest = append(latest, c)
		}
	}
	if len(latest) == 0 {
		return unknown, nil
	}
	slices.SortFunc(latest, func(a, b baseState) int { return a.VV.top().Compare(b.VV.top()) })
	v, err := tree(latest[0].Deleted, latest[0].Data)
	if err != nil {
		return nil, err
	}
	vv := latest[0].VV
	for _, c := range latest[1:] {
		var below []baseState
		for _, d := range cands {
			if vv.covers(d.VV) && c.VV.covers(d.VV) {
				below = append(below, d)
			}
		}
		b, err := virtualBase(below)
		if err != nil {
			return nil, err
		}
		ct, err := tree(c.Deleted, c.Data)
		if err != nil {
			return nil, err
		}
		if b == deleted {
			b = unknown
		}
		var m fieldMerge // c is the later (sorted by top): it wins a field both changed
		v = m.merge("", b, v, ct, func(_ string, _, r any) any { return r })
		vv = vv.join(c.VV)
	}
	return v, nil
}

// sameData reports whether two versions hold the same record (or are both deletions).
func sameData(a, b Envelope) bool {
	if a.Meta.Deleted || b.Meta.Deleted {
		return a.Meta.Deleted == b.Meta.Deleted
	}
	if bytes.Equal(a.Data, b.Data) {
		return true
	}
	var x, y any
	if decodeAny(a.Data, &x) != nil || decodeAny(b.Data, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// decodeAny decodes JSON keeping numbers as written.
func decodeAny(b []byte, into *any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return dec.Decode(into)
}

// keysOf returns the keys of a and b together, each once, sorted: the fields of two versions of
// a record, so that they are compared in the same order on every computer.
func keysOf[V any](a, b map[string]V) []string {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
