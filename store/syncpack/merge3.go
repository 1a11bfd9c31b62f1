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
)

// fieldMerge is the outcome of merging the data of two concurrent versions of a record.
type fieldMerge struct {
	data      json.RawMessage
	conflicts []string // fields both sides changed, differently: the user is asked
	mine      []string // fields only this file changed
	theirs    []string // fields only the sender changed
}

// merge3 merges the data of two versions of a record against their common version base (nil
// when it is not known): a field changed on one side only takes that side's value; a field both
// changed to different values is a conflict, decided by theirs(field). Objects are merged field
// by field; a list or a single value is one field, so two different edits of one list conflict.
func merge3(base, mine, theirs json.RawMessage, pickTheirs func(field string) bool) (fieldMerge, error) {
	var b any = unknown
	if base != nil {
		var v any // decoded apart: Decode would fill the struct the marker points to
		if err := decodeAny(base, &v); err != nil {
			return fieldMerge{}, fmt.Errorf("merge: common version: %w", err)
		}
		b = v
	}
	var l, r any
	if err := decodeAny(mine, &l); err != nil {
		return fieldMerge{}, fmt.Errorf("merge: this file's version: %w", err)
	}
	if err := decodeAny(theirs, &r); err != nil {
		return fieldMerge{}, fmt.Errorf("merge: the sender's version: %w", err)
	}
	m := fieldMerge{}
	out := m.merge("", b, l, r, pickTheirs)
	data, err := json.Marshal(out)
	if err != nil {
		return fieldMerge{}, fmt.Errorf("merge: encode: %w", err)
	}
	m.data = data
	return m, nil
}

// merge merges one field (path) of the three versions. Objects are walked down to their
// leaves, so a merge names the very fields each side changed.
func (m *fieldMerge) merge(path string, b, l, r any, pickTheirs func(string) bool) any {
	if same(l, r) {
		return l
	}
	lo, lok := l.(map[string]any)
	ro, rok := r.(map[string]any)
	if lok && rok {
		return m.mergeObjects(path, b, lo, ro, pickTheirs)
	}
	switch {
	case same(l, b):
		m.theirs = append(m.theirs, path)
		return r
	case same(r, b):
		m.mine = append(m.mine, path)
		return l
	}
	m.conflicts = append(m.conflicts, path)
	if pickTheirs(path) {
		return r
	}
	return l
}

// mergeObjects merges two objects field by field.
func (m *fieldMerge) mergeObjects(path string, b any, lo, ro map[string]any, pickTheirs func(string) bool) any {
	out := map[string]any{}
	keys := make([]string, 0, len(lo)+len(ro))
	for k := range lo {
		keys = append(keys, k)
	}
	for k := range ro {
		if _, ok := lo[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		p := k
		if path != "" {
			p = path + "." + k
		}
		if v := m.merge(p, field(b, k), field(lo, k), field(ro, k), pickTheirs); v != absent {
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
