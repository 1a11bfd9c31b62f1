package sheets_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// An anonymised year (model.Anonymise, issue #13) still writes the microdata of the same
// participants: every row but its names, ЕГН and phone (B–E, L; G is the template's age formula)
// is the same, as a multiset — the class order sorts by the pseudonyms now.
func TestWriteMicrodata_AnonymisedYearKeepsTheIndicators(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 120, Seed: 9})
	rows := func(d *model.YearData) []string {
		f := microdata(t, d)
		all, err := f.GetRows("tablica")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range all[2:] {
			if len(r) < 2 || strings.TrimSpace(r[1]) == "" || r[1] == "-" {
				continue // the template's empty rows
			}
			var keep []string
			for c, v := range r {
				switch c {
				case 0, 1, 2, 3, 4, 6, 11: // №, names, ЕГН, age formula, phone
				default:
					keep = append(keep, v)
				}
			}
			out = append(out, strings.Join(keep, "|"))
		}
		slices.Sort(out)
		return out
	}
	before, after := rows(d), rows(model.Anonymise(d))
	if len(before) < 50 {
		t.Fatalf("only %d participants in the demo: the test proves little", len(before))
	}
	if !slices.Equal(before, after) {
		t.Errorf("%d rows before, %d after; first difference:", len(before), len(after))
		for i := range min(len(before), len(after)) {
			if before[i] != after[i] {
				t.Errorf("before %s\nafter  %s", before[i], after[i])
				break
			}
		}
	}
}
