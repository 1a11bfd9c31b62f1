package store_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// openFull opens a file with one valid record of every kind in year 2025.
func openFull(t *testing.T) *store.DB {
	t.Helper()
	db, _ := openTest(t)
	for _, kind := range model.Kinds {
		mustPut(t, db, validRecords(2025)[kind])
	}
	return db
}

// TestLoadYear_ChangingTheResultChangesNoLaterLoad: a screen edits what it loaded (without
// saving); the next LoadYear must still give the file's records.
func TestLoadYear_ChangingTheResultChangesNoLaterLoad(t *testing.T) {
	db := openFull(t)
	want := mustLoad(t, db, 2025)
	for i := range 2 { // the decoded year, then the kept one
		d := mustLoad(t, db, 2025)
		d.School.Name = "Друго"
		d.Programme.Plan[0].Amount.Minor = 1
		d.Programme.NonWorking = append(d.Programme.NonWorking, model.DateRange{Name: "нов"})
		d.Meetings[0].Agenda[0] = "друго"
		d.Students[0].Areas3002[0] = model.AreaArts
		d.Groups[0].Members[0].StudentID = "other"
		d.Sessions[0].Marks = nil
		d.Timesheets[0].Days[0].Hours = 1
		d.Expenses[0].SupportingDocs[0].Attachments[0].Name = "друго.pdf"
		d.Suppliers = d.Suppliers[:0]
		if got := mustLoad(t, db, 2025); !reflect.DeepEqual(got, want) {
			t.Errorf("load %d: changing the loaded year changed the next LoadYear", i+1)
		}
	}
}

// TestLoadYear_KeepsEachYear: the decoded years are kept by year.
func TestLoadYear_KeepsEachYear(t *testing.T) {
	db, _ := openTest(t)
	for _, y := range []model.SchoolYear{2024, 2025} {
		mustPut(t, db, validRecords(y)[model.KindProgramme])
	}
	for _, y := range []model.SchoolYear{2024, 2025, 2024, 2025} {
		if got := mustLoad(t, db, y).Programme.Year; got != y {
			t.Errorf("LoadYear(%v) gave the programme of %v", y, got)
		}
	}
}

// TestLoadYear_RolledBackWriteKeepsTheYear: a transaction that saved nothing keeps the decoded
// years (its changes never reach a load), counts as no commit and is told to nobody.
func TestLoadYear_RolledBackWriteKeepsTheYear(t *testing.T) {
	errStop := errors.New("stop")
	tests := []struct {
		name  string
		write func(db *store.DB) error
	}{
		{"Update whose function fails after a Put", func(db *store.DB) error {
			return db.Update(func(tx *store.Tx) error {
				if err := tx.Put(student(2025, "Нов")); err != nil {
					return err
				}
				return errStop
			})
		}},
		{"PutAll with an invalid record", func(db *store.DB) error {
			return db.PutAll(student(2025, "Нов"), &model.Student{Year: 2025})
		}},
		{"Delete of a missing record", func(db *store.DB) error {
			return db.Delete(model.KindStudent, "missing")
		}},
		{"Update whose function panics", func(db *store.DB) (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic: %v", r)
				}
			}()
			return db.Update(func(tx *store.Tx) error {
				if err := tx.Put(student(2025, "Нов")); err != nil {
					return err
				}
				panic("stop")
			})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t)
			mustPut(t, db, student(2025, "Първи"))
			mustLoad(t, db, 2025)
			before := db.CommitSeq()
			told := 0
			defer db.Subscribe(func(store.Change) { told++ })()
			if err := tt.write(db); err == nil {
				t.Fatal("the write succeeded; want it rolled back")
			}
			if got := db.CommitSeq(); got != before || told != 0 {
				t.Errorf("commit %d (%d changes told) after a rolled-back write; want %d (none)", got, told, before)
			}
			if got := firstNames(mustLoad(t, db, 2025)); !reflect.DeepEqual(got, []string{"Първи"}) {
				t.Errorf("students %v; want [Първи]", got)
			}
		})
	}
}

// TestLoadYear_RestoredBackupIsLoaded: a restored backup is a file of its own; the DB opened on
// it knows nothing of the years the closed DB had decoded.
func TestLoadYear_RestoredBackupIsLoaded(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), "school.db")
	opts := store.Options{User: "директор", Now: c.Now}
	db, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, db, student(2025, "Първи"))
	backup, err := db.Backup()
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, db, student(2025, "Втори"))
	if got := len(mustLoad(t, db, 2025).Students); got != 2 {
		t.Fatalf("%d students before the restore; want 2", got)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := store.RestoreBackup(backup, path); err != nil {
		t.Fatal(err)
	}
	db = openAt(t, path, opts)
	if got := firstNames(mustLoad(t, db, 2025)); !reflect.DeepEqual(got, []string{"Първи"}) {
		t.Errorf("students %v after the restore; want the backup's [Първи]", got)
	}
}

// TestLoadYear_ConcurrentLoadsSeeEachWrite: while other goroutines load the year over and over,
// a load after a write always sees that write.
func TestLoadYear_ConcurrentLoadsSeeEachWrite(t *testing.T) {
	db, _ := openTest(t)
	const writes = 20
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				if _, err := db.LoadYear(2025); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	for i := range writes {
		mustPut(t, db, student(2025, fmt.Sprintf("Ученик%02d", i)))
		if got := len(mustLoad(t, db, 2025).Students); got != i+1 {
			t.Errorf("after write %d: %d students; want %d", i+1, got, i+1)
		}
	}
	close(done)
	wg.Wait()
}
