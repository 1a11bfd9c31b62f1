package syncpack

import (
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/internal/jsontag"
)

// TestPackageFormat_EveryFieldTagged: what a package carries (manifest, envelopes) and what the
// file keeps of its exchanges (the sync state with its peers, the trails) name every JSON key in
// a tag, so renaming a Go field cannot change the package format or the kept state (the versioning
// rule in docs/notes.md). A field added without a tag — a peer's role, say — fails here.
func TestPackageFormat_EveryFieldTagged(t *testing.T) {
	problems, _ := jsontag.Problems(reflect.TypeFor[manifestJSON](), reflect.TypeFor[envelopeJSON](),
		reflect.TypeFor[syncState](), reflect.TypeFor[trail]())
	for _, p := range problems {
		t.Error(p)
	}
}
