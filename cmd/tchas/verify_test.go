package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerify_PrintsManifest(t *testing.T) {
	pkg := exportDemo(t)
	code, out, errOut := run(t, "verify", pkg)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"2025/2026", "Отпечатък на ключа", "student", "пакет № 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestVerify_Refusals(t *testing.T) {
	dir := t.TempDir()
	notZip := filepath.Join(dir, "not.zip")
	if err := os.WriteFile(notZip, []byte("not a zip at all"), 0o600); err != nil {
		t.Fatal(err)
	}
	pkg := exportDemo(t)
	raw, err := os.ReadFile(pkg)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.zip")
	if err := os.WriteFile(cut, raw[:len(raw)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"not a zip", []string{notZip}, ExitFindings},
		{"truncated", []string{cut}, ExitFindings},
		{"missing file", []string{filepath.Join(dir, "none.zip")}, ExitUsage},
		{"no package", nil, ExitUsage},
		{"two packages", []string{pkg, pkg}, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, append([]string{"verify"}, tt.args...)...)
			if code != tt.code || errOut == "" {
				t.Errorf("exit %d, stderr %q; want %d with a message", code, errOut, tt.code)
			}
			if out != "" {
				t.Errorf("a refused package printed a summary: %q", out)
			}
		})
	}
}
