// Package collation orders people's and groups' names as a Bulgarian reader expects: by the
// Bulgarian alphabet (CLDR „bg“ through golang.org/x/text/collate), not by the bytes of UTF-8,
// in which every capital comes before every small letter.
//
// model stays on the standard library (internal/archtest), so the lists that people read are
// sorted here, below the UI: in store, store/forms, store/sheets, cmd and ui.
package collation

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A collate.Collator keeps buffers and is not safe for concurrent use: one per goroutine at a
// time, from the pool.
var pool = sync.Pool{New: func() any { return collate.New(language.Bulgarian) }}

// Compare orders a and b by the Bulgarian alphabet: -1, 0 or +1. Names equal to the collator
// (differing only where Bulgarian order ignores) are ordered by their bytes, so a sort is total
// and the same on every computer.
func Compare(a, b string) int {
	c := pool.Get().(*collate.Collator)
	r := c.CompareString(a, b)
	pool.Put(c)
	if r != 0 {
		return r
	}
	return strings.Compare(a, b)
}

// Less reports whether a comes before b in Bulgarian order; for sort.Slice.
func Less(a, b string) bool { return Compare(a, b) < 0 }

// SortFunc sorts s in place by the Bulgarian order of name(e), stably.
func SortFunc[E any](s []E, name func(E) string) {
	slices.SortStableFunc(s, func(a, b E) int { return Compare(name(a), name(b)) })
}
