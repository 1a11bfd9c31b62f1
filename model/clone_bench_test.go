package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// BenchmarkClone_Demo3000 copies the demo school's year of 3,000 students: what LoadYear pays
// for each screen shown while nothing changed.
func BenchmarkClone_Demo3000(b *testing.B) {
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	for b.Loop() {
		if c := d.Clone(); len(c.Students) != len(d.Students) {
			b.Fatal("students lost")
		}
	}
}
