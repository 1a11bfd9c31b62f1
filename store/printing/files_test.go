package printing_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// TestFiles_SheetsOfAQuarter: a package for upload carries the quarter's spreadsheets, each
// under forms/, each a real XLSX (a ZIP), and no PDF.
func TestFiles_SheetsOfAQuarter(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 40, Seed: 1})
	q := printing.Quarters(d.Programme.Year)[1]
	jobs := printing.Jobs(d, printing.Options{Quarter: q})
	files, err := printing.Files(printing.Sheets(jobs))
	if err != nil {
		t.Fatal(err)
	}
	var team, docs bool
	for name, b := range files {
		if !strings.HasPrefix(name, "forms/") || !strings.HasSuffix(name, ".xlsx") {
			t.Errorf("entry %q: want forms/….xlsx only", name)
		}
		if len(b) < 4 || string(b[:2]) != "PK" {
			t.Errorf("entry %q is not an XLSX (ZIP) file", name)
		}
		team = team || strings.Contains(name, "team")
		docs = docs || strings.Contains(name, "docs")
	}
	if !team || !docs {
		t.Errorf("entries %v: want the quarter's Team and Docs workbooks", keys(files))
	}
	if len(files) >= len(jobs) {
		t.Errorf("%d entries of %d jobs: the PDFs were not left out", len(files), len(jobs))
	}
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
