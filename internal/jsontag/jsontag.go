// Package jsontag checks that the types of a persisted format name every JSON key in a tag, so
// that renaming a Go field cannot rename a stored key (docs/notes.md, issue #21: the format's
// versioning rule). Tests of model, store and syncpack call it on their stored types.
package jsontag

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
)

// EncodesItself reports whether t has its own encoding, so its fields are not in the format.
func EncodesItself(t reflect.Type) bool {
	return t.Implements(textMarshaler) || t.Implements(jsonMarshaler) ||
		reflect.PointerTo(t).Implements(textMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler)
}

// Problems walks the types reachable from roots (through pointers, slices, arrays and maps) and
// returns, for every struct field encoding/json writes, what breaks the rule: no tag naming the
// key, an embedded struct with a name tag (it would nest its fields under a new key), or two
// fields stored under one key. Types with their own encoding are not entered. It also returns
// how many struct types it walked.
func Problems(roots ...reflect.Type) (problems []string, walked int) {
	seen := map[reflect.Type]bool{}
	var walk func(ty reflect.Type, path string)
	walk = func(ty reflect.Type, path string) {
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(ty.Elem(), path)
			return
		case reflect.Map:
			walk(ty.Key(), path)
			walk(ty.Elem(), path)
			return
		case reflect.Struct:
		default:
			return
		}
		if seen[ty] || EncodesItself(ty) {
			return
		}
		seen[ty] = true
		names := map[string]string{}
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			tag, hasTag := f.Tag.Lookup("json")
			name, _, _ := strings.Cut(tag, ",")
			switch {
			case !f.IsExported() && !f.Anonymous:
				continue // encoding/json skips it
			case f.Anonymous && name != "":
				problems = append(problems, fmt.Sprintf("%s.%s: an embedded struct with a name tag nests its fields under a new key", ty.Name(), f.Name))
			case !f.Anonymous && (!hasTag || name == ""):
				problems = append(problems, fmt.Sprintf("%s.%s (in %s): no json tag naming the field; add `json:\"%s\"`", ty.Name(), f.Name, path, f.Name))
			case name != "-" && names[name] != "":
				problems = append(problems, fmt.Sprintf("%s: fields %s and %s are both stored as %q", ty.Name(), names[name], f.Name, name))
			}
			if name != "" {
				names[name] = f.Name
			}
			if name != "-" {
				walk(f.Type, path+"."+f.Name)
			}
		}
	}
	for _, r := range roots {
		walk(r, r.String())
	}
	return problems, len(seen)
}
