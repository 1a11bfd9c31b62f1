package model_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// order2025 is Заповед № РД09-2069/26.08.2025 typed again for the oracle, apart from the
// calendar file: vacations (т. 1), days without classes (т. 3) and the Council of Ministers'
// days off of 19.11.2025. lo, hi are grades (0: all).
var order2025 = []struct {
	from, to model.Date
	lo, hi   int
	vacation bool
}{
	{ymd(2025, 10, 31), ymd(2025, 11, 3), 0, 0, true},
	{ymd(2025, 12, 24), ymd(2026, 1, 4), 0, 0, true},
	{ymd(2025, 12, 31), ymd(2025, 12, 31), 0, 0, false},
	{ymd(2026, 1, 2), ymd(2026, 1, 2), 0, 0, false},
	{ymd(2026, 1, 31), ymd(2026, 2, 2), 0, 0, true},
	{ymd(2026, 3, 2), ymd(2026, 3, 2), 0, 0, false},
	{ymd(2026, 4, 4), ymd(2026, 4, 13), 1, 11, true},
	{ymd(2026, 4, 8), ymd(2026, 4, 13), 12, 12, true},
	{ymd(2026, 5, 20), ymd(2026, 5, 20), 0, 0, false},
	{ymd(2026, 5, 22), ymd(2026, 5, 22), 0, 0, false},
	{ymd(2026, 6, 17), ymd(2026, 6, 17), 0, 0, false},
	{ymd(2026, 6, 19), ymd(2026, 6, 19), 0, 0, false},
}

// oracleEnd2025 is the order's т. 4: the last day of classes of a grade.
func oracleEnd2025(grade int) model.Date {
	switch {
	case grade == 12:
		return ymd(2026, 5, 15)
	case grade <= 3:
		return ymd(2026, 5, 29)
	case grade <= 6:
		return ymd(2026, 6, 12)
	}
	return ymd(2026, 6, 30)
}

// oracleOpen says whether a group of the grades may meet on d in 2025/2026.
func oracleOpen(holidays map[model.Date]bool, d model.Date, grades []int, vacations bool) bool {
	if len(grades) == 0 {
		grades = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	}
	if holidays[d] {
		return false
	}
	for _, g := range grades {
		if !vacations && d.After(oracleEnd2025(g)) {
			return false
		}
		for _, o := range order2025 {
			in := !d.Before(o.from) && !d.After(o.to) && (o.lo == 0 || (g >= o.lo && g <= o.hi))
			if in && (!o.vacation || !vacations) {
				return false
			}
		}
	}
	return true
}

// oracleTotal is what a plan can give: each open day from From to To gives the hours of its
// weekday's slots up to the daily limit, and the programme stops at the target.
func oracleTotal(holidays map[model.Date]bool, p model.ProgrammePlan) model.Hours {
	var total model.Hours
	for d := p.From; !d.After(p.To); d = d.AddDays(1) {
		if !oracleOpen(holidays, d, p.Grades, p.Vacations) {
			continue
		}
		var day model.Hours
		for _, s := range p.Schedule {
			if s.Day == d.Weekday() {
				day += s.Hours
			}
		}
		total += min(day, model.H(int64(p.Rules.MaxDayHours)))
	}
	return min(total, p.Target)
}

// TestGenerateProgramme_Sweep_Art48_Art49_2 generates 400 seeded programmes of 2025/2026 over
// random weekly schedules, grades, periods and targets, and checks them against the oracle
// above: no meeting on a day off of the group's grades (чл. 48), none above the daily limit
// (чл. 49, ал. 2), the hours the oracle counts, every shortfall explained with remedies that
// give what they claim, and the parts of чл. 63, ал. 3 and чл. 67, т. 3 exact.
func TestGenerateProgramme_Sweep_Art48_Art49_2(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 2025))
	holidays := oracleHolidays(2025)
	cal := model.DefaultCalendar(2025)
	var shortfalls, remedied int
	for i := range 400 {
		kind := []model.ActivityKind{model.Remedial, model.Interest}[rng.IntN(2)]
		rules := profile(t).Rules(kind)
		var slots []model.Slot
		for range 1 + rng.IntN(3) {
			slots = append(slots, model.Slot{Day: time.Weekday(1 + rng.IntN(6)), Start: model.Clock(13*60 + 30*rng.IntN(8)),
				Hours: []model.Hours{model.H(1), 150, model.H(2), model.H(3), model.H(4)}[rng.IntN(5)]})
		}
		var grades []int
		for range rng.IntN(3) {
			grades = append(grades, 1+rng.IntN(12))
		}
		from := ymd(2025, 9, 15).AddDays(rng.IntN(90))
		p := model.ProgrammePlan{From: from, To: from.AddDays(120 + rng.IntN(200)), Calendar: cal, Rules: rules, Kind: kind,
			Target: model.H(int64(rules.HoursMin + rng.IntN(rules.HoursMax-rules.HoursMin+1))), Grades: grades,
			Vacations: rng.IntN(4) == 0, Schedule: slots}
		if p.To.After(ymd(2026, 8, 31)) {
			p.To = ymd(2026, 8, 31)
		}
		g := &model.Group{ID: "g", Year: 2025, Kind: kind, Schedule: slots}
		res, err := model.GenerateProgramme(g, p)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		checkSweepRows(t, i, holidays, p, res.Rows)
		if want := oracleTotal(holidays, p); res.Total != want {
			t.Errorf("case %d (%+v): total %s, oracle %s", i, p, res.Total, want)
		}
		if res.Total < p.Target {
			shortfalls++
			s := res.Shortfall
			if s == nil || s.Missing != p.Target-res.Total || !strings.Contains(s.Text, s.Missing.String()+" ч.") {
				t.Fatalf("case %d: %s of %s without an explanation: %+v", i, res.Total, p.Target, s)
			}
			if len(s.Remedies) > 0 {
				remedied++
			}
			// Those that reach the target first, then the others by their hours.
			for k := 1; k < len(s.Remedies); k++ {
				a, b := s.Remedies[k-1], s.Remedies[k]
				if (!a.Reaches && b.Reaches) || (!a.Reaches && a.Hours < b.Hours) {
					t.Errorf("case %d: remedies out of order: %q before %q", i, a.Text, b.Text)
				}
			}
			for _, r := range s.Remedies {
				again, err := model.GenerateProgramme(g, r.Plan)
				if err != nil || again.Total != r.Hours || r.Hours <= res.Total || oracleTotal(holidays, r.Plan) != r.Hours {
					t.Errorf("case %d: remedy %q claims %s, gives %s (%v)", i, r.Text, r.Hours, again.Total, err)
				}
				checkSweepRows(t, i, holidays, r.Plan, again.Rows)
			}
		} else if res.Shortfall != nil {
			t.Errorf("case %d: target reached but a shortfall %+v", i, res.Shortfall)
		}
	}
	t.Logf("%d shortfalls, %d with remedies", shortfalls, remedied)
	if shortfalls < 50 || remedied < shortfalls*9/10 {
		t.Errorf("%d shortfalls, %d with remedies: the sweep does not exercise the explanations", shortfalls, remedied)
	}
}

// checkSweepRows checks rows against the oracle's days, the daily limit and the exact parts.
func checkSweepRows(t *testing.T, i int, holidays map[model.Date]bool, p model.ProgrammePlan, rows []model.ProgrammeRow) {
	t.Helper()
	perDay := map[model.Date]model.Hours{}
	for _, r := range rows {
		if !oracleOpen(holidays, r.Date, p.Grades, p.Vacations) || r.Date.Before(p.From) || r.Date.After(p.To) {
			t.Errorf("case %d: a meeting on %s, a day off for grades %v (vacations %v)", i, r.Date, p.Grades, p.Vacations)
		}
		if !slices.ContainsFunc(p.Schedule, func(s model.Slot) bool { return s.Day == r.Date.Weekday() }) {
			t.Errorf("case %d: a meeting on %s, a %s outside the schedule", i, r.Date, r.Date.Weekday())
		}
		perDay[r.Date] += r.Hours
	}
	for d, h := range perDay {
		if h > model.H(int64(p.Rules.MaxDayHours)) {
			t.Errorf("case %d: %s has %s h, above the daily limit %d (чл. 49, ал. 2)", i, d, h, p.Rules.MaxDayHours)
		}
	}
	tot := model.TotalsOf(rows)
	if tot.Total >= model.H(int64(p.Rules.ParentHours+p.Rules.PublicEventHours+p.Rules.MinPublicEvents)) {
		if tot.Parents != model.H(int64(p.Rules.ParentHours)) || tot.Events != model.H(int64(p.Rules.PublicEventHours)) ||
			tot.EventCount < p.Rules.MinPublicEvents || tot.Production != p.Rules.Production {
			t.Errorf("case %d: parts %+v, want the article's figures exactly", i, tot)
		}
	}
}
