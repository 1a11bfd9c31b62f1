package model_test

import (
	"errors"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestRetention_Art140_TwoYearsAfterTheAccounts(t *testing.T) {
	tests := []struct {
		name string
		year model.SchoolYear
		want model.Date
	}{
		// 2025/2026: last expenditure by 31.08.2026, accounting year to 30.06.2027, accounts
		// by 15.02.2028, 31.12.2028 + 2 years.
		{"2025/2026", 2025, model.NewDate(2030, time.December, 31)},
		{"2017/2018: Art. 140 lands on the floor itself", 2017, model.NewDate(2022, time.December, 31)},
		{"2015/2016: not earlier than 2022 (чл. 144, ал. 2)", 2015, model.NewDate(2022, time.December, 31)},
		{"2014/2015: not earlier than 2022", 2014, model.NewDate(2022, time.December, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.RetentionEndArt140(tt.year); got != tt.want {
				t.Errorf("RetentionEndArt140(%s) = %s; want %s", tt.year, got, tt.want)
			}
		})
	}
}

func TestRetention_Art82_FiveYearsFromTheLastPayment(t *testing.T) {
	y := model.SchoolYear(2025)
	tests := []struct {
		name        string
		lastPayment model.Date
		want        model.Date
	}{
		{"unknown: from the year's end", model.Date{}, model.NewDate(2031, time.December, 31)},
		{"before the year's end counts from its end", model.NewDate(2026, time.March, 1), model.NewDate(2031, time.December, 31)},
		{"on the year's last day", model.NewDate(2026, time.August, 31), model.NewDate(2031, time.December, 31)},
		{"31 December of the same calendar year", model.NewDate(2026, time.December, 31), model.NewDate(2031, time.December, 31)},
		{"1 January of the next: a year more", model.NewDate(2027, time.January, 1), model.NewDate(2032, time.December, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.RetentionEndArt82(y, tt.lastPayment); got != tt.want {
				t.Errorf("RetentionEndArt82(%s, %s) = %s; want %s", y, tt.lastPayment, got, tt.want)
			}
		})
	}
}

func TestRetention_LaterRuleDecides(t *testing.T) {
	r := model.RetentionOf(2025, model.Date{})
	if r.Until != model.NewDate(2031, time.December, 31) || r.Article != model.ArticleRetention82 {
		t.Errorf("RetentionOf(2025/2026) = %+v; want 31.12.2031 under Art. 82", r)
	}
	if r.From() != model.NewDate(2032, time.January, 1) {
		t.Errorf("From = %s; want 01.01.2032", r.From())
	}
	// An old year of the instruction's own period: the floor of 2022 of чл. 144, ал. 2 is
	// later than Art. 82 counted from its end (2015/2016 → 31.12.2021).
	old := model.RetentionOf(2015, model.Date{})
	if old.Until != model.NewDate(2022, time.December, 31) || old.Article != model.ArticleRetention140 {
		t.Errorf("RetentionOf(2015/2016) = %+v; want 31.12.2022 under Art. 140", old)
	}
}

func TestCanAnonymiseOn_Art82_Boundary(t *testing.T) {
	y := model.SchoolYear(2025)
	tests := []struct {
		name  string
		today model.Date
		ok    bool
	}{
		{"during the year", model.NewDate(2026, time.May, 4), false},
		{"the retention's last day", model.NewDate(2031, time.December, 31), false},
		{"the day after", model.NewDate(2032, time.January, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := model.CanAnonymiseOn(y, model.Date{}, tt.today)
			if tt.ok {
				if err != nil {
					t.Fatalf("CanAnonymiseOn(%s) = %v; want nil", tt.today, err)
				}
				return
			}
			var me *model.Error
			if !errors.As(err, &me) || me.Code != "retention_running" {
				t.Fatalf("CanAnonymiseOn(%s) = %v; want retention_running", tt.today, err)
			}
		})
	}
}
