package demo_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestGenerate_Art63_67_ProgrammeHours checks each thematic programme: remedial 72 h with 4 h
// with parents and a 2 h public event at the end (чл. 63, ал. 3); interest 66 h with 5 h led by
// parents and 5 h of public events, at least two, the last the yearly production (чл. 67–68).
func TestGenerate_Art63_67_ProgrammeHours(t *testing.T) {
	d := year(t, 300)
	rows := map[model.ID][]model.ProgrammeRow{}
	for _, r := range d.ProgrammeRows {
		rows[r.GroupID] = append(rows[r.GroupID], r)
	}
	for _, g := range d.Groups {
		var total, parents, events model.Hours
		nEvents := 0
		rs := rows[g.ID]
		for _, r := range rs {
			total += r.Hours
			switch r.Kind {
			case model.RowParents:
				parents += r.Hours
			case model.RowPublicEvent, model.RowProduction:
				events += r.Hours
				nEvents++
			}
		}
		last := rs[len(rs)-1].Kind
		want := struct {
			total, parents, events model.Hours
			last                   model.RowKind
		}{model.H(72), model.H(4), model.H(2), model.RowPublicEvent}
		if g.Kind == model.Interest {
			want.total, want.parents, want.events, want.last = model.H(66), model.H(5), model.H(5), model.RowProduction
			if nEvents < 2 {
				t.Errorf("%s: %d public events, want at least 2", g.Name, nEvents)
			}
		}
		if total != want.total || parents != want.parents || events != want.events || last != want.last {
			t.Errorf("%s: %s h, parents %s h, events %s h, last %q; want %s, %s, %s, %q",
				g.Name, total, parents, events, last, want.total, want.parents, want.events, want.last)
		}
	}
}

// TestGenerate_SessionsFollowSchedule checks every session is on one of its group's weekdays,
// on a day with classes from October to May, with marks only for members of the day.
// TestGenerate_CalendarIsTheModels: the demo year's days off are the model's calendar — the
// Ministry's order where the model has it, else the official holidays plus the usual vacations.
func TestGenerate_CalendarIsTheModels(t *testing.T) {
	tests := []struct {
		name string
		year model.SchoolYear
	}{
		{"2025/2026: the Ministry's order", 2025},
		{"2024/2025: official holidays and usual vacations", 2024},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := model.CalendarOf(&demo.Generate(demo.Options{Students: 40, Seed: 1, Year: tt.year}).Programme)
			def := model.DefaultCalendar(tt.year)
			if model.HasMinistryOrder(tt.year) != reflect.DeepEqual(got.Off, def.Off) {
				t.Errorf("the demo's calendar %v, the model's %v", got.Off, def.Off)
			}
			for _, h := range def.Off {
				if _, off := got.OffOn(h.From); !off {
					t.Errorf("the demo has classes on %s (%s)", h.From, h.Name)
				}
			}
			if _, off := got.OffOn(model.NewDate(int(tt.year), time.October, 31)); !off {
				t.Error("the demo has classes in the autumn vacation")
			}
		})
	}
}

func TestGenerate_SessionsFollowSchedule(t *testing.T) {
	d := year(t, 300)
	groups := map[model.ID]model.Group{}
	for _, g := range d.Groups {
		groups[g.ID] = g
	}
	for _, s := range d.Sessions {
		g := groups[s.GroupID]
		onDay := false
		for _, sl := range g.Schedule {
			onDay = onDay || sl.Day == s.Date.Weekday()
		}
		if !onDay || s.Date.M > time.May && s.Date.M < time.October {
			t.Fatalf("session %s of %s on %s (%s) is off the schedule", s.ID, g.Name, s.Date, s.Date.Weekday())
		}
		for _, r := range d.Programme.NonWorking {
			if r.Contains(s.Date) {
				t.Fatalf("session %s on %s falls in %s", s.ID, s.Date, r.Name)
			}
		}
		if len(s.Marks) != len(g.ActiveMembers(s.Date)) {
			t.Fatalf("session %s: %d marks for %d members", s.ID, len(s.Marks), len(g.ActiveMembers(s.Date)))
		}
	}
	if len(d.Sessions) != len(d.ProgrammeRows) {
		t.Errorf("%d sessions for %d programme rows", len(d.Sessions), len(d.ProgrammeRows))
	}
}

// TestGenerate_Currency checks the year as a school lives the changeover: the budget and plan
// in the year's currency; every agreement, contract and document in the currency of its date —
// leva until 31.12.2025, euro from 1.1.2026 — and every payment in the currency of its day;
// 2025/2026 has documents in both and a lev invoice paid in euro.
func TestGenerate_Currency(t *testing.T) {
	tests := []struct {
		name       string
		year       model.SchoolYear
		want       model.Currency
		both, euro bool // documents in both currencies; a lev document paid in euro
	}{
		{"2024/2025 in leva", 2024, model.BGN, false, false},
		{"2025/2026 across the changeover", 2025, model.EUR, true, true},
		{"2026/2027 in euro", 2026, model.EUR, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := demo.Generate(demo.Options{Students: 120, Seed: 3, Year: tt.year})
			check := func(what string, m model.Money, want model.Currency) {
				if m.Currency != want {
					t.Errorf("%s in %q, want %s", what, m.Currency, want)
				}
			}
			check("programme", model.Money{Currency: d.Programme.Currency}, tt.want)
			for _, l := range d.Programme.Plan {
				check("plan", l.Amount, tt.want)
			}
			for _, p := range d.People {
				check("rate of "+p.Name.String(), p.Rate, model.CurrencyOn(p.AgreementDate))
			}
			for _, c := range d.Contracts {
				check("contract "+c.Number, c.Value, model.CurrencyOn(c.Date))
			}
			seen := map[model.Currency]bool{}
			levInEuro := false
			for _, e := range d.Expenses {
				on := model.CurrencyOn(e.DocDate)
				seen[on] = true
				check("expense "+string(e.ID), e.Net, on)
				check("VAT of "+string(e.ID), e.VAT, on)
				check("paid "+string(e.ID), e.PaidAmount, model.CurrencyOn(e.PaidOn))
				if e.Net.Currency == model.BGN && e.PaidAmount.Currency == model.EUR {
					levInEuro = true
					if !model.Settles(e.Gross(), e.PaidAmount) || e.PaidAmount != e.Gross().ToEUR() {
						t.Errorf("%s: %v paid as %v, want its conversion %v", e.ID, e.Gross(), e.PaidAmount, e.Gross().ToEUR())
					}
				}
			}
			if (seen[model.BGN] && seen[model.EUR]) != tt.both || levInEuro != tt.euro {
				t.Errorf("documents in %v, a lev invoice paid in euro %v; want both %v, paid in euro %v", seen, levInEuro, tt.both, tt.euro)
			}
		})
	}
}

// TestGenerate_Art80_Rates checks leaders are paid 12.00 BGN, or 8.00 with up to three years
// of experience (чл. 80), the director 8.00 (чл. 85) and the accountant 6.00 (чл. 87), agreed
// in leva in October 2025 and applied from 1 January 2026 as 6,14 €, 4,09 € and 3,07 €.
func TestGenerate_Art80_Rates(t *testing.T) {
	d := year(t, 300)
	for _, p := range d.People {
		want, from2026 := model.Lev(12, 0), model.Euro(6, 14)
		switch {
		case p.Has(model.RoleDirector), p.ExperienceYears <= 3:
			want, from2026 = model.Lev(8, 0), model.Euro(4, 9)
		case p.Has(model.RoleAccountant):
			want, from2026 = model.Lev(6, 0), model.Euro(3, 7)
		}
		if p.Rate != want || model.RateOn(p.Rate, model.EuroDay) != from2026 {
			t.Errorf("%s (%v, %d years): rate %s (%s from 2026), want %s (%s)", p.Name, p.Roles, p.ExperienceYears,
				p.Rate, model.RateOn(p.Rate, model.EuroDay), want, from2026)
		}
	}
}

func TestGenerate_Art29_3_LeadersNotInCouncil(t *testing.T) {
	d := year(t, 3000)
	council := map[string]bool{}
	for _, m := range d.CouncilMembers {
		council[m.PersonalNumber] = true
		council[m.Name.String()] = true
	}
	for _, p := range d.People {
		if council[p.PersonalNumber] || council[p.Name.String()] {
			t.Errorf("%s is paid and sits in the council", p.Name)
		}
	}
	if n := len(d.CouncilMembers); n%2 == 0 {
		t.Errorf("council of %d members, want an odd number (чл. 29, ал. 2)", n)
	}
	chairs := 0
	for _, m := range d.CouncilMembers {
		if m.Role == model.RoleChair {
			chairs++
		}
	}
	if chairs != 1 {
		t.Errorf("%d chairs, want 1", chairs)
	}
}

// TestGenerate_Annex7_OfficeHours checks the director's and accountant's yearly hours stay
// within Приложение № 7: 300 students make a group II school, column 201–300.
func TestGenerate_Annex7_OfficeHours(t *testing.T) {
	d := year(t, 300)
	if d.School.Group != model.GroupII {
		t.Fatalf("300 students: group %s, want II", d.School.Group)
	}
	limits := map[model.PersonRole]model.Hours{model.RoleDirector: model.H(120), model.RoleAccountant: model.H(145)}
	totals := map[model.PersonRole]model.Hours{}
	for _, ts := range d.Timesheets {
		totals[ts.Role] += ts.Total()
	}
	for role, limit := range limits {
		if totals[role] == 0 || totals[role] > limit {
			t.Errorf("%s: %s h in the year, want 1–%s", role, totals[role], limit)
		}
	}
}

// TestGenerate_DeliberateProblems checks the three expenses the checks are meant to find.
func TestGenerate_DeliberateProblems(t *testing.T) {
	d := year(t, 300)
	var noProject, cash, late int
	for _, e := range d.Expenses {
		if !e.ProjectNoOnDocs {
			noProject++
		}
		if e.PaidBy == model.Cash {
			cash++
		}
		if e.PaidOn.AddDays(5).Before(e.EnteredOn) {
			late++
		}
	}
	if noProject != 1 || cash != 1 || late != 1 {
		t.Errorf("without project number %d, cash %d, entered late %d; want one of each", noProject, cash, late)
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		demo.Generate(demo.Options{Students: 3000, Seed: 1, Year: 2025})
	}
}

// TestGenerate_Art44_46_Applications checks the applications of Приложение № 2: three ranked
// wishes, the group offered for a wish holds the student, and the ESF panel is answered.
func TestGenerate_Art44_46_Applications(t *testing.T) {
	d := year(t, 300)
	member := map[model.ID]map[model.ID]bool{}
	for _, g := range d.Groups {
		member[g.ID] = map[model.ID]bool{}
		for _, m := range g.Members {
			member[g.ID][m.StudentID] = true
		}
	}
	withWishes := 0
	for _, a := range d.Applications {
		if !a.ESF.Complete() {
			t.Errorf("%s: ESF panel not answered", a.ID)
		}
		if len(a.Wishes) == 0 {
			continue
		}
		withWishes++
		if len(a.Wishes) != 3 {
			t.Errorf("%s: %d wishes, want 3", a.ID, len(a.Wishes))
		}
		offered := 0
		for i, w := range a.Wishes {
			if w.Rank != i+1 {
				t.Errorf("%s: wish %d has rank %d", a.ID, i+1, w.Rank)
			}
			if w.GroupID != "" {
				offered++
				if !member[w.GroupID][a.StudentID] {
					t.Errorf("%s: wish %d offers group %s, which does not hold the student", a.ID, w.Rank, w.GroupID)
				}
			}
		}
		if offered > 1 {
			t.Errorf("%s: %d groups offered, want at most one", a.ID, offered)
		}
	}
	if withWishes == 0 {
		t.Error("no application has interest wishes")
	}
}
