package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// BenchmarkLoadYear_Demo3000_AfterWrite loads the demo school's year of 3,000 students after
// each write: the first screen shown after a save decodes the whole year again.
func BenchmarkLoadYear_Demo3000_AfterWrite(b *testing.B) {
	db := openBench(b)
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	if err := db.PutAll(d.Records()...); err != nil {
		b.Fatal(err)
	}
	y := d.Programme.Year
	for b.Loop() {
		b.StopTimer()
		if err := db.SetSetting("bench", "write"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		got, err := db.LoadYear(y)
		if err != nil || len(got.Students) != len(d.Students) {
			b.Fatalf("LoadYear: %v", err)
		}
	}
}
