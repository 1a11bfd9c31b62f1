package store_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// A data file copied in as 0644, its backups folder 0755 and an old backup 0644 become 0600 and
// 0700 when the file is opened for writing; new backups and kept copies are 0600.
func TestOpen_MakesFilesPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no such modes: the file lives under the user's profile")
	}
	db, _ := openTest(t)
	mustPut(t, db, student(2025, "Иван"))
	if _, err := db.Backup(); err != nil {
		t.Fatal(err)
	}
	path, dir := db.Path(), filepath.Join(filepath.Dir(db.Path()), "backups")
	backups, _ := db.Backups()
	_ = db.Close()
	for p, m := range map[string]os.FileMode{path: 0o644, dir: 0o755, backups[0]: 0o644} {
		if err := os.Chmod(p, m); err != nil {
			t.Fatal(err)
		}
	}
	c := newClock()
	c.Add(48 * 3600e9) // the day's first open takes a backup
	db = openAt(t, path, store.Options{Now: c.Now})
	backups, _ = db.Backups()
	kept := path + ".kept"
	if err := store.CopyPrivate(path, kept); err != nil {
		t.Fatal(err)
	}
	want := map[string]os.FileMode{path: 0o600, dir: 0o700, kept: 0o600}
	for _, b := range backups {
		want[b] = 0o600
	}
	if len(backups) < 2 {
		t.Fatalf("backups: %v", backups)
	}
	for p, m := range want {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != m {
			t.Errorf("%s is %v, want %v", filepath.Base(p), fi.Mode().Perm(), m)
		}
	}
}
