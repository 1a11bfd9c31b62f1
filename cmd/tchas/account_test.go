package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"go.etcd.io/bbolt"
)

// tchas demo creates a director and an accountant; the director adds and disables accounts,
// the accountant may not; --account chooses who acts, and the role applies to its changes.
func TestAccount_AddListDisable(t *testing.T) {
	path := demoFile(t)
	code, out, errOut := run(t, "account", "list", "--db", path)
	if code != ExitOK || !strings.Contains(out, "* Директор") || !strings.Contains(out, "Счетоводител") {
		t.Fatalf("list: %d\n%s%s", code, out, errOut)
	}
	t.Setenv(envPassphrase, demoAccountantPassphrase) // the accountant's own slot (demoAccounts)
	// Without --account, the slot the passphrase opens is the account that acts.
	if code, out, errOut := run(t, "account", "list", "--db", path); code != ExitOK || !strings.Contains(out, "* Счетоводител") {
		t.Fatalf("the accountant's passphrase acts as the accountant: %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := run(t, "--account", "Счетоводител", "account", "add", "--name", "Х", "--role", "director", "--db", path); code != ExitFindings ||
		!strings.Contains(errOut, "профилите добавя и променя директорът") {
		t.Fatalf("accountant adds: %d %s", code, errOut)
	}
	t.Setenv(envPassphrase, string(testPass))
	if code, _, errOut := run(t, "account", "add", "--name", "РУО", "--role", "inspector", "--db", path); code != ExitUsage || !strings.Contains(errOut, "--new-passphrase-file") {
		t.Fatalf("add without the new account's passphrase in an encrypted file: %d %s", code, errOut)
	}
	passFile := filepath.Join(t.TempDir(), "руо.txt")
	if err := os.WriteFile(passFile, []byte("парола на РУО\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, "account", "add", "--name", "РУО", "--role", "inspector", "--new-passphrase-file", passFile, "--db", path); code != ExitOK || !strings.Contains(out, "РУО") {
		t.Fatalf("add: %d %s", code, errOut)
	}
	t.Setenv(envPassphrase, "парола на РУО") // the new account opens the file with its own passphrase
	if code, out, errOut := run(t, "--account", "РУО", "account", "list", "--db", path); code != ExitOK || !strings.Contains(out, "РУО") {
		t.Fatalf("the new account opens the file: %d %s%s", code, out, errOut)
	}
	t.Setenv(envPassphrase, string(testPass))
	if code, _, errOut := run(t, "account", "add", "--name", "Y", "--role", "чистач", "--db", path); code != ExitUsage || !strings.Contains(errOut, "непозната роля") {
		t.Fatalf("bad role: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "account", "disable", "--name", "РУО", "--db", path); code != ExitOK {
		t.Fatalf("disable: %s", errOut)
	}
	t.Setenv(envPassphrase, "парола на РУО") // its key slot went with it: the passphrase opens nothing
	if code, _, errOut := run(t, "info", "--db", path, "--account=РУО"); code != ExitUsage || !strings.Contains(errOut, "не е вярна") {
		t.Fatalf("a disabled account's passphrase still opens the file: %d %s", code, errOut)
	}
	t.Setenv(envPassphrase, string(testPass))
	// An account with no key slot cannot open the file at all.
	if code, _, errOut := run(t, "info", "--db", path, "--account", "Никой"); code != ExitUsage || !strings.Contains(errOut, "„Никой“") {
		t.Fatalf("unknown account: %d %s", code, errOut)
	}
	// The accountant's role refuses a student's deletion through any command: here the store.
	db, err := store.Open(path, store.Options{Account: "Счетоводител", NoBackup: true, Passphrase: []byte(demoAccountantPassphrase)})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Delete(model.KindStudent, firstStudentOf(t, db)); model.ErrorCode(err) != "role_forbidden" {
		t.Fatalf("accountant deletes a student: %v", err)
	}
}

func firstStudentOf(t *testing.T, db *store.DB) model.ID {
	t.Helper()
	rs, err := db.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatal(err)
	}
	return rs[0].RecordID()
}

// tchas log prints who changed what; --verify passes on the demo and exits 1, naming the
// entry, on a copy whose log entry was removed.
func TestLog_PrintAndVerify(t *testing.T) {
	path := demoFile(t)
	code, out, errOut := run(t, "log", "--db", path, "--kind", "school")
	if code != ExitOK || !strings.Contains(out, "Директор") || !strings.Contains(out, "училище") {
		t.Fatalf("log: %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = run(t, "log", "--verify", "--db", path)
	if code != ExitOK || !strings.Contains(out, "непрекъснат") {
		t.Fatalf("verify: %d %s %s", code, out, errOut)
	}
	b, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bbolt.Tx) error {
		c := tx.Bucket([]byte("log")).Cursor()
		k, _ := c.First()
		k, _ = c.Next()
		return tx.Bucket([]byte("log")).Delete(k) // the second entry
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut = run(t, "log", "--verify", "--db", path)
	if code != ExitFindings || !strings.Contains(errOut, "запис № 2") {
		t.Fatalf("verify of a broken log: %d %s", code, errOut)
	}
	_ = os.Remove(path)
}
