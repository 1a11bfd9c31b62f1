package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestPayroll_QuarterOfTheDemo prints the demo's statement of October–December 2025 with the
// number of its payroll expense and writes the PDF.
func TestPayroll_QuarterOfTheDemo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "120"); code != ExitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	pdf := filepath.Join(dir, "vedomost.pdf")
	code, out, errOut := run(t, "payroll", "--db", path, "--quarter", "4/2025", "--pdf", pdf)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	d := demo.Generate(demo.Options{Students: 120})
	no, on := model.PayrollDocOf(d, model.QuarterPeriod(model.Quarter{Y: 2025, Q: 4}))
	if no == "" || !strings.Contains(out, "Ведомост № "+no+" от "+on.String()+" за IV тримесечие 2025") || !strings.Contains(out, "общо") {
		t.Errorf("stdout = %q, want the statement № %s of %s", out, no, on)
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("the PDF was not written: %v", err)
	}
}

func TestPayroll_BadPeriodIsAUsageError(t *testing.T) {
	for _, args := range [][]string{{}, {"--month", "13.2025"}, {"--quarter", "5/2025"}, {"--month", "10.2025", "--quarter", "4/2025"}} {
		if code, _, errOut := run(t, append([]string{"payroll"}, args...)...); code != ExitUsage || !strings.Contains(errOut, "--month") {
			t.Errorf("payroll %v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
