package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestMaxInsurableOn_KSO6_2_Dated: the maximum monthly insurable income of the profile by day —
// 3 750 лв. until 31.3.2025, 4 130 лв. from 1.4.2025 (ЗБДОО 2025, чл. 9), 4 130 лв. = 2 111,64 €
// from 1.1.2026 (kept by the 2026 extension law; see the set's source).
func TestMaxInsurableOn_KSO6_2_Dated(t *testing.T) {
	p := profile(t)
	for _, c := range []struct {
		on   model.Date
		cur  model.Currency
		want model.Money
	}{
		{model.NewDate(2025, time.March, 31), model.BGN, model.Lev(3750, 0)},
		{model.NewDate(2025, time.April, 1), model.BGN, model.Lev(4130, 0)},
		{model.NewDate(2025, time.December, 31), model.BGN, model.Lev(4130, 0)},
		{model.NewDate(2026, time.January, 1), model.EUR, model.Euro(2111, 64)},
		{model.NewDate(2026, time.July, 31), model.EUR, model.Euro(2111, 64)},
		{model.NewDate(2026, time.August, 1), model.EUR, model.Euro(2300, 0)},
		{model.NewDate(2026, time.August, 1), model.BGN, model.Lev(4498, 41)},
	} {
		got, ok := p.RatesOn(c.on).MaxInsurableOn(c.on, c.cur)
		if !ok || got != c.want {
			t.Errorf("MaxInsurableOn(%s) = %v %v, want %v", c.on, got, ok, c.want)
		}
	}
	for _, m := range p.RatesOn(model.NewDate(2026, time.January, 1)).MaxInsurable {
		if !strings.Contains(m.Source, "ДВ бр. 68") || !m.Amount.EUROfficial {
			t.Errorf("the 2026 maximum from %s: source %q, official %v — want the ЗБДОО 2026 (ДВ бр. 68/2026), in euro as the law sets it",
				m.From, m.Source, m.Amount.EUROfficial)
		}
	}
}

// TestPayLine_KSO6_2_MaxInsurableIncome: contributions are due on the income up to the ceiling
// (2026 rates, agreement): at 2 111,64 € all of it is insured; at 2 111,70 € only 2 111,64 €,
// the tax base grows by the contributions not withheld.
//
//	2 111,70 €: insured 2 111,64 — person 138,95 + 29,56 + 8,45 + 46,46 + 67,57 = 290,99
//	  tax (2 111,70 − 290,99) = 1 820,71 × 10 % = 182,07; net 1 638,64
//	  employer 173,58 + 44,34 + 12,67 + 8,45 + 59,13 + 101,36 = 399,53; cost 2 511,23
func TestPayLine_KSO6_2_MaxInsurableIncome(t *testing.T) {
	set := profile(t).RatesOn(model.NewDate(2026, time.February, 1))
	max := model.Euro(2111, 64)
	terms := model.PayTerms{Basis: model.BasisAgreement, InsurableMax: max}
	at := model.ComputePayLine(model.Hours(211164), model.Euro(1, 0), terms, set, model.EUR)
	if at.Gross != max || at.Insurable != max {
		t.Errorf("at the ceiling: gross %v insurable %v, want both %v", at.Gross, at.Insurable, max)
	}
	over := model.ComputePayLine(model.Hours(35195), model.Euro(6, 0), terms, set, model.EUR)
	if over.Gross != model.Euro(2111, 70) || over.Insurable != max {
		t.Fatalf("over the ceiling: gross %v insurable %v, want 2111,70 and %v", over.Gross, over.Insurable, max)
	}
	checkLine(t, "over the ceiling", over, want{211170, 0, 29099, 18207, 163864, 39953, 251123}, model.EUR)
	// No ceiling given (a profile without one): the whole gross is insured.
	none := model.ComputePayLine(model.Hours(35195), model.Euro(6, 0), model.PayTerms{Basis: model.BasisAgreement}, set, model.EUR)
	if none.Insurable != none.Gross {
		t.Errorf("without a ceiling insurable = %v, want the gross %v", none.Insurable, none.Gross)
	}
	// A civil contract's income after the costs is capped the same way.
	civ := model.ComputePayLine(model.Hours(60000), model.Euro(6, 0), model.PayTerms{Basis: model.BasisCivil, InsurableMax: max}, set, model.EUR)
	if civ.Insurable != max {
		t.Errorf("civil: insurable %v, want %v (income after costs %v)", civ.Insurable, max, civ.Gross.Sub(civ.Costs))
	}
}

// maxMonth is one leader on an agreement (10 years, 6,00 € or 11,00 лв. an hour, within
// чл. 80, ал. 1) with one approved report of month m of h hundredths of an hour.
func maxMonth(m model.Month, rate model.Money, h model.Hours) *model.YearData {
	d := &model.YearData{Programme: model.Programme{Year: 2025, Currency: model.CurrencyOn(m.First())}}
	d.People = []model.Person{{ID: "l", Rate: rate, ExperienceYears: 10, Engagement: model.Staff,
		Roles: []model.PersonRole{model.RoleLeader}, AgreementNo: "ДС-2", AgreementDate: model.NewDate(2024, time.September, 2)}}
	d.Timesheets = []model.Timesheet{{ID: "t", PersonID: "l", Role: model.RoleLeader, Month: m, Status: model.Approved,
		Days: []model.DayHours{{Date: m.First(), Hours: h}}}}
	return d
}

// TestPayroll_KSO6_2_MaxInsurableIncome: the statement caps each month's insurable income at
// the maximum in force in it, says so on the row, and a person's two roles share one ceiling.
func TestPayroll_KSO6_2_MaxInsurableIncome(t *testing.T) {
	p := profile(t)
	feb := model.Month{Y: 2026, M: time.February}
	for _, c := range []struct {
		name      string
		m         model.Month
		rate      model.Money
		h         model.Hours
		insurable model.Money
		capped    bool
	}{
		{"February 2026, 2 111,64 €", feb, model.Euro(6, 0), 35194, model.Euro(2111, 64), false},
		{"February 2026, 2 111,70 €", feb, model.Euro(6, 0), 35195, model.Euro(2111, 64), true},
		// 11,00 лв. × 340,91 h = 3 750,01 лв.: over 3 750 лв. in March 2025, under 4 130 лв. in April.
		{"March 2025, 3 750,01 лв.", model.Month{Y: 2025, M: time.March}, model.Lev(11, 0), 34091, model.Lev(3750, 0), true},
		{"March 2025, 3 749,90 лв.", model.Month{Y: 2025, M: time.March}, model.Lev(11, 0), 34090, model.Lev(3749, 90), false},
		{"April 2025, 3 750,01 лв.", model.Month{Y: 2025, M: time.April}, model.Lev(11, 0), 34091, model.Lev(3750, 1), false},
		// ЗБДОО 2026, чл. 9 (ДВ бр. 68/2026): 2 111,64 € to 31.7.2026, 2 300,00 € from 1.8.2026.
		{"July 2026, 2 111,70 €", model.Month{Y: 2026, M: time.July}, model.Euro(6, 0), 35195, model.Euro(2111, 64), true},
		{"August 2026, 2 111,70 €", model.Month{Y: 2026, M: time.August}, model.Euro(6, 0), 35195, model.Euro(2111, 70), false},
		{"August 2026, 2 300,00 €", model.Month{Y: 2026, M: time.August}, model.Euro(5, 0), 46000, model.Euro(2300, 0), false},
		{"August 2026, 2 300,05 €", model.Month{Y: 2026, M: time.August}, model.Euro(5, 0), 46001, model.Euro(2300, 0), true},
	} {
		pr := model.BuildPayroll(maxMonth(c.m, c.rate, c.h), p, nil, model.MonthPeriod(c.m))
		if len(pr.Rows) != 1 {
			t.Fatalf("%s: rows %+v", c.name, pr.Rows)
		}
		r := pr.Rows[0]
		if r.Line.Insurable != c.insurable || (len(r.Notes) == 1) != c.capped {
			t.Errorf("%s: insurable %v notes %q, want %v capped %v", c.name, r.Line.Insurable, r.Notes, c.insurable, c.capped)
		}
	}
	// A quarter of two months at 2 000 € each: the ceiling is the months' maxima added up, so
	// nothing is capped although the quarter's 4 000 € exceed one month's maximum.
	d := maxMonth(feb, model.Euro(5, 0), model.H(400))
	d.Timesheets = append(d.Timesheets, d.Timesheets[0])
	d.Timesheets[1].ID, d.Timesheets[1].Month = "t2", model.Month{Y: 2026, M: time.March}
	pr := model.BuildPayroll(d, p, nil, model.QuarterPeriod(model.Quarter{Y: 2026, Q: 1}))
	if r := pr.Rows[0]; r.Line.Insurable != model.Euro(4000, 0) || len(r.Notes) != 0 {
		t.Errorf("quarter: insurable %v notes %q, want 4000,00 € uncapped", r.Line.Insurable, r.Notes)
	}
	// Two roles in one month: the leader's 2 000 € leave 111,64 € of the ceiling to the
	// director's role (8,00 лв. = 4,09 € × 30 h = 122,70 €).
	d = maxMonth(feb, model.Euro(5, 0), model.H(400))
	d.People[0].Roles = []model.PersonRole{model.RoleLeader, model.RoleDirector}
	d.People[0].RoleRates = []model.RoleRate{{Role: model.RoleDirector, Rate: model.Euro(4, 9)}}
	d.Timesheets = append(d.Timesheets, model.Timesheet{ID: "t3", PersonID: "l", Role: model.RoleDirector, Month: feb,
		Status: model.Approved, Days: []model.DayHours{{Date: feb.First(), Hours: model.H(30)}}})
	pr = model.BuildPayroll(d, p, nil, model.MonthPeriod(feb))
	if len(pr.Rows) != 2 || pr.Rows[0].Line.Insurable != model.Euro(2000, 0) || pr.Rows[1].Line.Insurable != model.Euro(111, 64) ||
		len(pr.Rows[1].Notes) != 1 {
		t.Errorf("two roles: %+v", pr.Rows)
	}
}
