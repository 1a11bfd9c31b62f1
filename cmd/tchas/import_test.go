package main

import (
	"strings"
	"testing"
)

func TestImport_RoundTrip(t *testing.T) {
	pkg, other := exportDemo(t), emptyDB(t)
	if code, _, errOut := run(t, "verify", pkg); code != ExitOK {
		t.Fatalf("verify: exit %d\n%s", code, errOut)
	}

	code, out, errOut := run(t, "import", "--db", other, "--dry-run", pkg)
	if code != ExitOK {
		t.Fatalf("dry run: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(out, "Нови: ") || strings.Contains(out, "Нови: 0,") || !strings.Contains(out, "--trust") {
		t.Errorf("dry run does not show the records as added or ask for --trust:\n%s", out)
	}
	if code, _, _ := run(t, "info", "--db", other); code != ExitOK {
		t.Fatal("info after the dry run failed")
	}
	if _, info, _ := run(t, "info", "--db", other); strings.Contains(info, "2025/2026") {
		t.Fatalf("the dry run changed the file:\n%s", info)
	}

	code, _, errOut = run(t, "import", "--db", other, pkg)
	if code != ExitFindings || !strings.Contains(errOut, "--trust") {
		t.Fatalf("untrusted import: exit %d, stderr %q; want %d naming --trust", code, errOut, ExitFindings)
	}

	code, out, errOut = run(t, "import", "--db", other, "--trust", pkg)
	if code != ExitOK || !strings.Contains(out, "приложен") {
		t.Fatalf("import --trust: exit %d\n%s%s", code, out, errOut)
	}
	if _, info, _ := run(t, "info", "--db", other); !strings.Contains(info, "2025/2026") {
		t.Errorf("the year did not arrive:\n%s", info)
	}

	code, out, errOut = run(t, "import", "--db", other, pkg)
	if code != ExitOK {
		t.Fatalf("second import: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(out, "Нови: 0, променени: 0, изтрити: 0, конфликти: 0") {
		t.Errorf("second import changed something:\n%s", out)
	}
}

func TestImport_OwnPackageRefused(t *testing.T) {
	db := formsDemo(t)
	pkg := t.TempDir() + "/own.zip"
	if code, _, errOut := run(t, "export", "--db", db, "--out", pkg, "--unencrypted"); code != ExitOK {
		t.Fatalf("export: exit %d\n%s", code, errOut)
	}
	code, _, errOut := run(t, "import", "--db", db, "--trust", pkg)
	if code != ExitFindings || !strings.Contains(errOut, "този компютър") {
		t.Errorf("exit %d, stderr %q; want %d saying it is this computer's package", code, errOut, ExitFindings)
	}
}

func TestImport_BadArguments(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no package", []string{"--db", "x.db"}},
		{"unknown flag", []string{"--frob", "p.zip"}},
		{"missing package", []string{"--db", "x.db", "none.zip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errOut := run(t, append([]string{"import"}, tt.args...)...); code != ExitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, ExitUsage, errOut)
			}
		})
	}
}
