package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// exportDemo exports the demo school into a package in t.TempDir and returns its path.
func exportDemo(t *testing.T) string {
	t.Helper()
	pkg := filepath.Join(t.TempDir(), "paket.zip")
	code, out, errOut := run(t, "export", "--db", formsDemo(t), "--out", pkg)
	if code != ExitOK {
		t.Fatalf("export: exit %d, stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "Отпечатък на ключа") {
		t.Errorf("export does not print the fingerprint: %q", out)
	}
	return pkg
}

// emptyDB creates a data file with no school in t.TempDir, as a new installation has.
func emptyDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExport_KeepsOneKeyPerFile(t *testing.T) {
	db, dir := formsDemo(t), t.TempDir()
	fingerprint := func(name string) string {
		code, out, errOut := run(t, "export", "--db", db, "--out", filepath.Join(dir, name))
		if code != ExitOK {
			t.Fatalf("exit %d, stderr:\n%s", code, errOut)
		}
		_, fp, _ := strings.Cut(out, "Отпечатък на ключа: ")
		return fp
	}
	if a, b := fingerprint("a.zip"), fingerprint("b.zip"); a == "" || a != b {
		t.Errorf("fingerprints %q and %q, want one key for the file", a, b)
	}
}

func TestExport_BadArguments(t *testing.T) {
	db := formsDemo(t)
	tests := []struct {
		name string
		args []string
	}{
		{"no out", []string{"--db", db}},
		{"year not in file", []string{"--db", db, "--out", filepath.Join(t.TempDir(), "p.zip"), "--year", "2019"}},
		{"missing file", []string{"--db", db + ".none", "--out", filepath.Join(t.TempDir(), "p.zip")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errOut := run(t, append([]string{"export"}, tt.args...)...); code != ExitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, ExitUsage, errOut)
			}
		})
	}
}
