package forms_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pngDir, when set, makes the tests also render each form to PNG pages for people to look at:
// go test ./store/forms -png ../../docs/forms
var pngDir = flag.String("png", "", "render each PDF to PNG pages in this directory")

// pdfText extracts the text of a PDF with pdftotext (poppler-utils). Without the tool the test
// is skipped on a developer's machine but fails in CI (CI set), where `make test` installs it:
// a check of the forms' text must not pass by not running. With -png it also renders the first
// pages.
func pdfText(t *testing.T, name string, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext (poppler-utils) is not installed: make test-deps installs it")
		}
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", name, err)
	}
	if *pngDir != "" {
		cmd := exec.Command("pdftoppm", "-r", "60", "-png", "-l", "2", in, filepath.Join(*pngDir, name))
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm %s: %v %s", name, err, b)
		}
	}
	return string(out)
}

// pageCount returns the number of pages pdftotext saw (pages are separated by form feeds).
func pageCount(text string) int { return strings.Count(strings.TrimRight(text, "\f"), "\f") + 1 }

// flat joins the text's whitespace so a sentence wrapped over lines can be found whole.
func flat(text string) string { return strings.Join(strings.Fields(text), " ") }

// mustContain fails for each want missing from the flattened text.
func mustContain(t *testing.T, text string, wants ...string) {
	t.Helper()
	f := flat(text)
	for _, w := range wants {
		if !strings.Contains(f, flat(w)) {
			t.Errorf("missing %q in:\n%s", w, text)
		}
	}
}

func render(t *testing.T, write func(*bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
