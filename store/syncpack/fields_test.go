package syncpack_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func TestFieldLabel(t *testing.T) {
	tests := []struct{ name, path, want string }{
		{"Known", "Grade", "Клас"},
		{"Nested", "Name.First", "Име › собствено"},
		{"IndexCountsFromOne", "Members[2]", "Членове 3"},
		{"UnknownKept", "Frobnicate.Last", "Frobnicate › фамилия"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := syncpack.FieldLabel(tt.path); got != tt.want {
				t.Errorf("FieldLabel(%q) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}
