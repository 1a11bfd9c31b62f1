package store_test

import (
	"bytes"
	"errors"
	"go.etcd.io/bbolt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestBackup_RestoreRoundTrip(t *testing.T) {
	db, _ := openTest(t)
	path := db.Path()
	kept, lost := student(2025, "Запазен"), student(2025, "Изгубен")
	mustPut(t, db, kept)
	backup, err := db.Backup()
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(backup) != filepath.Join(filepath.Dir(path), "backups") {
		t.Errorf("backup %s not in <dir of file>/backups", backup)
	}
	mustPut(t, db, lost)
	if err := db.Delete(model.KindStudent, kept.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	if err := store.RestoreBackup(backup, path); err != nil {
		t.Fatalf("RestoreBackup: %v", err)
	}
	db = openAt(t, path, store.Options{})
	if err := db.Get(model.KindStudent, kept.ID, &model.Student{}); err != nil {
		t.Errorf("record of the backup after restore: %v", err)
	}
	if err := db.Get(model.KindStudent, lost.ID, &model.Student{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("record added after the backup: %v; want ErrNotFound", err)
	}
	if tmp, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestRestoreBackup_RefusesDamagedBackup(t *testing.T) {
	db, _ := openTest(t)
	mustPut(t, db, student(2025, "Иван"))
	path := db.Path()
	_ = db.Close()
	before, _ := os.ReadFile(path)

	bad := filepath.Join(t.TempDir(), "bad.bak")
	if err := os.WriteFile(bad, bytes.Repeat([]byte("боклук"), 3000), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := store.RestoreBackup(bad, path); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("RestoreBackup(garbage) = %v; want ErrCorrupt", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the data file was changed by a refused restore")
	}
}

func TestBackup_RetentionByAge(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	db := openAt(t, filepath.Join(dir, "school.db"), store.Options{Now: c.Now, BackupDir: filepath.Join(dir, "b")})
	// Twelve backups a day (imports) for 400 days.
	var first string
	for d := range 400 {
		for i := range 12 {
			p, err := db.Backup()
			if err != nil {
				t.Fatal(err)
			}
			if d == 399 && i == 0 {
				first = p
			}
			c.Add(time.Hour)
		}
		c.Add(12 * time.Hour)
	}
	got, err := db.Backups()
	if err != nil {
		t.Fatal(err)
	}
	// 2 days × 12, then one for each day up to 14, each week up to 8, each month up to 12
	// (a period partly inside a younger tier may keep one more).
	if len(got) < 24+12+6+10 || len(got) > 24+12+7+11+2 {
		t.Errorf("%d backups kept after 400 days of 12 a day; want about 24+12+6+10", len(got))
	}
	if !slices.Contains(got, first) {
		t.Errorf("the first backup of today %s was pushed out by the day's later ones", filepath.Base(first))
	}
	other := filepath.Join(dir, "b", "school-2-20260101-000000.000.bak")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.Backups(); len(again) != len(got) {
		t.Errorf("Backups lists a backup of another file: %v", again)
	}
}

func TestOpen_DaysFirstBackup(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), "school.db")
	opts := store.Options{Now: c.Now}
	steps := []struct {
		name    string
		advance time.Duration
		want    int
	}{
		{"new file: nothing to back up", 0, 0},
		{"first open of an existing file today", time.Hour, 1},
		{"second open the same day", time.Hour, 1},
		{"first open the next day", 24 * time.Hour, 2},
		{"again the next day", time.Minute, 2},
	}
	for _, st := range steps {
		c.Add(st.advance)
		db, err := store.Open(path, opts)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		backups, _ := db.Backups()
		if err := db.BackupErr(); err != nil {
			t.Errorf("%s: BackupErr = %v", st.name, err)
		}
		_ = db.Close()
		if len(backups) != st.want {
			t.Errorf("%s: %d backups; want %d", st.name, len(backups), st.want)
		}
	}
}

// An empty file (a crash right after bbolt created it, or a file named by mistake) and a file of
// another program are never set up silently; an empty one is when the user says so.
func TestOpen_EmptyOrForeignFileIsNotSetUpSilently(t *testing.T) {
	dir := t.TempDir()
	foreignBolt := filepath.Join(dir, "other.db")
	rawUpdate(t, foreignBolt, func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket([]byte("accounts"))
		if err != nil {
			return err
		}
		return b.Put([]byte("k"), []byte("v"))
	})
	tests := []struct {
		name    string
		code    model.Code
		content []byte // nil: the foreign bbolt file
		init    bool   // whether InitEmpty then sets it up
	}{
		{"empty", "empty_file", []byte{}, true},
		{"a text document", "foreign_file", []byte("Име;Клас\nИван;5\n"), false},
		{"another program's bbolt file", "foreign_file", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := foreignBolt
			if tt.content != nil {
				path = filepath.Join(t.TempDir(), "school.db")
				if err := os.WriteFile(path, tt.content, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := os.ReadFile(path)
			_, err := store.Open(path, store.Options{})
			if !errors.Is(err, store.ErrNotDataFile) || model.ErrorCode(err) != tt.code {
				t.Fatalf("Open = %v; want ErrNotDataFile %s", err, tt.code)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the refused file was changed")
			}
			db, err := store.Open(path, store.Options{InitEmpty: true})
			if !tt.init {
				if !errors.Is(err, store.ErrNotDataFile) {
					t.Errorf("Open with InitEmpty = %v; want still refused", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open with InitEmpty: %v", err)
			}
			defer db.Close()
			mustPut(t, db, student(2025, "Иван"))
		})
	}
}

// The UI saves from one goroutine while a backup runs on another.
func TestBackup_WhileWriting(t *testing.T) {
	db, _ := openTest(t)
	done := make(chan error)
	go func() {
		for range 20 {
			if err := db.Put(student(2025, "Иван")); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 5 {
		p, err := db.Backup()
		if err != nil {
			t.Fatal(err)
		}
		if err := store.RestoreBackup(p, filepath.Join(t.TempDir(), "copy.db")); err != nil {
			t.Errorf("backup taken while writing is not a good file: %v", err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
