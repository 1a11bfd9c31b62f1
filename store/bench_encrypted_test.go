package store_test

import (
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// BenchmarkLoadYear_Demo3000_Sealed decodes the demo's year of 3,000 students from the file
// (a write before each load empties the decoded-years cache), plain and encrypted: the goal of
// issue #13 is encrypted ≤ 1.2 × plain. Compare with benchstat -col /file.
func BenchmarkLoadYear_Demo3000_Sealed(b *testing.B) {
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	for _, c := range []struct {
		name string
		pass []byte
	}{{"plain", nil}, {"encrypted", []byte("парола за измерване")}} {
		b.Run("file="+c.name, func(b *testing.B) {
			db, err := store.Open(filepath.Join(b.TempDir(), "school.db"), store.Options{User: "bench", Passphrase: c.pass})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			if err := db.PutAll(d.Records()...); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				b.StopTimer()
				if err := db.SetSetting("bench", "write"); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				got, err := db.LoadYear(d.Programme.Year)
				if err != nil || len(got.Students) != len(d.Students) {
					b.Fatalf("LoadYear: %v", err)
				}
			}
		})
	}
}
