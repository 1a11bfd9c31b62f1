package store_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// students3000 makes a school's worth of students of year y, without IDs.
func students3000(y model.SchoolYear) []model.Record {
	rs := make([]model.Record, 3000)
	for i := range rs {
		s := student(y, fmt.Sprintf("Ученик%04d", i))
		s.Grade = 1 + i%12
		s.Section = string(rune('А' + i%4))
		rs[i] = s
	}
	return rs
}

func openBench(b *testing.B) *store.DB {
	b.Helper()
	db, err := store.Open(filepath.Join(b.TempDir(), "school.db"), store.Options{User: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	return db
}

// BenchmarkPutAll_3000 saves 3000 new students in one transaction (an import of the school's list).
func BenchmarkPutAll_3000(b *testing.B) {
	db := openBench(b)
	rs := students3000(2025)
	for b.Loop() {
		for _, r := range rs {
			r.SetRecordID("")
		}
		if err := db.PutAll(rs...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadYear loads a year of 3000 students and one record of every other kind, with a
// second year in the file that LoadYear must skip.
func BenchmarkLoadYear(b *testing.B) {
	db := openBench(b)
	for _, y := range []model.SchoolYear{2024, 2025} {
		if err := db.PutAll(students3000(y)...); err != nil {
			b.Fatal(err)
		}
		for kind, r := range validRecords(y) {
			if kind == model.KindSchool && y == 2024 {
				continue // one school per file
			}
			if err := db.Put(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	for b.Loop() {
		d, err := db.LoadYear(2025)
		if err != nil || len(d.Students) != 3001 {
			b.Fatalf("LoadYear: %d students, %v", len(d.Students), err)
		}
	}
}

// BenchmarkOpen opens a file of two years of 3000 students: the integrity check reads it all.
func BenchmarkOpen(b *testing.B) {
	db := openBench(b)
	for _, y := range []model.SchoolYear{2024, 2025} {
		if err := db.PutAll(students3000(y)...); err != nil {
			b.Fatal(err)
		}
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	opts := store.Options{BackupDir: b.TempDir()}
	for b.Loop() {
		db, err := store.Open(path, opts)
		if err != nil {
			b.Fatal(err)
		}
		_ = db.Close()
	}
}
