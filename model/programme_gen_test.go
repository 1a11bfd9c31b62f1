package model_test

import (
	"slices"
	"strings"
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

// plan is 01.10.2025–30.06.2026 for grade VIII over the given days off (the year's calendar
// without periods when none), with the VII–XI end of classes.
func plan(t *testing.T, kind model.ActivityKind, target int64, off ...model.DateRange) model.ProgrammePlan {
	t.Helper()
	return model.ProgrammePlan{From: model.NewDate(2025, time.October, 1), To: model.NewDate(2026, time.June, 30),
		Target: model.H(target), Calendar: model.Calendar{Year: 2025, Confirmed: true, Off: off},
		Rules: profile(t).Rules(kind), Kind: kind, Grades: []int{8}}
}

// generate runs the generator and fails the test on an error.
func generate(t *testing.T, g *model.Group, p model.ProgrammePlan) model.ProgrammeResult {
	t.Helper()
	res, err := model.GenerateProgramme(g, p)
	if err != nil {
		t.Fatalf("GenerateProgramme: %v", err)
	}
	return res
}

func dates(rows []model.ProgrammeRow) []model.Date {
	out := make([]model.Date, len(rows))
	for i, r := range rows {
		out[i] = r.Date
	}
	return out
}

func TestGenerateProgramme_SkipsCalendar(t *testing.T) {
	holiday := model.DateRange{From: ymd(2025, 10, 7), To: ymd(2025, 10, 7), Name: "Празник", Kind: model.OffHoliday}
	vacation := model.DateRange{From: ymd(2025, 10, 11), To: ymd(2025, 10, 26), Name: "Ваканция", Kind: model.OffVacation}
	cases := []struct {
		name    string
		off     []model.DateRange
		skipped []model.Date
		first   []model.Date
	}{
		{"nothing off", nil, nil, []model.Date{ymd(2025, 10, 7), ymd(2025, 10, 14)}},
		{"a holiday skipped", []model.DateRange{holiday}, []model.Date{ymd(2025, 10, 7)}, []model.Date{ymd(2025, 10, 14), ymd(2025, 10, 21)}},
		{"a vacation skipped", []model.DateRange{vacation}, []model.Date{ymd(2025, 10, 14), ymd(2025, 10, 21)}, []model.Date{ymd(2025, 10, 7), ymd(2025, 10, 28)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows := generate(t, weekly(model.Remedial), plan(t, model.Remedial, 70, tc.off...)).Rows
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
				if r.Date.Weekday() != time.Tuesday || r.Place != "Каб. 12" || r.GroupID != "g1" {
					t.Fatalf("row %+v does not follow the schedule", r)
				}
			}
		})
	}
}

func TestGenerateProgramme_StopsAtTarget(t *testing.T) {
	cases := []struct {
		name   string
		target int64
		rows   int
	}{
		{"70 in two-hour meetings", 70, 35},
		{"71: the last meeting shortened", 71, 36},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := generate(t, weekly(model.Remedial), plan(t, model.Remedial, tc.target))
			if res.Total != model.H(tc.target) || res.Shortfall != nil {
				t.Fatalf("total %s, shortfall %v, want %d", res.Total, res.Shortfall, tc.target)
			}
			// Splitting a meeting for the parts adds rows, never hours.
			if len(res.Rows) < tc.rows {
				t.Errorf("%d rows, want at least %d", len(res.Rows), tc.rows)
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
			target := int64(profile(t).Rules(tc.kind).HoursMin)
			perDay := map[model.Date]model.Hours{}
			for _, r := range generate(t, g, plan(t, tc.kind, target)).Rows {
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

// TestGenerateProgramme_Art63_3_Art67_3_PartsExact: the parents' hours and the public events
// are the article's figures exactly, also where the meetings are 2 h and the figure is 5.
func TestGenerateProgramme_Art63_3_Art67_3_PartsExact(t *testing.T) {
	cases := []struct {
		name  string
		kind  model.ActivityKind
		hours int64
	}{
		{"remedial, 2 h meetings", model.Remedial, 2}, {"remedial, 1 h meetings", model.Remedial, 1},
		{"interest, 2 h meetings", model.Interest, 2}, {"interest, 3 h meetings", model.Interest, 3},
		{"interest, 4 h meetings", model.Interest, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, tc.kind, int64(profile(t).Rules(tc.kind).HoursMin))
			g := weekly(tc.kind, model.Slot{Day: time.Tuesday, Start: 14 * 60, Hours: model.H(tc.hours)},
				model.Slot{Day: time.Thursday, Start: 14 * 60, Hours: model.H(tc.hours)})
			rows := generate(t, g, p).Rows
			tot := model.TotalsOf(rows)
			if tot.Parents != model.H(int64(p.Rules.ParentHours)) || tot.Events != model.H(int64(p.Rules.PublicEventHours)) ||
				tot.EventCount < p.Rules.MinPublicEvents || tot.Production != p.Rules.Production || tot.Total != p.Target {
				t.Errorf("totals %+v, want parents %d, events %d (≥ %d), production %v", tot, p.Rules.ParentHours,
					p.Rules.PublicEventHours, p.Rules.MinPublicEvents, p.Rules.Production)
			}
			last := rows[len(rows)-1].Kind
			if last != model.RowPublicEvent && last != model.RowProduction {
				t.Errorf("the last meeting is %q, want a public event", last)
			}
			// One meeting a day: two rows of a day are a split meeting, the second part starting
			// where the first ends (40-minute lessons), the day's hours the meeting's.
			for i := 1; i < len(rows); i++ {
				a, b := rows[i-1], rows[i]
				if a.Date == b.Date && (b.Start != a.Start+model.Clock(int64(a.Hours)*40/100) || a.Hours+b.Hours != model.H(tc.hours)) {
					t.Errorf("split meeting on %s: %s %s h, then %s %s h", a.Date, a.Start, a.Hours, b.Start, b.Hours)
				}
			}
		})
	}
}

// TestGenerateProgramme_Art48_1_GradesEndOfClasses: a group's meetings end with its grades' end
// of classes and keep off XII's own spring vacation, unless vacations are allowed
// (чл. 48, ал. 1, т. 2).
func TestGenerateProgramme_Art48_1_GradesEndOfClasses(t *testing.T) {
	cal := model.DefaultCalendar(2025)
	cases := []struct {
		name      string
		from      model.Date
		grades    []int
		vacations bool
		last      model.Date // no meeting after it
		never     []model.Date
		some      []model.Date
	}{
		{"I–III end on 29.05.2026", ymd(2026, 3, 30), []int{2}, false, ymd(2026, 5, 29), nil, nil},
		{"IV–VI end on 12.06.2026", ymd(2026, 3, 30), []int{5}, false, ymd(2026, 6, 12), nil, nil},
		{"XII ends on 15.05.2026", ymd(2026, 3, 30), []int{12}, false, ymd(2026, 5, 15), []model.Date{ymd(2026, 4, 8), ymd(2026, 4, 9)}, []model.Date{ymd(2026, 4, 7)}},
		{"XI keeps its own spring vacation", ymd(2026, 3, 30), []int{11}, false, ymd(2026, 6, 30), []model.Date{ymd(2026, 4, 7), ymd(2026, 6, 17)}, nil},
		{"a group of III and IV ends with III", ymd(2026, 3, 30), []int{3, 4}, false, ymd(2026, 5, 29), nil, nil},
		{"vacations allowed: after the end too, never on exam days", ymd(2026, 5, 25), []int{2}, true, ymd(2026, 6, 30),
			[]model.Date{ymd(2026, 5, 25), ymd(2026, 6, 17), ymd(2026, 6, 19)}, []model.Date{ymd(2026, 6, 2), ymd(2026, 6, 29)}},
		{"XI: vacation days allowed, holidays not", ymd(2026, 3, 30), []int{11}, true, ymd(2026, 6, 30),
			[]model.Date{ymd(2026, 4, 10), ymd(2026, 4, 13)}, []model.Date{ymd(2026, 4, 7), ymd(2026, 4, 8)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
			var slots []model.Slot
			for _, d := range days {
				slots = append(slots, model.Slot{Day: d, Start: 14 * 60, Hours: model.H(2)})
			}
			g := weekly(model.Interest, slots...)
			p := model.ProgrammePlan{From: tc.from, To: ymd(2026, 6, 30), Target: model.H(72), Calendar: cal,
				Rules: profile(t).Rules(model.Interest), Kind: model.Interest, Grades: tc.grades, Vacations: tc.vacations}
			got := dates(generate(t, g, p).Rows)
			for _, d := range got {
				if d.After(tc.last) {
					t.Fatalf("a meeting on %s, after %s", d, tc.last)
				}
			}
			for _, d := range tc.never {
				if slices.Contains(got, d) {
					t.Errorf("a meeting on %s", d)
				}
			}
			for _, d := range tc.some {
				if !slices.Contains(got, d) {
					t.Errorf("no meeting on %s", d)
				}
			}
		})
	}
}

// TestGenerateProgramme_Art63_3_Art67_3_TargetRange: targets outside the article's range are
// refused with the range; a period outside the school year or backwards too.
func TestGenerateProgramme_Art63_3_Art67_3_TargetRange(t *testing.T) {
	cases := []struct {
		name   string
		kind   model.ActivityKind
		target int64
		code   model.Code
		words  string
	}{
		{"remedial 69", model.Remedial, 69, "target_range", "от 70 до 80 (чл. 63, ал. 3)"},
		{"remedial 70", model.Remedial, 70, "", ""},
		{"remedial 80", model.Remedial, 80, "", ""},
		{"remedial 81", model.Remedial, 81, "target_range", "от 70 до 80"},
		{"interest 61", model.Interest, 61, "target_range", "от 62 до 72 (чл. 67, т. 3)"},
		{"interest 62", model.Interest, 62, "", ""},
		{"interest 72", model.Interest, 72, "", ""},
		{"interest 73", model.Interest, 73, "target_range", "от 62 до 72"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.GenerateProgramme(weekly(tc.kind), plan(t, tc.kind, tc.target))
			if model.ErrorCode(err) != tc.code || (err != nil && !strings.Contains(err.Error(), tc.words)) {
				t.Errorf("err = %v, want %q with %q", err, tc.code, tc.words)
			}
		})
	}
	periods := []struct {
		name     string
		from, to model.Date
		code     model.Code
	}{
		{"14.09.2025, before classes", ymd(2025, 9, 14), ymd(2026, 6, 30), "outside_year"},
		{"15.09.2025, the first day", ymd(2025, 9, 15), ymd(2026, 6, 30), ""},
		{"01.09.2025", ymd(2025, 9, 1), ymd(2026, 6, 30), "outside_year"},
		{"31.08.2026, the year's last day", ymd(2025, 10, 1), ymd(2026, 8, 31), ""},
		{"01.09.2026, the next year", ymd(2025, 10, 1), ymd(2026, 9, 1), "outside_year"},
		{"To before From", ymd(2026, 3, 1), ymd(2026, 2, 1), "invalid_range"},
	}
	for _, tc := range periods {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, model.Remedial, 70)
			p.From, p.To = tc.from, tc.to
			if _, err := model.GenerateProgramme(weekly(model.Remedial), p); model.ErrorCode(err) != tc.code {
				t.Errorf("err = %v, want %q", err, tc.code)
			}
		})
	}
}

func TestGenerateProgramme_WarnsUnconfirmedCalendar(t *testing.T) {
	p := plan(t, model.Remedial, 70)
	p.Calendar = model.DefaultCalendar(2026)
	p.From, p.To = ymd(2026, 9, 15), ymd(2027, 6, 30)
	g := weekly(model.Remedial)
	g.Year = 2026
	res := generate(t, g, p)
	if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0], "неутвърден") {
		t.Errorf("warnings %q, want the calendar not confirmed", res.Warnings)
	}
	p.Calendar.Confirmed = true
	if res := generate(t, g, p); len(res.Warnings) != 0 {
		t.Errorf("a confirmed calendar warns: %q", res.Warnings)
	}
}

// TestGenerateProgramme_Art63_3_Boundaries runs the checks on generated programmes: the targets
// of 70 and 80 hours pass the check of the article.
func TestGenerateProgramme_Art63_3_Boundaries(t *testing.T) {
	for _, target := range []int64{70, 80} {
		d := fixture()
		g := &d.Groups[0]
		g.Schedule = []model.Slot{{Day: time.Tuesday, Start: 14 * 60, Hours: model.H(1)}, {Day: time.Thursday, Start: 14 * 60, Hours: model.H(1)}}
		p := plan(t, model.Remedial, target)
		p.From = ymd(2025, 9, 15)
		var rows []model.ProgrammeRow
		for _, r := range d.ProgrammeRows {
			if r.GroupID != g.ID {
				rows = append(rows, r)
			}
		}
		d.ProgrammeRows = append(rows, generate(t, g, p).Rows...)
		if _, got := finding(model.Check(profile(t), d, fixtureToday), "programme_hours", "чл. 63, ал. 3"); got {
			t.Errorf("target %d: a programme_hours finding", target)
		}
	}
}

// TestGenerateProgramme_Art48_1_2026Vacations: the case — a remedial group meeting on
// Tuesdays and Thursdays from 01.12.2026 met on 22.12, 29.12, 31.12, 05.01 and in the
// intersemester break; on the (unconfirmed) 2026/2027 calendar it does not, and is warned.
func TestGenerateProgramme_Art48_1_2026Vacations(t *testing.T) {
	g := weekly(model.Remedial, model.Slot{Day: time.Tuesday, Start: 14 * 60, Hours: model.H(1)},
		model.Slot{Day: time.Thursday, Start: 14 * 60, Hours: model.H(1)})
	g.Year = 2026
	p := model.ProgrammePlan{From: ymd(2026, 12, 1), To: ymd(2027, 6, 30), Target: model.H(70), Calendar: model.DefaultCalendar(2026),
		Rules: profile(t).Rules(model.Remedial), Kind: model.Remedial, Grades: []int{6}}
	res := generate(t, g, p)
	got := dates(res.Rows)
	for _, d := range []model.Date{ymd(2026, 12, 22), ymd(2026, 12, 29), ymd(2026, 12, 31), ymd(2027, 1, 5), ymd(2027, 2, 2), ymd(2027, 5, 4)} {
		if slices.Contains(got, d) {
			t.Errorf("a meeting on %s", d)
		}
	}
	if !slices.Contains(got, ymd(2027, 1, 7)) {
		t.Error("no meeting on 07.01.2027, a class day")
	}
	if len(res.Warnings) == 0 || !strings.Contains(res.Warnings[0], "неутвърден") {
		t.Errorf("warnings %q, want the calendar not confirmed", res.Warnings)
	}
}

func TestGroup_GradesOf(t *testing.T) {
	students := []model.Student{{ID: "s1", Grade: 7}, {ID: "s2", Grade: 5}, {ID: "s3", Grade: 7}}
	cases := []struct {
		name    string
		members []model.ID
		stage   model.Stage
		want    []int
	}{
		{"members' grades, sorted, once", []model.ID{"s1", "s2", "s3"}, model.StageUpperSecondary, []int{5, 7}},
		{"no members: the stage", nil, model.StagePrimary, []int{1, 2, 3, 4}},
		{"no members: upper secondary", nil, model.StageUpperSecondary, []int{8, 9, 10, 11, 12}},
		{"neither", nil, 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := &model.Group{Stage: tc.stage}
			for _, id := range tc.members {
				g.Members = append(g.Members, model.Member{StudentID: id})
			}
			if got := g.GradesOf(students); !slices.Equal(got, tc.want) {
				t.Errorf("GradesOf = %v, want %v", got, tc.want)
			}
		})
	}
}
