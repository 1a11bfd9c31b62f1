package printing_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// TestJobs_Art104_4_PayrollStatements: the batch prints the payroll statement (чл. 104, т. 4)
// of every quarter someone on a statement has approved hours in — and of no other — numbered
// as the expense register's „ведомост“ of that quarter; a quarter's batch prints its own; the
// dossier files it with the remuneration's documents.
func TestJobs_Art104_4_PayrollStatements(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 2})
	// The quarters with an approved report of a person paid on a statement, worked out apart.
	want := map[string]bool{}
	people := model.ByID(d.People)
	for _, ts := range d.Timesheets {
		if p := people[ts.PersonID]; ts.Status == model.Approved && p != nil && p.Basis() != model.BasisInvoice {
			want[printing.Quarter{Y: ts.Month.Y, Q: (int(ts.Month.M)-1)/3 + 1}.Name()] = true
		}
	}
	if len(want) == 0 {
		t.Fatal("the demo has no approved reports")
	}
	jobs := printing.Jobs(d, printing.Options{Kind: "payroll"})
	got := map[string]bool{}
	for _, j := range jobs {
		if j.Kind != "payroll" {
			t.Errorf("a %s job in the payroll batch: %s", j.Kind, j.Name)
		}
		got[strings.TrimSuffix(strings.TrimPrefix(j.Name, "payroll-"), ".pdf")] = true
	}
	if len(got) != len(want) {
		t.Errorf("statements of %v, want %v", got, want)
	}
	for q := range want {
		if !got[q] {
			t.Errorf("no statement of %s", q)
		}
	}
	// The text of one statement carries the register's number and date.
	q := printing.Quarter{Y: 2025, Q: 4}
	qjobs := printing.Jobs(d, printing.Options{Quarter: q, Kind: "payroll"})
	if len(qjobs) != 1 || qjobs[0].Name != "payroll-2025-Q4.pdf" {
		t.Fatalf("the quarter's batch = %v", qjobs)
	}
	var buf bytes.Buffer
	if err := qjobs[0].Write(&buf); err != nil {
		t.Fatal(err)
	}
	no, on := model.PayrollDocOf(d, model.QuarterPeriod(model.Quarter{Y: q.Y, Q: q.Q}))
	if no == "" {
		t.Fatal("the demo's Q4 2025 has no payroll expense")
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), "p.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if text := strings.Join(strings.Fields(string(out)), " "); !strings.Contains(text, "№ "+no+" от "+on.String()) {
			t.Errorf("the statement does not carry № %s от %s:\n%s", no, on, text)
		}
	}
	// Whole year: the statements are in the batch, and the dossier files them in binder 2
	// with the hours reports (t01).
	for _, j := range printing.DossierJobs(d, printing.Options{Kind: "payroll"}, nil) {
		if !strings.HasPrefix(j.Name, printing.BinderFinancial+"/t01/payroll-") {
			t.Errorf("dossier file %s", j.Name)
		}
	}
}
