package model_test

import (
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// weekly is a group meeting on Tuesdays at 14:00 for two hours.
func weekly(kind model.ActivityKind, slots ...model.Slot) *model.Group {
	if len(slots) == 0 {
		slots = []model.Slot{{Day: time.Tuesday, Start: 14 * 60, Hours: model.H(2)}}
	}
	return &model.Group{ID: "g1", Year: 2025, Name: "Математика", Kind: kind, Place: "Каб. 12", Schedule: slots}
}

func plan(t *testing.T, kind model.ActivityKind, target int64, off ...model.DateRange) model.ProgrammePlan {
	return model.ProgrammePlan{From: model.NewDate(2025, time.October, 1), To: model.NewDate(2026, time.June, 30),
		Target: model.H(target), Calendar: model.Calendar{Year: 2025, Off: off}, Rules: profile(t).Rules(kind)}
}

func dates(rows []model.ProgrammeRow) []model.Date {
	out := make([]model.Date, len(rows))
	for i, r := range rows {
		out[i] = r.Date
	}
	return out
}

func TestGenerateProgramme_SkipsCalendar(t *testing.T) {
	holiday := model.DateRange{From: model.NewDate(2025, time.October, 7), To: model.NewDate(2025, time.October, 7), Name: "Празник"}
	vacation := model.DateRange{From: model.NewDate(2025, time.October, 11), To: model.NewDate(2025, time.October, 26), Name: "Ваканция"}
	cases := []struct {
		name    string
		off     []model.DateRange
		skipped []model.Date
		first   []model.Date
	}{
		{"nothing off", nil, nil, []model.Date{model.NewDate(2025, time.October, 7), model.NewDate(2025, time.October, 14)}},
		{"a holiday skipped", []model.DateRange{holiday}, []model.Date{model.NewDate(2025, time.October, 7)},
			[]model.Date{model.NewDate(2025, time.October, 14), model.NewDate(2025, time.October, 21)}},
		{"a vacation skipped", []model.DateRange{vacation}, []model.Date{model.NewDate(2025, time.October, 14), model.NewDate(2025, time.October, 21)},
			[]model.Date{model.NewDate(2025, time.October, 7), model.NewDate(2025, time.October, 28)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows := model.GenerateProgramme(weekly(model.Remedial), plan(t, model.Remedial, 70, tc.off...))
			got := dates(rows)
			for _, d := range tc.skipped {
				if slices.Contains(got, d) {
					t.Errorf("%s is in the programme", d)
				}
			}
			if !slices.Equal(got[:2], tc.first) {
				t.Errorf("first meetings %v, want %v", got[:2], tc.first)
			}
			for _, r := range rows {
				if r.Date.Weekday() != time.Tuesday || r.Start != 14*60 || r.Place != "Каб. 12" || r.GroupID != "g1" {
					t.Fatalf("row %+v does not follow the schedule", r)
				}
			}
		})
	}
}

func TestGenerateProgramme_StopsAtTarget(t *testing.T) {
	cases := []struct {
		name      string
		target    int64
		rows      int
		lastHours model.Hours
	}{
		{"70 in two-hour meetings", 70, 35, model.H(2)},
		{"71: the last meeting shortened", 71, 36, model.H(1)},
		{"target beyond the year stops at its end", 200, 39, model.H(2)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows := model.GenerateProgramme(weekly(model.Remedial), plan(t, model.Remedial, tc.target))
			if len(rows) != tc.rows {
				t.Fatalf("%d rows, want %d", len(rows), tc.rows)
			}
			if h := rows[len(rows)-1].Hours; h != tc.lastHours {
				t.Errorf("last row has %s h, want %s", h, tc.lastHours)
			}
			if total := model.TotalsOf(rows).Total; total > model.H(tc.target) {
				t.Errorf("total %s over the target %d", total, tc.target)
			}
		})
	}
}

func TestGenerateProgramme_Art49_2_HoursPerDay(t *testing.T) {
	cases := []struct {
		name string
		kind model.ActivityKind
		max  model.Hours
	}{
		{"remedial: 2 a day", model.Remedial, model.H(2)},
		{"interest: 4 a day", model.Interest, model.H(4)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := weekly(tc.kind, model.Slot{Day: time.Wednesday, Start: 13 * 60, Hours: model.H(3)},
				model.Slot{Day: time.Wednesday, Start: 17 * 60, Hours: model.H(3)})
			perDay := map[model.Date]model.Hours{}
			for _, r := range model.GenerateProgramme(g, plan(t, tc.kind, 62)) {
				perDay[r.Date] += r.Hours
			}
			for d, h := range perDay {
				if h > tc.max {
					t.Errorf("%s has %s h, at most %s", d, h, tc.max)
				}
			}
		})
	}
}

func TestGenerateProgramme_MarksParts(t *testing.T) {
	cases := []struct {
		name string
		kind model.ActivityKind
	}{{"remedial", model.Remedial}, {"interest", model.Interest}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, tc.kind, 70)
			rows := model.GenerateProgramme(weekly(tc.kind), p)
			tot := model.TotalsOf(rows)
			if tot.Parents < model.H(int64(p.Rules.ParentHours)) || tot.Events < model.H(int64(p.Rules.PublicEventHours)) ||
				tot.EventCount < p.Rules.MinPublicEvents || tot.Production != p.Rules.Production {
				t.Errorf("totals %+v do not meet %+v", tot, p.Rules)
			}
			last := rows[len(rows)-1].Kind
			if last != model.RowPublicEvent && last != model.RowProduction {
				t.Errorf("the last meeting is %q, want a public event", last)
			}
		})
	}
}

// TestGenerateProgramme_Art63_3_Boundaries runs the checks on generated programmes: the targets
// on each side of 70 and 80 hours.
func TestGenerateProgramme_Art63_3_Boundaries(t *testing.T) {
	cases := []struct {
		name   string
		target int64
		want   bool
	}{
		{"69 hours", 69, true}, {"70 hours", 70, false}, {"80 hours", 80, false}, {"81 hours", 81, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			g := &d.Groups[0]
			g.Schedule = []model.Slot{{Day: time.Tuesday, Start: 14 * 60, Hours: model.H(1)}, {Day: time.Thursday, Start: 14 * 60, Hours: model.H(1)}}
			p := plan(t, model.Remedial, tc.target)
			p.From = model.NewDate(2025, time.September, 15)
			var rows []model.ProgrammeRow
			for _, r := range d.ProgrammeRows {
				if r.GroupID != g.ID {
					rows = append(rows, r)
				}
			}
			d.ProgrammeRows = append(rows, model.GenerateProgramme(g, p)...)
			_, got := finding(model.Check(profile(t), d, fixtureToday), "programme_hours", "чл. 63, ал. 3")
			if got != tc.want {
				t.Errorf("programme_hours finding = %v, want %v", got, tc.want)
			}
		})
	}
}
