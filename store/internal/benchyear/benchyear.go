// Package benchyear sets up the year the print benchmarks of store/forms and store/printing
// measure: one big school's demo year, made by one piece of code so that their figures stay
// comparable. It is test support: only benchmarks import it.
package benchyear

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// Students is how many students the benchmarks' school has: a big school.
const Students = 3000

// Demo3000 is the demo year of Students students (seed 1, demo.DefaultYear) and its budget by
// the default profile (Приложение № 6 and № 7). Making it takes seconds: call it before the
// benchmark's timer starts (b.Loop starts it anew).
func Demo3000(tb testing.TB) (*model.YearData, *model.Budget) {
	tb.Helper()
	d := demo.Generate(demo.Options{Students: Students, Seed: 1, Year: demo.DefaultYear})
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		tb.Fatalf("benchyear: the default profile: %v", err)
	}
	budget, err := model.BudgetFor(p, d)
	if err != nil {
		tb.Fatalf("benchyear: the budget of the demo year: %v", err)
	}
	return d, budget
}
