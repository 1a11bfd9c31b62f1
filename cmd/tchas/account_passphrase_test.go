package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tchas account passphrase: the acting account changes its own (the passphrase that opened the
// file is the old one), a director sets another's; the old passphrase opens the file no more.
func TestAccount_Passphrase(t *testing.T) {
	path := demoFile(t)
	dir := t.TempDir()
	file := func(name, pass string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(pass+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	info := func(account, pass string) (int, string) {
		t.Helper()
		t.Setenv(envPassphrase, pass)
		code, _, errOut := run(t, "info", "--db", path, "--account", account)
		return code, errOut
	}
	t.Setenv(envPassphrase, string(testPass))
	if code, _, errOut := run(t, "account", "passphrase", "--db", path); code != ExitUsage || !strings.Contains(errOut, "--new-passphrase-file") {
		t.Fatalf("without the new passphrase: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "account", "passphrase", "--new-passphrase-file", file("short.txt", "кратка"), "--db", path); code != ExitFindings || !strings.Contains(errOut, "поне 8 знака") {
		t.Fatalf("a short passphrase: %d %s", code, errOut)
	}
	if code, out, errOut := run(t, "account", "passphrase", "--new-passphrase-file", file("dir.txt", "нова парола на директора"), "--db", path); code != ExitOK || !strings.Contains(out, "е сменена") {
		t.Fatalf("the director's own: %d %s%s", code, out, errOut)
	}
	if code, errOut := info("Директор", string(testPass)); code != ExitUsage || !strings.Contains(errOut, "не е вярна") {
		t.Fatalf("the old passphrase still opens the file: %d %s", code, errOut)
	}
	t.Setenv(envPassphrase, "нова парола на директора")
	if code, out, errOut := run(t, "account", "passphrase", "--name", "Счетоводител", "--new-passphrase-file", file("acc.txt", "нова парола на счетоводителя"), "--db", path); code != ExitOK {
		t.Fatalf("the director sets the accountant's: %d %s%s", code, out, errOut)
	}
	if code, errOut := info("Счетоводител", demoAccountantPassphrase); code != ExitUsage {
		t.Fatalf("the accountant's old passphrase still opens the file: %d %s", code, errOut)
	}
	if code, errOut := info("Счетоводител", "нова парола на счетоводителя"); code != ExitOK {
		t.Fatalf("the accountant's new passphrase: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "--account", "Счетоводител", "account", "passphrase", "--name", "Директор", "--new-passphrase-file", file("thief.txt", "паролата на крадеца"), "--db", path); code != ExitFindings ||
		!strings.Contains(errOut, "сменя директорът") {
		t.Fatalf("the accountant sets the director's: %d %s", code, errOut)
	}
	if code, errOut := info("Директор", "нова парола на директора"); code != ExitOK {
		t.Fatalf("the director's new passphrase: %d %s", code, errOut)
	}
}
