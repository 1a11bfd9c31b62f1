package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// BenchmarkLoadYear_Demo3000 loads the demo school's year of 3,000 students with its groups,
// journals, timesheets and expenses: what every screen pays when it is shown.
func BenchmarkLoadYear_Demo3000(b *testing.B) {
	db := openBench(b)
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	if err := db.PutAll(d.Records()...); err != nil {
		b.Fatal(err)
	}
	y := d.Programme.Year
	for b.Loop() {
		got, err := db.LoadYear(y)
		if err != nil || len(got.Students) != len(d.Students) {
			b.Fatalf("LoadYear: %v", err)
		}
	}
}
