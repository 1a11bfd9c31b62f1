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
	Base  `json:"base"` // embedded with a name tag
	In    []inner       `json:"In"`
	Twice int           `json:"In"`
	When  time.Time     // has its own encoding, but the field still needs a tag
	Skip  int           `json:"-"`
	priv  int
}

func TestProblems(t *testing.T) {
	got, walked := jsontag.Problems(reflect.TypeFor[*outer]())
	want := []string{"Base: an embedded", "inner.B", "both stored as \"In\"", "outer.When"}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("problems %q lack %q", got, w)
		}
	}
	if len(got) != len(want) || walked != 3 {
		t.Errorf("%d problems %q in %d types, want %d in 3 (outer, Base, inner)", len(got), got, walked, len(want))
	}
}
