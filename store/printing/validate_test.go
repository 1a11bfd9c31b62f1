package printing_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// TestValidated_WarnsOfARowThePortalRefuses: a supporting document entered without its number
// is named before Docs.xlsx is written, and the file is written all the same; the demo as
// generated warns of nothing.
func TestValidated_WarnsOfARowThePortalRefuses(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 1})
	q := printing.Quarters(d.Programme.Year)[2]
	run := func() (warned []string, written int) {
		jobs := printing.Validated(printing.Sheets(printing.Jobs(d, printing.Options{Quarter: q})), func(file string, p sheets.Problem) {
			warned = append(warned, file+": "+p.String())
		})
		for _, j := range jobs {
			var buf bytes.Buffer
			if err := j.Write(&buf); err != nil {
				t.Fatal(err)
			}
			if buf.Len() > 0 {
				written++
			}
		}
		return warned, written
	}
	if w, _ := run(); len(w) != 0 {
		t.Fatalf("the demo: %d warnings, first %q", len(w), w[0])
	}
	var spoilt bool
	for i := range d.Expenses {
		e := &d.Expenses[i]
		if e.DocDate.Y == q.Y && (int(e.DocDate.M)-1)/3+1 == q.Q && len(e.SupportingDocs) > 1 && e.SupportingDocs[1].Present {
			e.SupportingDocs[1].Number = ""
			spoilt = true
			break
		}
	}
	if !spoilt {
		t.Fatal("no expense of the quarter with a supporting document")
	}
	w, n := run()
	if len(w) != 1 || !strings.Contains(w[0], "docs-"+q.Name()) || !strings.Contains(w[0], "Уникален номер") {
		t.Errorf("warnings %q, want one of Docs.xlsx's „Уникален номер“", w)
	}
	if n == 0 {
		t.Error("nothing written")
	}
}
