package printing_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// TestJobs_Issue19_OtherProgrammesForms: the year's batch prints the forms of the other
// programmes the year has — each cooperation contract and mobility annex of „Иновации в
// действие“ (т. 2–4 and т. 8 of its rules) and the period report of the 2021–2027 project whose
// period ends in the school year — and none for a year without them; a quarter's batch and the
// dossier of „Твоят час“ (чл. 143–144) leave them out.
func TestJobs_Issue19_OtherProgrammesForms(t *testing.T) {
	other := map[string]bool{"innovationcontract": true, "innovationannex": true, "projectreport": true}
	d := demo.Generate(demo.Options{Students: 40, Seed: 3})
	for _, j := range printing.Jobs(d, printing.Options{}) {
		if other[j.Kind] {
			t.Errorf("a year without other programmes prints %s", j.Name)
		}
	}
	demo.OtherProgrammes(d)
	// Worked out from the demo's records (demo/programmes.go): three contracts, two mobilities,
	// report 1 ends on 30.06.2026 (this year), report 2 on 31.12.2026 (the next year's).
	want := []string{
		"innovationcontract-inn-0001-1.pdf", "innovationcontract-inn-0001-2.pdf", "innovationcontract-inn-0001-3.pdf",
		"innovationannex-inn-0001-1.pdf", "innovationannex-inn-0001-2.pdf",
		"projectreport-prj-0009-1.pdf",
	}
	var got []string
	texts := map[string]string{}
	for _, j := range printing.Jobs(d, printing.Options{}) {
		if !other[j.Kind] {
			continue
		}
		got = append(got, j.Name)
		var buf bytes.Buffer
		if err := j.Write(&buf); err != nil {
			t.Fatalf("%s: %v", j.Name, err)
		}
		texts[j.Name] = pdfPlainText(t, buf.Bytes())
	}
	if !slices.Equal(got, want) {
		t.Fatalf("other programmes' files %v, want %v", got, want)
	}
	for name, needle := range map[string]string{
		"innovationcontract-inn-0001-2.pdf": "ДОГОВОР ЗА СЪТРУДНИЧЕСТВО И ОБМЕН НА ИНОВАЦИИ № ИД-2",
		"innovationannex-inn-0001-2.pdf":    "АНЕКС № 2",
		"projectreport-prj-0009-1.pdf":      "ОТЧЕТ № 1",
	} {
		if text, ok := texts[name]; ok && text != "" && !strings.Contains(text, needle) {
			t.Errorf("%s lacks %q:\n%s", name, needle, text)
		}
	}
	for _, j := range printing.Jobs(d, printing.Options{Quarter: printing.Quarter{Y: 2025, Q: 4}}) {
		if other[j.Kind] {
			t.Errorf("a quarter's batch prints %s", j.Name)
		}
	}
	for _, j := range printing.DossierJobs(d, printing.Options{}, nil) {
		if other[j.Kind] {
			t.Errorf("the dossier of „Твоят час“ holds %s", j.Name)
		}
	}
}

// pdfPlainText is the PDF's text on one line (pdftotext), or "" where pdftotext is missing.
func pdfPlainText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return ""
	}
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
