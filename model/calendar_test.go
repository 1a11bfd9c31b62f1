package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func ymd(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

// TestCalendar_2025_OrderRD09_2069 checks the built-in 2025/2026 calendar date by date against
// Заповед № РД09-2069/26.08.2025 of the Minister (as schools and the press quote it), the
// Council of Ministers' decision of 19.11.2025 and КТ, чл. 154. grade 0 asks for every grade.
func TestCalendar_2025_OrderRD09_2069(t *testing.T) {
	c := model.DefaultCalendar(2025)
	if !c.Confirmed || !strings.Contains(c.Source, "РД09-2069/26.08.2025") || c.Warning() != "" {
		t.Fatalf("2025/2026 is not the order: source %q, confirmed %v", c.Source, c.Confirmed)
	}
	cases := []struct {
		name  string
		d     model.Date
		grade int
		off   bool
		kind  model.OffKind
	}{
		{"15.09.2025 first day of classes (ЗПУО, чл. 103)", ymd(2025, 9, 15), 5, false, ""},
		{"22.09.2025 independence day (КТ, чл. 154, ал. 1)", ymd(2025, 9, 22), 5, true, model.OffHoliday},
		{"30.10.2025 day before the autumn vacation", ymd(2025, 10, 30), 5, false, ""},
		{"31.10.2025 autumn vacation starts (order, т. 1)", ymd(2025, 10, 31), 5, true, model.OffVacation},
		// 1 November 2025 was a Saturday: its day off (ЗПУО, чл. 105, ал. 2) is the vacation's last day.
		{"03.11.2025 autumn vacation ends (order, т. 1), 1 November moved", ymd(2025, 11, 3), 5, true, model.OffHoliday},
		{"02.11.2025 autumn vacation (order, т. 1)", ymd(2025, 11, 2), 5, true, model.OffVacation},
		{"04.11.2025 classes again", ymd(2025, 11, 4), 5, false, ""},
		{"23.12.2025 day before the Christmas vacation", ymd(2025, 12, 23), 5, false, ""},
		{"24.12.2025 Christmas eve, a holiday inside the vacation (КТ)", ymd(2025, 12, 24), 5, true, model.OffHoliday},
		{"29.12.2025 Christmas vacation (order, т. 1)", ymd(2025, 12, 29), 5, true, model.OffVacation},
		{"31.12.2025 day off (Council of Ministers, 19.11.2025)", ymd(2025, 12, 31), 5, true, model.OffDayOff},
		{"02.01.2026 day off (Council of Ministers, 19.11.2025)", ymd(2026, 1, 2), 5, true, model.OffDayOff},
		{"04.01.2026 Christmas vacation ends (order, т. 1)", ymd(2026, 1, 4), 5, true, model.OffVacation},
		{"05.01.2026 classes again", ymd(2026, 1, 5), 5, false, ""},
		{"30.01.2026 day before the intersemester vacation", ymd(2026, 1, 30), 5, false, ""},
		{"02.02.2026 intersemester vacation ends (order, т. 1)", ymd(2026, 2, 2), 5, true, model.OffVacation},
		{"03.02.2026 second term starts (order, т. 2)", ymd(2026, 2, 3), 5, false, ""},
		{"02.03.2026 day without classes (order, т. 3)", ymd(2026, 3, 2), 5, true, model.OffNoClasses},
		{"03.03.2026 liberation day (КТ)", ymd(2026, 3, 3), 5, true, model.OffHoliday},
		{"03.04.2026 day before the spring vacation of I–XI", ymd(2026, 4, 3), 5, false, ""},
		{"06.04.2026 spring vacation of I–XI (order, т. 1)", ymd(2026, 4, 6), 5, true, model.OffVacation},
		{"06.04.2026 still classes for XII (order, т. 1: XII from 08.04)", ymd(2026, 4, 6), 12, false, ""},
		{"07.04.2026 last class day of XII before its vacation", ymd(2026, 4, 7), 12, false, ""},
		{"08.04.2026 spring vacation of XII (order, т. 1)", ymd(2026, 4, 8), 12, true, model.OffVacation},
		{"10.04.2026 Good Friday (КТ)", ymd(2026, 4, 10), 5, true, model.OffHoliday},
		{"13.04.2026 Easter Monday, last day of the spring vacation", ymd(2026, 4, 13), 12, true, model.OffHoliday},
		{"14.04.2026 classes again", ymd(2026, 4, 14), 5, false, ""},
		{"01.05.2026 labour day (КТ)", ymd(2026, 5, 1), 5, true, model.OffHoliday},
		{"06.05.2026 St George's day (КТ)", ymd(2026, 5, 6), 5, true, model.OffHoliday},
		{"20.05.2026 state matriculation exam (order, т. 3)", ymd(2026, 5, 20), 5, true, model.OffExam},
		{"21.05.2026 classes", ymd(2026, 5, 21), 5, false, ""},
		{"22.05.2026 second matriculation exam (order, т. 3)", ymd(2026, 5, 22), 5, true, model.OffExam},
		{"25.05.2026 24 May on a Sunday moved to Monday (КТ, чл. 154, ал. 2)", ymd(2026, 5, 25), 5, true, model.OffHoliday},
		{"17.06.2026 national exam VII and X (order, т. 3)", ymd(2026, 6, 17), 8, true, model.OffExam},
		{"18.06.2026 classes", ymd(2026, 6, 18), 8, false, ""},
		{"19.06.2026 national exam VII and X (order, т. 3)", ymd(2026, 6, 19), 8, true, model.OffExam},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, off := c.OffFor(tc.d, []int{tc.grade})
			if off != tc.off || r.Kind != tc.kind {
				t.Errorf("OffFor(%s, %d) = %v %q (%s), want %v %q", tc.d, tc.grade, off, r.Kind, r.Name, tc.off, tc.kind)
			}
			if off && r.Source == "" {
				t.Errorf("%s (%s) has no source", tc.d, r.Name)
			}
		})
	}
	// Order, т. 4: end of the second term by grade.
	ends := []struct {
		grade int
		want  model.Date
	}{{12, ymd(2026, 5, 15)}, {1, ymd(2026, 5, 29)}, {3, ymd(2026, 5, 29)}, {4, ymd(2026, 6, 12)}, {6, ymd(2026, 6, 12)}, {7, ymd(2026, 6, 30)}, {11, ymd(2026, 6, 30)}}
	for _, e := range ends {
		got, ok := c.EndOf(e.grade)
		if !ok || got.Date != e.want || !strings.Contains(got.Source, "РД09-2069") {
			t.Errorf("end of classes of grade %d = %+v, want %s from the order", e.grade, got, e.want)
		}
	}
	if end, _ := c.EndFor([]int{3, 4}); end != ymd(2026, 5, 29) {
		t.Errorf("a group of III and IV ends on %s, want the earlier 29.05.2026", end)
	}
}

// TestPublicHolidays_KT154_2_WeekendMoved: a holiday on a Saturday or Sunday makes the first
// working day after it a day off (КТ, чл. 154, ал. 2), 1 November too (ЗПУО, чл. 105, ал. 2).
func TestPublicHolidays_KT154_2_WeekendMoved(t *testing.T) {
	cases := []struct {
		name string
		y    model.SchoolYear
		d    model.Date
		off  bool
	}{
		{"06.09.2025 Saturday → 08.09.2025", 2025, ymd(2025, 9, 8), true},
		{"09.09.2025 not moved twice", 2025, ymd(2025, 9, 9), false},
		{"24.05.2026 Sunday → 25.05.2026", 2025, ymd(2026, 5, 25), true},
		{"06.09.2026 Sunday → 07.09.2026", 2026, ymd(2026, 9, 7), true},
		{"01.11.2026 Sunday → 02.11.2026 (ЗПУО, чл. 105, ал. 2)", 2026, ymd(2026, 11, 2), true},
		{"26.12.2026 Saturday → 28.12.2026", 2026, ymd(2026, 12, 28), true},
		{"29.12.2026 a working day", 2026, ymd(2026, 12, 29), false},
		{"01.05.2027 Holy Saturday, 03.05 Easter Monday → 04.05.2027", 2026, ymd(2027, 5, 4), true},
		{"05.05.2027 a working day", 2026, ymd(2027, 5, 5), false},
		{"30.04.2027 Good Friday", 2026, ymd(2027, 4, 30), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, h := range model.PublicHolidays(tc.y) {
				got = got || h.Contains(tc.d)
			}
			if got != tc.off {
				t.Errorf("%s off = %v, want %v", tc.d, got, tc.off)
			}
		})
	}
}

// TestPublicHolidays_Oracle compares PublicHolidays over 30 years with oracleHolidays, written
// apart: a walk over the days that owes a day off for each weekend holiday.
func TestPublicHolidays_Oracle(t *testing.T) {
	for y := model.SchoolYear(2020); y < 2050; y++ {
		want := oracleHolidays(int(y))
		got := map[model.Date]bool{}
		for _, h := range model.PublicHolidays(y) {
			for d := h.From; !d.After(h.To); d = d.AddDays(1) {
				got[d] = true
			}
		}
		for d := y.Start(); !d.After(y.End()); d = d.AddDays(1) {
			if got[d] != want[d] {
				t.Errorf("%s: %s off = %v, oracle says %v", y, d, got[d], want[d])
			}
		}
	}
}

// oracleHolidays is the oracle: fixed holidays, Easter Friday–Monday found by trying each day
// of spring against the Julian computus (Gauss), and each weekend holiday paid back on the next
// working day that is not a holiday, in order of the days.
func oracleHolidays(y int) map[model.Date]bool {
	off := map[model.Date]bool{}
	type md struct {
		m time.Month
		d int
	}
	fixed := []md{{9, 6}, {9, 22}, {11, 1}, {12, 24}, {12, 25}, {12, 26}, {1, 1}, {3, 3}, {5, 1}, {5, 6}, {5, 24}}
	isFixed := map[model.Date]bool{}
	for _, f := range fixed {
		yr := y
		if f.m < 9 {
			yr = y + 1
		}
		isFixed[model.NewDate(yr, f.m, f.d)] = true
		off[model.NewDate(yr, f.m, f.d)] = true
	}
	// Gauss' Julian Easter: March 22 + d + e in the Julian calendar, +13 days.
	b := y + 1
	a, bb, c := b%19, b%4, b%7
	d := (19*a + 15) % 30
	e := (2*bb + 4*c + 6*d + 6) % 7
	easter := model.NewDate(b, time.March, 22).AddDays(d + e + 13)
	for _, k := range []int{-2, 1} {
		off[easter.AddDays(k)] = true
	}
	off[easter.AddDays(-1)], off[easter] = true, true
	owed := 0
	for x := model.NewDate(y, time.September, 1); x.Before(model.NewDate(y+1, time.September, 30)); x = x.AddDays(1) {
		wd := x.Weekday()
		if wd == time.Saturday || wd == time.Sunday {
			if isFixed[x] {
				owed++
			}
			continue
		}
		if !off[x] && owed > 0 {
			off[x] = true
			owed--
		}
	}
	return off
}

// TestCalendar_2026_NotConfirmed: without the Minister's order for 2026/2027 the calendar has
// the usual vacations marked „неутвърден“ and says so.
func TestCalendar_2026_NotConfirmed(t *testing.T) {
	c := model.DefaultCalendar(2026)
	if c.Confirmed || model.HasMinistryOrder(2026) || !strings.Contains(c.Warning(), "неутвърден") {
		t.Fatalf("2026/2027 confirmed = %v, warning %q: want not confirmed", c.Confirmed, c.Warning())
	}
	// The case: Tuesdays and Thursdays from 01.12.2026 met on these vacation days.
	for _, d := range []model.Date{ymd(2026, 12, 22), ymd(2026, 12, 29), ymd(2026, 12, 31), ymd(2027, 1, 5), ymd(2027, 2, 2)} {
		if r, off := c.OffFor(d, []int{5}); !off || !strings.Contains(r.Source+r.Name, "неутвърден") && r.Kind == model.OffVacation {
			t.Errorf("%s: off %v (%s, %s), want an unconfirmed vacation or a holiday", d, off, r.Name, r.Source)
		}
	}
	if len(c.Ends) != 4 {
		t.Errorf("2026/2027 has %d ends of classes, want 4", len(c.Ends))
	}
	p := &model.Programme{Year: 2026}
	c.Store(p)
	if got := model.CalendarOf(p); !got.Confirmed || got.Warning() != "" {
		t.Errorf("a stored (confirmed) calendar still warns: %q", got.Warning())
	}
}

func TestCalendar_NoFileHasHolidaysOnly(t *testing.T) {
	c := model.DefaultCalendar(2030)
	if c.Confirmed || len(c.Off) == 0 || len(c.Ends) != 0 {
		t.Errorf("2030/2031: confirmed %v, %d periods, %d ends: want holidays only", c.Confirmed, len(c.Off), len(c.Ends))
	}
	if got := model.OrthodoxEaster(2026); got != ymd(2026, 4, 12) {
		t.Errorf("Orthodox Easter 2026 = %s, want 12.04.2026", got)
	}
}

func TestCalendarOf_EnteredWinsOverDefault(t *testing.T) {
	p := &model.Programme{Year: 2025}
	if got := model.CalendarOf(p); len(got.Off) != len(model.DefaultCalendar(2025).Off) {
		t.Errorf("an empty programme has %d periods, want the default", len(got.Off))
	}
	p.NonWorking = []model.DateRange{{From: ymd(2025, 11, 5), To: ymd(2025, 11, 5), Name: "Патронен празник"}}
	got := model.CalendarOf(p)
	if len(got.Off) != 1 || got.Off[0].Name != "Патронен празник" {
		t.Errorf("CalendarOf = %+v, want the school's own period", got.Off)
	}
	if len(got.Ends) != 4 {
		t.Errorf("a school's calendar without ends has %d, want the order's 4", len(got.Ends))
	}
	if !got.Confirmed {
		t.Error("a calendar the school typed before calendars had sources is not confirmed")
	}
	p.CalendarSource = model.DefaultCalendar(2026).Source
	if model.CalendarOf(p).Confirmed {
		t.Error("a stored copy of an unconfirmed calendar is confirmed")
	}
}

func TestParseCalendar(t *testing.T) {
	def := model.DefaultCalendar(2025)
	back, err := model.ParseCalendar(2025, def.String())
	if err != nil {
		t.Fatalf("ParseCalendar(String()): %v", err)
	}
	if len(back.Off) != len(def.Off) {
		t.Fatalf("round trip: %d periods, want %d", len(back.Off), len(def.Off))
	}
	for i := range def.Off {
		a, b := back.Off[i], def.Off[i]
		if a.From != b.From || a.To != b.To || a.Name != b.Name || a.Kind != b.Kind || a.Grades != b.Grades {
			t.Errorf("period %d: %+v, want %+v", i+1, a, b)
		}
	}
	kept := back.WithSourcesOf(def)
	for i := range def.Off {
		if kept.Off[i].Source != def.Off[i].Source {
			t.Errorf("period %d keeps source %q, want %q", i+1, kept.Off[i].Source, def.Off[i].Source)
		}
	}
	if !strings.Contains(kept.Source, "РД09-2069") || !strings.Contains(kept.Source, "промени") {
		t.Errorf("an edited calendar's source is %q", kept.Source)
	}
	cases := []struct {
		name, text string
	}{
		{"no date", "Есенна ваканция"},
		{"end before start", "03.11.2025 – 31.10.2025 Есенна"},
		{"bad end", "31.10.2025 – 3x.11.2025 Есенна"},
		{"unknown kind", "31.10.2025 [отпуск] Есенна"},
		{"bad grades", "31.10.2025 [ваканция; XIV] Есенна"},
		{"open tag", "31.10.2025 [ваканция Есенна"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.ParseCalendar(2025, "22.09.2025 Ден\n"+tc.text)
			if model.ErrorCode(err) != "invalid_period" {
				t.Errorf("ParseCalendar(%q) = %v, want invalid_period", tc.text, err)
			}
		})
	}
}

func TestParseCalendarFile_Refuses(t *testing.T) {
	cases := []struct{ name, json string }{
		{"unknown field", `{"year":2025,"source":"x","bogus":1}`},
		{"no source", `{"year":2025}`},
		{"outside the year", `{"year":2025,"source":"x","periods":[{"from":"01.10.2027","to":"01.10.2027","kind":"vacation","source":"x"}]}`},
		{"end before start", `{"year":2025,"source":"x","periods":[{"from":"02.10.2025","to":"01.10.2025","kind":"vacation","source":"x"}]}`},
		{"grade 13", `{"year":2025,"source":"x","periods":[{"from":"01.10.2025","to":"01.10.2025","kind":"exam","gradeFrom":1,"gradeTo":13,"source":"x"}]}`},
		{"end without grades", `{"year":2025,"source":"x","endOfClasses":[{"date":"30.06.2026","source":"x"}]}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := model.ParseCalendarFile([]byte(tc.json)); model.ErrorCode(err) != "invalid_calendar" {
				t.Errorf("ParseCalendarFile = %v, want invalid_calendar", err)
			}
		})
	}
}

// TestCheck_Art48_1_CalendarUnconfirmed: programmes on a calendar that is not the order are
// flagged once until the school confirms it; a confirmed one or no programme is not.
func TestCheck_Art48_1_CalendarUnconfirmed(t *testing.T) {
	cases := []struct {
		name      string
		year      model.SchoolYear
		confirm   bool
		noRows    bool
		wantCount int
	}{
		{"2025/2026, the order", 2025, false, false, 0},
		{"2026/2027, not confirmed", 2026, false, false, 1},
		{"2026/2027, confirmed by the school", 2026, true, false, 0},
		{"2026/2027, no programme yet", 2026, false, true, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			d.Programme.Year = tc.year
			if tc.confirm {
				model.DefaultCalendar(tc.year).Store(&d.Programme)
			}
			if tc.noRows {
				d.ProgrammeRows = nil
			}
			n := 0
			for _, f := range model.Check(profile(t), d, fixtureToday) {
				if f.Code == "calendar_unconfirmed" {
					n++
					if f.Article != "чл. 48, ал. 1" || !strings.Contains(f.Msg, "неутвърден") {
						t.Errorf("finding %s", f)
					}
				}
			}
			if n != tc.wantCount {
				t.Errorf("%d findings calendar_unconfirmed, want %d", n, tc.wantCount)
			}
		})
	}
}
