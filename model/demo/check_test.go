package demo_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// profile reads the default rule profile from the assets folder; model/demo may import only
// model, so the test reads the file instead of importing assets.
func profile(t *testing.T) *model.Profile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "profiles", demo.ProfileID+".json"))
	if err != nil {
		t.Fatalf("read the default rule profile: %v", err)
	}
	p, err := model.ParseProfile(b)
	if err != nil {
		t.Fatalf("parse the default rule profile: %v", err)
	}
	return p
}

// TestGenerate_ChecksFindOnlyTheDeliberateProblems runs every check of the instruction on
// years of several sizes, seeds and currencies after their end: the demo must show exactly
// its three deliberate problems (чл. 101, 104, 98) and nothing else — and, in a year whose
// calendar is not the Minister's order, that its programmes are on an unconfirmed one (чл. 48).
func TestGenerate_ChecksFindOnlyTheDeliberateProblems(t *testing.T) {
	p := profile(t)
	want := []string{"expense_document_missing", "expense_entered_late", "expense_no_project_number"}
	tests := []struct {
		name string
		opts demo.Options
	}{
		{"30 students, group I, up to 80", demo.Options{Students: 30, Seed: 1, Year: 2025}},
		{"81 students, group I, 81–250", demo.Options{Students: 81, Seed: 2, Year: 2025}},
		{"300 students, group II, in leva", demo.Options{Students: 300, Seed: 3, Year: 2024}},
		{"1000 students, group III, 2026/2027", demo.Options{Students: 1000, Seed: 4, Year: 2026}},
		{"3000 students, group III", demo.Options{Students: 3000, Seed: 42, Year: 2025}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := demo.Generate(tt.opts)
			want := want
			if !model.HasMinistryOrder(tt.opts.Year) {
				want = []string{"calendar_unconfirmed", "expense_document_missing", "expense_entered_late", "expense_no_project_number"}
			}
			after := model.NewDate(int(tt.opts.Year)+1, 6, 30)
			var codes []string
			for _, f := range model.Check(p, d, after) {
				codes = append(codes, string(f.Code))
				if !slices.Contains(want, string(f.Code)) {
					t.Errorf("unexpected finding: %s", f)
				}
			}
			slices.Sort(codes)
			if !slices.Equal(codes, want) {
				t.Errorf("findings %v, want %v", codes, want)
			}
		})
	}
}
