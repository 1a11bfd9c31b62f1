package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// BenchmarkSaveDemo3000 saves every record of the 3,000-student demo year in one transaction,
// with and without the change log's entries: the log must add at most 10 % (issue #14).
func BenchmarkSaveDemo3000(b *testing.B) {
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	for _, noLog := range []bool{true, false} {
		b.Run(fmt.Sprintf("log=%v", !noLog), func(b *testing.B) {
			benchNoLog = noLog
			defer func() { benchNoLog = false }()
			for b.Loop() {
				b.StopTimer()
				db, err := Open(filepath.Join(b.TempDir(), "school.db"), Options{User: "bench"})
				if err != nil {
					b.Fatal(err)
				}
				rs := d.Records()
				for _, r := range rs {
					r.SetRecordID("")
				}
				b.StartTimer()
				if err := db.PutAll(rs...); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
		})
	}
}

// BenchmarkVerifyLog100k verifies a change log of 100,000 entries: at most 1 s (issue #14).
func BenchmarkVerifyLog100k(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "school.db"), Options{User: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const n = 100_000
	for i := 0; i < n; i += 10_000 {
		err := db.Update(func(tx *Tx) error {
			for j := i; j < i+10_000; j++ {
				data := fmt.Appendf(nil, `{"ID":"%d","Grade":%d}`, j, j%12)
				if err := tx.appendLog(LogEntry{Action: ActionPut, Kind: model.KindStudent, ID: model.ID(fmt.Sprint(j))}, nil, data); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if got, err := db.VerifyLog(); err != nil || got != n {
			b.Fatalf("VerifyLog = %d, %v", got, err)
		}
	}
}
