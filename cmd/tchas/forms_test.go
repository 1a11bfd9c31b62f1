package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// formsDemo writes a 100-student demo school into t.TempDir and returns its path.
func formsDemo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "100", "--seed", "3", "--year", "2025/2026", "--one-year"); code != ExitOK {
		t.Fatalf("demo: exit %d, stderr:\n%s", code, errOut)
	}
	return path
}

// filesByKind groups the file names in dir by the kind before the first '-'.
func filesByKind(t *testing.T, dir string) map[string][]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, e := range entries {
		kind, _, _ := strings.Cut(e.Name(), "-")
		out[kind] = append(out[kind], e.Name())
	}
	return out
}

func TestForms_WritesEveryKind(t *testing.T) {
	db, dir := formsDemo(t), filepath.Join(t.TempDir(), "out")
	code, out, errOut := run(t, "forms", "--db", db, "--out", dir)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	files := filesByKind(t, dir)
	for _, k := range formKinds {
		if len(files[k]) == 0 {
			t.Errorf("no %s file written; files: %v", k, files)
		}
		if !strings.Contains(out, k) {
			t.Errorf("stdout does not count %s: %q", k, out)
		}
	}
	for kind, names := range files {
		for _, n := range names {
			if strings.HasPrefix(n, ".") || strings.HasSuffix(n, ".tmp") {
				t.Errorf("temporary file left behind: %s", n)
			}
			for _, r := range n {
				if r > 127 {
					t.Errorf("%s: file name %q is not Latin", kind, n)
					break
				}
			}
		}
	}
	for _, tc := range []struct{ file, magic string }{
		{"journal-grp-0001.pdf", "%PDF"},
		{"budget-2025-2026.pdf", "%PDF"},
		{"team-2025-Q4.xlsx", "PK"},
		{"budget-2025-2026.xlsx", "PK"},
		{"payroll-2025-Q4.pdf", "%PDF"}, // the payroll statement of the quarter (чл. 104, т. 4)
	} {
		b, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Errorf("%s: %v", tc.file, err)
			continue
		}
		if !bytes.HasPrefix(b, []byte(tc.magic)) {
			t.Errorf("%s starts with %q, want %q", tc.file, b[:min(len(b), 8)], tc.magic)
		}
	}
}

func TestForms_KindFilter(t *testing.T) {
	db, dir := formsDemo(t), t.TempDir()
	code, out, errOut := run(t, "forms", "--db", db, "--out", dir, "--kind", "journal")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	files := filesByKind(t, dir)
	if len(files["journal"]) == 0 || len(files) != 1 {
		t.Errorf("want journals only, got %v", files)
	}
	if strings.Contains(out, "timesheet") {
		t.Errorf("stdout counts other kinds: %q", out)
	}
}

func TestForms_BadArguments(t *testing.T) {
	db := formsDemo(t)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"UnknownKind", []string{"--kind", "diploma"}, "diploma"},
		{"NoOut", []string{"--out", ""}, "--out"},
		{"MissingYear", []string{"--year", "2019/2020"}, "2019/2020"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"forms", "--db", db, "--out", t.TempDir()}, tc.args...)
			code, _, errOut := run(t, args...)
			if code != ExitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d naming %q", code, errOut, ExitUsage, tc.want)
			}
		})
	}
}

// TestForms_DocsReimport: every Docs.xlsx that forms writes goes back in with sheets-import
// (the portal's layout both ways), and forms warns of nothing on the demo.
func TestForms_DocsReimport(t *testing.T) {
	db, dir := formsDemo(t), filepath.Join(t.TempDir(), "out")
	code, _, errOut := run(t, "forms", "--db", db, "--out", dir, "--kind", "docs")
	if code != ExitOK || strings.Contains(errOut, "внимание") {
		t.Fatalf("forms: exit %d, stderr:\n%s", code, errOut)
	}
	docs := filesByKind(t, dir)["docs"]
	if len(docs) == 0 {
		t.Fatal("no docs workbook written")
	}
	for _, name := range docs {
		code, out, errOut := run(t, "sheets-import", "--db", db, "--docs", filepath.Join(dir, name))
		if code != ExitOK || !strings.Contains(out, "променени записи: 0") {
			t.Errorf("%s: exit %d, stdout %q, stderr:\n%s", name, code, out, errOut)
		}
	}
}
