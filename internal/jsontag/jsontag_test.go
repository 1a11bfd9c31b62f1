package jsontag_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/internal/jsontag"
)

type inner struct {
	A int `json:"A"`
	B int // untagged, reached through a slice
}

type Base struct {
	X int `json:"X"`
}

type outer struct {
	Base `json:"base"` // embedded with a name tag
	In   []inner       `json:"In"`
	When time.Time     // has its own encoding, but the field still needs a tag
	Skip int           `json:"-"`
	priv int
}

func TestProblems(t *testing.T) {
	// Two fields under one key, built at run time: vet refuses the same tag twice in source.
	twice := reflect.StructOf([]reflect.StructField{
		{Name: "O", Type: reflect.TypeFor[outer]()},
		{Name: "A", Type: reflect.TypeFor[int](), Tag: `json:"In"`},
		{Name: "B", Type: reflect.TypeFor[int](), Tag: `json:"In"`},
	})
	got, walked := jsontag.Problems(twice)
	want := []string{"Base: an embedded", "inner.B", "both stored as \"In\"", "outer.When", ".O (in "}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("problems %q lack %q", got, w)
		}
	}
	if len(got) != len(want) || walked != 4 {
		t.Errorf("%d problems %q in %d types, want %d in 4 (the built one, outer, Base, inner)", len(got), got, walked, len(want))
	}
}
