package syncpack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Conflict is what the user needs to decide a conflict: both versions of the record, and the
// fields in which they differ.
type Conflict struct {
	Name   string // the record's name, title or number (its ID when it has none)
	Mine   Side   // this file's version
	Theirs Side   // the sender's version
	Fields []FieldDiff
	// Note says in words what kind of conflict it is when it is not one of fields: a deletion
	// on one side and a change on the other, or an approved month.
	Note string
}

// Side is one version of a record in conflict.
type Side struct {
	Record  model.Record // decoded; nil when deleted (or when its data cannot be decoded)
	Deleted bool
	By      string    // who made the change
	Updated time.Time // when
	// Summary names the record and who changed it when, e.g.
	// „Иван Иванов — промяна от директор, 23.11.2025 09:30“.
	Summary string
}

// FieldDiff is one field whose values differ between the two versions, as text; a field
// missing on one side is "".
type FieldDiff struct {
	Field        string // the path in the record's JSON: Name.First
	Label        string // the same in Bulgarian words where known: Име › собствено
	Mine, Theirs string
}

// describeConflict decodes both versions of a record and lists what differs: every field, or
// only those under the paths of only (the fields both sides changed since their common version).
func describeConflict(local, remote Envelope, only []string) *Conflict {
	mine, theirs := flatten(local), flatten(remote)
	c := &Conflict{Mine: side(local, mine), Theirs: side(remote, theirs)}
	switch {
	case local.Meta.Deleted && !remote.Meta.Deleted:
		c.Note = "изтрит тук, променен там"
	case remote.Meta.Deleted && !local.Meta.Deleted:
		c.Note = "променен тук, изтрит там"
	}
	c.Name = label(remote.Meta.ID, theirs)
	if len(theirs) == 0 {
		c.Name = label(local.Meta.ID, mine) // they deleted it: name it by this file's version
	}
	for _, f := range keysOf(mine, theirs) {
		if mine[f] != theirs[f] && under(f, only) {
			c.Fields = append(c.Fields, FieldDiff{Field: f, Label: FieldLabel(f), Mine: mine[f], Theirs: theirs[f]})
		}
	}
	return c
}

// under reports whether the field path lies under one of paths; every field does when paths is
// nil. "" stands for the whole record.
func under(f string, paths []string) bool {
	if paths == nil {
		return true
	}
	for _, p := range paths {
		if p == "" || f == p || strings.HasPrefix(f, p+".") || strings.HasPrefix(f, p+"[") {
			return true
		}
	}
	return false
}

// side describes one version of a record.
func side(e Envelope, fields map[string]string) Side {
	s := Side{Deleted: e.Meta.Deleted, By: e.Meta.By, Updated: e.Meta.Updated}
	if r, err := store.DecodeRecord(e); err == nil {
		s.Record = r
	}
	name := label(e.Meta.ID, fields)
	when := e.Meta.Updated.Local().Format("02.01.2006 15:04")
	if s.Deleted {
		s.Summary = fmt.Sprintf("%s — изтрит от %s, %s", name, orUnknown(e.Meta.By), when)
	} else {
		s.Summary = fmt.Sprintf("%s — промяна от %s, %s", name, orUnknown(e.Meta.By), when)
	}
	return s
}

func orUnknown(by string) string {
	if by == "" {
		return "неизвестен"
	}
	return by
}

// RecordName names the record of e for a person, as a conflict names it: its name, title or
// number, else its ID. A deletion has no fields and is named by its ID.
func RecordName(e Envelope) string { return label(e.Meta.ID, flatten(e)) }

// label names a record for a person: its name when it has one, else its title or number, else
// its ID.
func label(id model.ID, fields map[string]string) string {
	var parts []string
	for _, f := range []string{"Name.First", "Name.Middle", "Name.Last"} {
		if v := fields[f]; v != "" {
			parts = append(parts, v)
		}
	}
	if len(parts) > 0 {
		return strings.Join(parts, " ")
	}
	for _, f := range []string{"Name", "Title", "Topic", "Number", "Description"} {
		if v := fields[f]; v != "" {
			return v
		}
	}
	return string(id)
}

// flatten returns the fields of a record's JSON by path ("Name.First", "Members[2]"), each value
// as text; a tombstone has none.
func flatten(e Envelope) map[string]string {
	out := map[string]string{}
	if e.Meta.Deleted || len(e.Data) == 0 {
		return out
	}
	dec := json.NewDecoder(bytes.NewReader(e.Data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return out
	}
	walkJSON("", v, out)
	return out
}

// walkJSON adds the leaves of v under path to out.
func walkJSON(path string, v any, out map[string]string) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			p := k
			if path != "" {
				p = path + "." + k
			}
			walkJSON(p, x, out)
		}
	case []any:
		for i, x := range t {
			walkJSON(fmt.Sprintf("%s[%d]", path, i), x, out)
		}
	case nil:
		// an absent value: the same as a missing field
	case bool:
		out[path] = map[bool]string{true: "да", false: "не"}[t]
	default:
		out[path] = fmt.Sprint(t)
	}
}
