package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pairOut runs tchas pair --out for db and returns the file and the installation it names.
func pairOut(t *testing.T, db string) (file, inst string) {
	t.Helper()
	file = filepath.Join(t.TempDir(), "this.pair")
	code, out, errOut := run(t, "pair", "--db", db, "--out", file)
	if code != ExitOK {
		t.Fatalf("pair --out: exit %d, stderr:\n%s", code, errOut)
	}
	_, rest, ok := strings.Cut(out, "Този компютър: ")
	inst, _, _ = strings.Cut(rest, "\n")
	if !ok || inst == "" || !strings.Contains(out, "Отпечатък на ключа: ") {
		t.Fatalf("pair does not show the installation and fingerprint: %q", out)
	}
	return file, inst
}

// The whole exchange from the command line: pairing files both ways, confirmed with --trust;
// an encrypted package for the accountant that only its file opens; a clear package from the
// paired director refused.
func TestPair_ExportEncryptedToThePairedPeer(t *testing.T) {
	director, accountant := formsDemo(t), emptyDB(t)
	dirPair, _ := pairOut(t, director)
	accPair, accID := pairOut(t, accountant)

	code, out, _ := run(t, "pair", "--db", director, "--role", "accountant", accPair)
	if code != ExitFindings || !strings.Contains(out, "Отпечатък на ключа:") {
		t.Fatalf("pairing without --trust: exit %d, %q; want the fingerprint and exit %d", code, out, ExitFindings)
	}
	for _, args := range [][]string{
		{"--db", director, "--role", "accountant", "--trust", accPair},
		{"--db", accountant, "--trust", dirPair, "--role", "director"},
	} {
		if code, _, errOut := run(t, append([]string{"pair"}, args...)...); code != ExitOK {
			t.Fatalf("pair %v: exit %d, stderr:\n%s", args, code, errOut)
		}
	}

	pkg := filepath.Join(t.TempDir(), "paket.zip")
	code, out, errOut := run(t, "export", "--db", director, "--to", accID, "--out", pkg)
	if code != ExitOK || !strings.Contains(out, "Шифрован за получателя") || !strings.Contains(out, "education_card") || strings.Contains(errOut, "НЕ е шифрован") {
		t.Fatalf("export --to: exit %d\n%s\nstderr:\n%s", code, out, errOut)
	}
	if raw, _ := os.ReadFile(pkg); !bytes.HasPrefix(raw, []byte("age-encryption.org/v1")) {
		t.Fatal("the package is not an age file")
	}
	if code, _, _ := run(t, "verify", "--db", director, pkg); code != ExitFindings {
		t.Errorf("the sender's own file reads the package for the accountant: exit %d", code)
	}
	if code, out, errOut := run(t, "verify", "--db", accountant, pkg); code != ExitOK || !strings.Contains(out, "Получател:") {
		t.Errorf("verify with the addressee's file: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, out, errOut := run(t, "import", "--db", accountant, pkg); code != ExitOK || !strings.Contains(out, "Пакетът е приложен") {
		t.Fatalf("import: exit %d\n%s\nstderr:\n%s", code, out, errOut)
	}

	code, out, _ = run(t, "peers", "--db", director, "--set-role", accID+"=leader")
	if code != ExitOK || !strings.Contains(out, accID) || !strings.Contains(out, "leader") {
		t.Errorf("peers --set-role: exit %d, %q", code, out)
	}
	if code, _, _ := run(t, "peers", "--db", director, "--set-role", accID+"=janitor"); code != ExitUsage {
		t.Errorf("an unknown role: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "peers", "--db", director, "--set-role", "nosuch=leader"); code != ExitFindings {
		t.Errorf("an unknown computer: exit %d, want %d", code, ExitFindings)
	}

	plain := filepath.Join(t.TempDir(), "plain.zip")
	code, _, errOut = run(t, "export", "--db", director, "--unencrypted", "--out", plain)
	if code != ExitOK || !strings.Contains(errOut, "НЕ е шифрован") {
		t.Fatalf("export --unencrypted: exit %d, no warning: %q", code, errOut)
	}
	code, _, errOut = run(t, "import", "--db", accountant, plain)
	if code != ExitFindings || !strings.Contains(errOut, "не е шифрован") || !strings.Contains(errOut, "--to "+accID) {
		t.Errorf("a clear package from the paired director: exit %d, %q", code, errOut)
	}
}

func TestPair_BadArguments(t *testing.T) {
	db := formsDemo(t)
	file, _ := pairOut(t, emptyDB(t))
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	forged := filepath.Join(t.TempDir(), "forged.pair")
	if err := os.WriteFile(forged, bytes.Replace(raw, []byte("installation: "), []byte("installation: x"), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"--db", db, file}, ExitUsage},                                         // no role
		{[]string{"--db", db, "--role", "janitor", file}, ExitUsage},                    // unknown role
		{[]string{"--db", db, "--role", "accountant"}, ExitUsage},                       // role without a file
		{[]string{"--db", db, "--role", "accountant", "--trust", forged}, ExitFindings}, // signature broken
		{[]string{"--db", db, "--role", "accountant", "--out", "x.pair", file}, ExitUsage},
	} {
		if code, _, errOut := run(t, append([]string{"pair"}, tt.args...)...); code != tt.want {
			t.Errorf("pair %v: exit %d, want %d; stderr %q", tt.args, code, tt.want, errOut)
		}
	}
	if code, _, errOut := run(t, "export", "--db", db, "--out", filepath.Join(t.TempDir(), "p.zip")); code != ExitUsage || !strings.Contains(errOut, "--to") {
		t.Errorf("export without --to or --unencrypted: exit %d, %q", code, errOut)
	}
}

// The portal's workbooks are written in the clear, only into the folder the user names, with a
// warning on stderr that names microdata_ESF.xlsx when it is among them.
func TestForms_WarnsThatTheFilesAreNotEncrypted(t *testing.T) {
	db := formsDemo(t)
	for _, tc := range []struct {
		kind    string
		special bool
	}{{"microdata", true}, {"team", false}} {
		code, _, errOut := run(t, "forms", "--db", db, "--out", t.TempDir(), "--kind", tc.kind)
		if code != ExitOK || !strings.Contains(errOut, "НЕ са шифровани") || strings.Contains(errOut, "microdata_ESF") != tc.special {
			t.Errorf("forms --kind %s: exit %d, stderr %q", tc.kind, code, errOut)
		}
	}
}

// A computer trusted on a package's fingerprint gets the role given with --trust --role (the
// director's when none is given, as before), and is not paired.
func TestImport_TrustWithRole(t *testing.T) {
	director, other := formsDemo(t), emptyDB(t)
	pkg := filepath.Join(t.TempDir(), "p.zip")
	if code, _, errOut := run(t, "export", "--db", director, "--out", pkg, "--unencrypted"); code != ExitOK {
		t.Fatalf("export: exit %d, %s", code, errOut)
	}
	if code, _, _ := run(t, "import", "--db", other, "--role", "leader", pkg); code != ExitUsage {
		t.Errorf("--role without --trust: exit %d, want %d", code, ExitUsage)
	}
	if code, out, errOut := run(t, "import", "--db", other, "--trust", "--role", "inspector", pkg); code != ExitOK {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ := run(t, "peers", "--db", other)
	if code != ExitOK || !strings.Contains(out, "inspector") || !strings.Contains(out, "не — пакетите") {
		t.Errorf("peers: exit %d, %q", code, out)
	}
}
