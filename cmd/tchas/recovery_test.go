package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"go.etcd.io/bbolt"
)

// demoFile writes a small demo school into a new file in a folder of its own.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "30"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	return path
}

// firstStudent returns the ID of a student of the file.
func firstStudent(t *testing.T, path string) model.ID {
	t.Helper()
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatalf("students: %v", err)
	}
	return rs[0].RecordID()
}

// flipInRecord changes one byte of a stored record with bbolt directly, as bad luck would.
func flipInRecord(t *testing.T, path string, kind model.Kind, id model.ID) {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = b.Update(func(tx *bbolt.Tx) error {
		bk := tx.Bucket([]byte(kind))
		v := bytes.Clone(bk.Get([]byte(id)))
		v[len(v)-5] ^= 0x04
		return bk.Put([]byte(id), v)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadOnlyCommands_TakeNoBackup(t *testing.T) {
	path := demoFile(t)
	for _, args := range [][]string{{"info"}, {"check"}, {"dump"}, {"fsck"}, {"backups"}} {
		code, _, errOut := run(t, append(args, "--db", path)...)
		if code != ExitOK && code != ExitFindings {
			t.Errorf("%s: exit %d\n%s", args[0], code, errOut)
		}
		if list, _ := store.BackupsOf(path, time.UTC); len(list) != 0 {
			t.Fatalf("%s took a backup: %v", args[0], list)
		}
		// Not even the folder: a USB stick or a read-only share stays as it was.
		if _, err := os.Stat(filepath.Join(filepath.Dir(path), "backups")); !os.IsNotExist(err) {
			t.Fatalf("%s made the backups folder (%v)", args[0], err)
		}
	}
}

func TestFsck(t *testing.T) {
	path := demoFile(t)
	code, out, _ := run(t, "fsck", "--db", path)
	if code != ExitOK || !strings.Contains(out, "наред") {
		t.Fatalf("fsck of a sound file: exit %d\n%s", code, out)
	}
	id := firstStudent(t, path)
	flipInRecord(t, path, model.KindStudent, id)
	before, _ := os.ReadFile(path)
	code, out, _ = run(t, "fsck", "--db", path)
	if code != ExitFindings || !strings.Contains(out, "повреден запис: student "+string(id)) {
		t.Errorf("fsck of a damaged file: exit %d\n%s; want 1 naming student %s", code, out, id)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("fsck changed the file")
	}
	// Every other command refuses the file and says how to go on.
	code, _, errOut := run(t, "info", "--db", path)
	if code != ExitUsage || !strings.Contains(errOut, "tchas restore") {
		t.Errorf("info of a damaged file: exit %d\n%s", code, errOut)
	}
}

func TestBackupsAndRestore(t *testing.T) {
	path := demoFile(t)
	// The day's first open by a command that writes takes a backup; then the file changes.
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	id := firstStudent0(t, db)
	if err := db.Delete(model.KindStudent, id); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	code, out, errOut := run(t, "backups", "--db", path)
	if code != ExitOK || strings.Count(out, "здраво") != 1 {
		t.Fatalf("backups: exit %d\n%s%s; want one sound backup", code, out, errOut)
	}
	list, _ := store.BackupsOf(path, time.Local)
	name := filepath.Base(list[0].Path)
	if !strings.Contains(out, name) {
		t.Errorf("backups does not list %s:\n%s", name, out)
	}

	code, out, errOut = run(t, "restore", "--db", path, name)
	if code != ExitOK || !strings.Contains(out, "запазен като") {
		t.Fatalf("restore: exit %d\n%s%s", code, out, errOut)
	}
	if got := firstStudent(t, path); got != id {
		t.Errorf("after restore the first student is %s; want the deleted %s back", got, id)
	}
	asides, _ := filepath.Glob(path + ".before-restore-*")
	if len(asides) != 1 {
		t.Fatalf("the file before the restore was not kept: %v", asides)
	}

	// A damaged backup is refused and the file stays as it is.
	flipInRecord(t, list[0].Path, model.KindStudent, id)
	before, _ := os.ReadFile(path)
	code, _, errOut = run(t, "restore", "--db", path, list[0].Path)
	if code != ExitFindings || !strings.Contains(errOut, "повредено") {
		t.Errorf("restore of a damaged backup: exit %d\n%s", code, errOut)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the file")
	}
}

func firstStudent0(t *testing.T, db *store.DB) model.ID {
	t.Helper()
	rs, err := db.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatalf("students: %v", err)
	}
	return rs[0].RecordID()
}

func TestDump_EveryRecordInAStableOrder(t *testing.T) {
	path := demoFile(t)
	code, first, errOut := run(t, "dump", "--db", path)
	if code != ExitOK {
		t.Fatalf("dump: exit %d\n%s", code, errOut)
	}
	if _, second, _ := run(t, "dump", "--db", path); second != first {
		t.Error("two dumps of the same file differ")
	}
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var want []string
	for _, k := range model.Kinds {
		envs, err := db.Envelopes(k, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range envs {
			want = append(want, string(k)+"/"+string(e.Meta.ID)+"/"+e.Meta.Version.String())
		}
	}
	lines := strings.Split(strings.TrimSuffix(first, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines; want one per record, %d", len(lines), len(want))
	}
	for i, l := range lines {
		var d struct {
			Kind    model.Kind
			ID      model.ID
			Version store.Version
			Record  json.RawMessage
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if got := string(d.Kind) + "/" + string(d.ID) + "/" + d.Version.String(); got != want[i] || len(d.Record) < 2 {
			t.Fatalf("line %d: %s with record %s; want %s", i+1, got, d.Record, want[i])
		}
	}
}

func TestResetInstallation_NewIDAndKey(t *testing.T) {
	path := demoFile(t)
	before := func() string {
		db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		return db.Installation()
	}
	id0 := before()
	code, out, errOut := run(t, "reset-installation", "--db", path)
	if code != ExitOK || !strings.Contains(out, "Нов отпечатък") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if id := before(); id == id0 || !strings.Contains(out, id) {
		t.Errorf("installation %s after reset (printed %q); want a new one", id, out)
	}
}

// An empty file is never set up silently by tchas; it says what to do and leaves the file alone.
func TestOpen_EmptyFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "info", "--db", path)
	if code != ExitUsage || !strings.Contains(errOut, "е празен") {
		t.Errorf("info of an empty file: exit %d\n%s", code, errOut)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Error("tchas set the empty file up")
	}
}

// A command that writes reports on stderr a backup it could not take, and still does its work.
func TestRefusedBackupIsOnStderr(t *testing.T) {
	path := demoFile(t)
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "backups"), []byte("x"), 0o600); err != nil {
		t.Fatal(err) // a file where the backups folder should be
	}
	out := filepath.Join(t.TempDir(), "p.zip")
	code, _, errOut := run(t, "export", "--db", path, "--out", out, "--unencrypted")
	if code != ExitOK || !strings.Contains(errOut, "резервно копие") || !strings.Contains(errOut, "не е направено") {
		t.Errorf("export with no backup possible: exit %d, stderr %q", code, errOut)
	}
}
