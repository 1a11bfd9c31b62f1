package store

import (
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/internal/jsontag"
)

// TestStoredFormat_EveryFieldTagged: the store's own JSON — the envelope of every record and the
// settings it keeps as JSON (a year's closing and its reopenings) — names every key in a tag.
func TestStoredFormat_EveryFieldTagged(t *testing.T) {
	problems, _ := jsontag.Problems(reflect.TypeFor[stored](), reflect.TypeFor[Closing](), reflect.TypeFor[[]Reopening]())
	for _, p := range problems {
		t.Error(p)
	}
}
