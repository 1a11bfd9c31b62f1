package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// exportDemo exports the demo school into a package in t.TempDir and returns its path.
func exportDemo(t *testing.T) string {
	t.Helper()
	pkg := filepath.Join(t.TempDir(), "paket.zip")
	code, out, errOut := run(t, "export", "--db", formsDemo(t), "--out", pkg, "--unencrypted")
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
	db, err := store.Open(path, store.Options{Passphrase: testPass})
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
		code, out, errOut := run(t, "export", "--db", db, "--out", filepath.Join(dir, name), "--unencrypted")
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

func TestExport_WithSheetsCarriesTheSpreadsheets(t *testing.T) {
	db, dir := formsDemo(t), t.TempDir()
	for _, tc := range []struct {
		name  string
		args  []string
		sheet bool
	}{
		{"records only", nil, false},
		{"with sheets", []string{"--with-sheets"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pkg := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".zip")
			code, _, errOut := run(t, append([]string{"export", "--db", db, "--out", pkg, "--unencrypted"}, tc.args...)...)
			if code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, errOut)
			}
			p, err := syncpack.Verify(pkg, syncpack.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			var team bool
			for name := range p.Files {
				team = team || (strings.HasPrefix(name, "forms/team") && strings.HasSuffix(name, ".xlsx"))
			}
			if team != tc.sheet {
				t.Errorf("the package carries Team.xlsx = %v, want %v (files %d)", team, tc.sheet, len(p.Files))
			}
		})
	}
}
