package model_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want model.Date
		code model.Code
	}{
		{"22.11.2026", model.NewDate(2026, 11, 22), ""},
		{"1.9.2025", model.NewDate(2025, 9, 1), ""},
		{"2025-09-15", model.NewDate(2025, 9, 15), ""},
		{" 29.02.2028 г.", model.NewDate(2028, 2, 29), ""},
		{"29.02.2027", model.Date{}, "invalid_date"},
		{"31.04.2026", model.Date{}, "invalid_date"},
		{"12/11/2026", model.Date{}, "invalid_date"},
		{"", model.Date{}, "invalid_date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := model.ParseDate(tt.in)
			if model.ErrorCode(err) != tt.code {
				t.Fatalf("ParseDate(%q) err = %v, want code %q", tt.in, err, tt.code)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDate_JSONRoundTrip(t *testing.T) {
	type wrap struct{ D, Zero model.Date }
	in := wrap{D: model.NewDate(2026, 1, 5)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"D":"2026-01-05","Zero":""}` {
		t.Errorf("json = %s", b)
	}
	var out wrap
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip = %+v, %v", out, err)
	}
}

func TestSchoolYear(t *testing.T) {
	y, err := model.ParseSchoolYear("2025/2026")
	if err != nil || y != 2025 || y.String() != "2025/2026" {
		t.Fatalf("ParseSchoolYear = %v, %v", y, err)
	}
	if _, err := model.ParseSchoolYear("2025/2027"); model.ErrorCode(err) != "invalid_school_year" {
		t.Errorf("non-consecutive years accepted: %v", err)
	}
	boundaries := []struct {
		d    model.Date
		want model.SchoolYear
	}{
		{model.NewDate(2025, 8, 31), 2024},
		{model.NewDate(2025, 9, 1), 2025},
		{model.NewDate(2026, 8, 31), 2025},
	}
	for _, b := range boundaries {
		if got := model.SchoolYearOf(b.d); got != b.want {
			t.Errorf("SchoolYearOf(%v) = %v, want %v", b.d, got, b.want)
		}
		if !b.want.Contains(b.d) {
			t.Errorf("%v does not contain %v", b.want, b.d)
		}
	}
}

func TestMonth_Last(t *testing.T) {
	tests := []struct {
		m    model.Month
		want model.Date
	}{
		{model.Month{Y: 2026, M: time.February}, model.NewDate(2026, 2, 28)},
		{model.Month{Y: 2028, M: time.February}, model.NewDate(2028, 2, 29)},
		{model.Month{Y: 2025, M: time.December}, model.NewDate(2025, 12, 31)},
	}
	for _, tt := range tests {
		if got := tt.m.Last(); got != tt.want {
			t.Errorf("%v.Last() = %v, want %v", tt.m, got, tt.want)
		}
	}
}

func TestHoursAndClock(t *testing.T) {
	h, err := model.ParseHours("1,5")
	if err != nil || h != 150 || h.String() != "1,5" {
		t.Errorf("ParseHours(1,5) = %v (%s), %v", int64(h), h, err)
	}
	if _, err := model.ParseHours("-2"); model.ErrorCode(err) != "invalid_hours" {
		t.Errorf("negative hours accepted: %v", err)
	}
	c, err := model.ParseClock("14.30")
	if err != nil || c != 870 || c.String() != "14:30" {
		t.Errorf("ParseClock = %v, %v", c, err)
	}
	if _, err := model.ParseClock("24:00"); err == nil {
		t.Error("24:00 accepted")
	}
}
