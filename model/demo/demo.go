// Package demo generates a realistic, deterministic school year of „Твоят час“: a school with
// its council, students, applications, groups, journals, paid people, timesheets and expenses.
//
// It is for demonstrations, screenshots and performance tests: the same Options always give the
// same data, every record passes its Validate, and a handful of expenses carry deliberate
// problems so that the checks have something to show.
package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Options say what to generate. The zero value gives 300 students of the year 2025/2026, seed 1.
//
// Below about MinStudents students the groups that the targets of Приложение № 1 call for
// cost more than the budget of Приложение № 6 gives, and the checks say so.
type Options struct {
	Students int              // students in daily form; 300 when ≤ 0
	Seed     int64            // the same seed gives the same year
	Year     model.SchoolYear // 2025/2026 when zero
	// Profile, when given, pays the approved hours as the payroll statement does
	// (model.BuildPayroll: each role of each person, contributions by fund with the rates in
	// force), so that the payroll expenses agree with the statements to the cent. Without it
	// (the model's own tests have no profile file) a quarter's pay is the hours × the rate with
	// one employer rate of 18,92 % on top (model.ComputePay), which can differ by a cent.
	// `tchas demo` passes the default profile.
	Profile *model.Profile
}

// DefaultStudents is the school size of the zero Options.
const DefaultStudents = 300

// MinStudents is the smallest school whose generated year fits its budget (чл. 77, ал. 1).
const MinStudents = 30

// DefaultYear is the school year of the zero Options.
const DefaultYear model.SchoolYear = 2025

// Generate builds one school year. It never fails: every record it returns passes Validate.
func Generate(opts Options) *model.YearData {
	if opts.Students <= 0 {
		opts.Students = DefaultStudents
	}
	if opts.Year == 0 {
		opts.Year = DefaultYear
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	g := newGen(opts)
	g.school()
	g.programme()
	g.council()
	g.students()
	g.people()
	g.groups()
	g.secondRoles()
	g.surveys()
	g.applications()
	g.sessions()
	g.cards()
	g.timesheets()
	g.expenses()
	g.plan()
	g.meetings()
	g.directorLast()
	return g.d
}

// gen holds the state of one generation. Everything random comes from rng, and every
// collection it walks is a slice, so the output depends on the options only.
type gen struct {
	opts Options
	rng  *rand.Rand
	year model.SchoolYear
	cur  model.Currency
	d    *model.YearData
	cal  calendar

	used     map[string]bool // personal numbers, ЕИК and names already given out
	group    model.FundingGroup
	director model.PersonName
	// directorFemale keeps the director's ЕГН in step with the name.
	directorFemale bool
	meta           []studentMeta        // per student, beside d.Students
	wishes         map[int][]model.Wish // per student index: the interest wishes (looked up, never walked)
	pool           leaderPool
	seq            map[string]int // groups so far per name, to number groups of the same name
}

func newGen(opts Options) *gen {
	seed := uint64(opts.Seed)
	y := opts.Year
	cur := model.BGN
	// The year's budget and report are in euro from 2025/2026, the first year reported after
	// 1 January 2026; its documents are in the currency of their date (docMoney): the
	// agreements, contracts and invoices of autumn 2025 in leva, those of 2026 in euro.
	if y >= 2025 {
		cur = model.EUR
	}
	return &gen{
		opts: opts,
		rng:  rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		year: y,
		cur:  cur,
		d:    &model.YearData{},
		cal:  newCalendar(y),
		used: map[string]bool{},
		seq:  map[string]int{},
	}
}

// id formats a deterministic record ID: id("stu", 5, 1) is "stu-00001".
func id(prefix string, width, n int) model.ID {
	return model.ID(fmt.Sprintf("%s-%0*d", prefix, width, n))
}

// intn returns a random int in [0, n); n ≤ 0 gives 0.
func (g *gen) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return g.rng.IntN(n)
}

// between returns a random int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

// chance is true with probability percent / 100.
func (g *gen) chance(percent int) bool { return g.intn(100) < percent }

// pick returns a random element of xs.
func pick[T any](g *gen, xs []T) T { return xs[g.intn(len(xs))] }

// date is a date of the school year: month m of the first calendar year for Sep–Dec, of
// the second for Jan–Aug.
func (g *gen) date(m time.Month, d int) model.Date {
	y := int(g.year)
	if m < time.September {
		y++
	}
	return model.NewDate(y, m, d)
}

// docMoney is a lev figure in the currency of a document dated on: as it is before
// 1 January 2026, converted once from it (model.CurrencyOn).
func docMoney(m model.Money, on model.Date) model.Money {
	return m.In(model.CurrencyOn(on))
}

// agreed is a lev figure of an agreement or contract signed when the programme is approved.
func (g *gen) agreed(leva, stotinki int64) model.Money {
	return docMoney(model.Lev(leva, stotinki), g.approved())
}
