package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// testPass unlocks every data file the tests write: TestMain gives it to tchas as
// TCHAS_PASSPHRASE, as a script would.
var testPass = []byte("пробна парола 13")

func TestMain(m *testing.M) {
	os.Setenv(envPassphrase, string(testPass))
	os.Exit(m.Run())
}

// withoutEnv runs fn with TCHAS_PASSPHRASE unset.
func withoutEnv(t *testing.T) {
	t.Helper()
	t.Setenv(envPassphrase, "")
	os.Unsetenv(envPassphrase)
}

func TestPassphrase_DemoWithoutEnvUsesTheDemoPassphrase(t *testing.T) {
	withoutEnv(t)
	path := filepath.Join(t.TempDir(), "demo.db")
	code, out, errOut := run(t, "demo", "--out", path, "--students", "30", "--one-year")
	if code != ExitOK || !strings.Contains(out, demoPassphrase) {
		t.Fatalf("demo: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	db, err := store.Open(path, store.Options{Passphrase: []byte(demoPassphrase), NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.Encrypted() {
		t.Fatal("the demo is not encrypted")
	}
}

// A wrong passphrase, from any source, exits 2 with the Bulgarian message; the right one from a
// file or a prompt opens the file; a prompt asks again after a wrong one, three times at most.
func TestPassphrase_Sources(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "30", "--one-year"); code != ExitOK {
		t.Fatalf("demo: %s", errOut)
	}
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good"), filepath.Join(dir, "bad")
	_ = os.WriteFile(good, append(append([]byte(nil), testPass...), "\r\nвтори ред\n"...), 0o600)
	_ = os.WriteFile(bad, []byte("грешна парола\n"), 0o600)

	if code, _, errOut := run(t, "info", "--db", path, "--passphrase-file", bad); code != ExitUsage || !strings.Contains(errOut, "не е вярна") {
		t.Errorf("wrong --passphrase-file: exit %d, %s", code, errOut)
	}
	if code, _, errOut := run(t, "info", "--db", path, "--passphrase-file", good); code != ExitOK {
		t.Errorf("right --passphrase-file: exit %d, %s", code, errOut)
	}
	t.Setenv(envPassphrase, "грешна парола")
	if code, _, errOut := run(t, "info", "--db", path); code != ExitUsage || !strings.Contains(errOut, "не е вярна") {
		t.Errorf("wrong %s: exit %d, %s", envPassphrase, code, errOut)
	}
	withoutEnv(t)
	if code, _, errOut := run(t, "info", "--db", path); code != ExitUsage || !strings.Contains(errOut, "шифриран") {
		t.Errorf("no passphrase, no terminal: exit %d, %s", code, errOut)
	}
	for _, c := range []struct {
		typed []string
		code  int
	}{
		{[]string{"грешна 1", string(testPass)}, ExitOK},
		{[]string{"грешна 1", "грешна 2", "грешна 3", string(testPass)}, ExitUsage},
	} {
		var asked int
		m, out, errOut := newTestMain(t)
		m.Prompt = func(string) ([]byte, bool, error) {
			asked++
			if asked > len(c.typed) {
				return nil, false, errors.New("asked once too often")
			}
			return []byte(c.typed[asked-1]), true, nil
		}
		if code := m.Main(t.Context(), []string{"info", "--db", path}); code != c.code || asked > promptTries {
			t.Errorf("typed %q: exit %d after %d prompts, stdout %s, stderr %s", c.typed, code, asked, out, errOut)
		}
	}
}

// A plain file of today's version is encrypted by the first command with a passphrase, which
// prints the recovery key once; the next command does not print it again.
func TestPassphrase_PlainFileEncryptedOnFirstOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.db")
	db, err := store.Open(path, store.Options{InitEmpty: true})
	if err != nil {
		t.Fatal(err)
	}
	mustNoErr(t, db.SetSetting("lang", "bg"))
	mustNoErr(t, db.Close())
	code, _, errOut := run(t, "fsck", "--db", path)
	if code != ExitOK {
		t.Fatalf("fsck of the plain file: %d %s", code, errOut)
	}
	code, _, errOut = run(t, "info", "--db", path)
	if !strings.Contains(errOut, "Ключ за възстановяване") {
		t.Fatalf("the first open with a passphrase: exit %d, no recovery key in %q", code, errOut)
	}
	if _, _, errOut = run(t, "info", "--db", path); strings.Contains(errOut, "Ключ за възстановяване") {
		t.Errorf("the recovery key shown twice: %q", errOut)
	}
	if code, out, errOut := run(t, "fsck", "--db", path); code != ExitOK || !strings.Contains(out, "наред") || strings.Contains(out, "само формата") {
		t.Errorf("fsck of the encrypted file: %d %s %s", code, out, errOut)
	}
	withoutEnv(t)
	if code, out, errOut := run(t, "fsck", "--db", path); code != ExitOK || !strings.Contains(out, "само формата") {
		t.Errorf("fsck of the encrypted file without its passphrase does not say what it checked: %d %s %s", code, out, errOut)
	}
}

func mustNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// newTestMain is run's Main, for a test that sets more of it.
func newTestMain(t *testing.T) (*Main, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errOut bytes.Buffer
	cfg := t.TempDir()
	return &Main{Stdout: &out, Stderr: &errOut, UserConfigDir: func() (string, error) { return cfg, nil }}, &out, &errOut
}
