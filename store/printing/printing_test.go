package printing_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

func TestQuarters_SeptemberToAugust(t *testing.T) {
	var names []string
	for _, q := range printing.Quarters(2025) {
		names = append(names, q.Name())
	}
	if got, want := strings.Join(names, " "), "2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3"; got != want {
		t.Errorf("quarters %q, want %q", got, want)
	}
}

func TestLatinName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"grp-0001", "grp-0001"},
		{"група 1/А", "------1--"},
		{"", "x"},
	} {
		if got := printing.LatinName(tc.in); got != tc.want {
			t.Errorf("LatinName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// kinds returns the kinds of the jobs, each once, in order.
func kinds(jobs []printing.Job) []string {
	var out []string
	for _, j := range jobs {
		if !slices.Contains(out, j.Kind) {
			out = append(out, j.Kind)
		}
	}
	return out
}

func TestJobs_QuarterOnlyItsDocuments(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 2})
	demo.OtherProgrammes(d) // every kind of the whole year has a file
	q := printing.Quarter{Y: 2025, Q: 4}
	jobs := printing.Jobs(d, printing.Options{Quarter: q})
	for _, j := range jobs {
		switch j.Kind {
		case "inventory", "team", "docs":
			if !strings.Contains(j.Name, "2025-Q4") {
				t.Errorf("%s is not of the quarter", j.Name)
			}
		case "application", "programme", "councilreport", "card", "survey", "budget", "schoolprogramme", "microdata", "waiting",
			"innovationcontract", "innovationannex", "projectreport":
			t.Errorf("a document of the whole year in a quarter's batch: %s", j.Name)
		}
	}
	for _, ts := range d.Timesheets {
		in := ts.Month.Y == 2025 && ts.Month.M >= 10
		has := slices.ContainsFunc(jobs, func(j printing.Job) bool { return j.Name == "timesheet-"+printing.LatinName(string(ts.ID))+".pdf" })
		if in != has {
			t.Errorf("timesheet of %s: in the batch %v, want %v", ts.Month, has, in)
		}
	}
	whole := printing.Jobs(d, printing.Options{})
	if got := kinds(whole); len(got) < len(printing.Kinds)-1 { // no budget workbook without a budget
		t.Errorf("the whole year prints only %v", got)
	}
	if len(whole) <= len(jobs) {
		t.Errorf("the year has %d documents, the quarter %d", len(whole), len(jobs))
	}
}

func TestWriteAll_ProgressAndAtomicFiles(t *testing.T) {
	dir := t.TempDir()
	boom := errors.New("boom")
	jobs := []printing.Job{
		{Kind: "a", Name: "a-1.pdf", Write: func(w io.Writer) error { _, err := io.WriteString(w, "%PDF"); return err }},
		{Kind: "b", Name: "b-1.xlsx", Write: func(w io.Writer) error { io.WriteString(w, "half"); return boom }},
	}
	var seen []string
	s, err := printing.WriteAll(context.Background(), dir, jobs, func(done, total int, name string) {
		seen = append(seen, name)
	})
	if !errors.Is(err, boom) || len(s.Files) != 1 || s.ByKind["a"] != 1 {
		t.Fatalf("summary %+v, err %v", s, err)
	}
	if got := strings.Join(seen, ","); got != "a-1.pdf,b-1.xlsx" {
		t.Errorf("progress saw %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "a-1.pdf" {
		t.Errorf("the folder holds %v; a failed document must leave nothing", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, "b-1.xlsx")); err == nil {
		t.Error("half a workbook was left")
	}
}

// TestJobs_NoInventoryOfAnEmptyQuarter: the year's batch prints the inventory of each quarter with
// documents and leaves out one without; asked for by name, an empty quarter is printed.
func TestJobs_NoInventoryOfAnEmptyQuarter(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 2})
	empty := printing.Quarter{Y: 2025, Q: 4}
	kept := d.Expenses[:0]
	for _, e := range d.Expenses {
		if !(e.DocDate.Y == 2025 && e.DocDate.M >= 10) {
			kept = append(kept, e)
		}
	}
	d.Expenses = kept
	jobs := printing.Jobs(d, printing.Options{})
	for _, q := range printing.Quarters(d.Programme.Year) {
		inv, err := model.InventoryOf(d, q.Y, q.Q)
		if err != nil {
			t.Fatal(err)
		}
		has := slices.ContainsFunc(jobs, func(j printing.Job) bool { return j.Name == "inventory-"+q.Name()+".pdf" })
		if has != (len(inv.Activities) > 0) {
			t.Errorf("%s: inventory in the batch %v, documents %d", q.Name(), has, len(inv.Activities))
		}
	}
	if slices.ContainsFunc(jobs, func(j printing.Job) bool { return j.Name == "inventory-2025-Q4.pdf" }) {
		t.Error("the empty 2025-Q4 has an inventory in the year's batch")
	}
	byName := printing.Jobs(d, printing.Options{Quarter: empty})
	if !slices.ContainsFunc(byName, func(j printing.Job) bool { return j.Name == "inventory-2025-Q4.pdf" }) {
		t.Error("the quarter asked for by name has no inventory")
	}
}
