package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestDefaultCalendar_2025(t *testing.T) {
	c := model.DefaultCalendar(2025)
	cases := []struct {
		name string
		d    model.Date
		off  bool
	}{
		{"independence day", model.NewDate(2025, time.September, 22), true},
		{"day before the autumn vacation", model.NewDate(2025, time.October, 30), false},
		{"first day of the autumn vacation", model.NewDate(2025, time.October, 31), true},
		{"last day of the autumn vacation", model.NewDate(2025, time.November, 3), true},
		{"day after the autumn vacation", model.NewDate(2025, time.November, 4), false},
		{"christmas vacation in january", model.NewDate(2026, time.January, 4), true},
		{"school again after christmas", model.NewDate(2026, time.January, 5), false},
		{"2 march, a day without classes", model.NewDate(2026, time.March, 2), true},
		{"orthodox easter monday", model.NewDate(2026, time.April, 13), true},
		{"24 may on a sunday moves to monday", model.NewDate(2026, time.May, 25), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, off := c.OffOn(tc.d); off != tc.off {
				t.Errorf("OffOn(%s) = %v, want %v", tc.d, off, tc.off)
			}
		})
	}
}

func TestDefaultCalendar_OtherYearHasHolidays(t *testing.T) {
	c := model.DefaultCalendar(2026)
	for _, d := range []model.Date{model.NewDate(2027, time.March, 3), model.NewDate(2027, time.May, 2), model.NewDate(2026, time.December, 25)} {
		if _, off := c.OffOn(d); !off {
			t.Errorf("%s is not a holiday of 2026/2027", d)
		}
	}
	if got := model.OrthodoxEaster(2026); got != model.NewDate(2026, time.April, 12) {
		t.Errorf("Orthodox Easter 2026 = %s, want 12.04.2026", got)
	}
}

func TestCalendarOf_EnteredWinsOverDefault(t *testing.T) {
	p := &model.Programme{Year: 2025}
	if got := model.CalendarOf(p); len(got.Off) != len(model.DefaultCalendar(2025).Off) {
		t.Errorf("an empty programme has %d periods, want the default", len(got.Off))
	}
	p.NonWorking = []model.DateRange{{From: model.NewDate(2025, time.November, 5), To: model.NewDate(2025, time.November, 5), Name: "Патронен празник"}}
	if got := model.CalendarOf(p); len(got.Off) != 1 || got.Off[0].Name != "Патронен празник" {
		t.Errorf("CalendarOf = %+v, want the school's own period", got.Off)
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
		if back.Off[i] != def.Off[i] {
			t.Errorf("period %d: %+v, want %+v", i+1, back.Off[i], def.Off[i])
		}
	}
	cases := []struct {
		name, text string
	}{
		{"no date", "Есенна ваканция"},
		{"end before start", "03.11.2025 – 31.10.2025 Есенна"},
		{"bad end", "31.10.2025 – 3x.11.2025 Есенна"},
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
