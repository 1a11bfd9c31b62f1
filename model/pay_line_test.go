package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// want is a pay line's figures in minor units: gross, costs, employee contributions, tax, net,
// employer contributions, cost.
type want struct{ gross, costs, emp, tax, net, empr, cost int64 }

func checkLine(t *testing.T, name string, l model.PayLine, w want, cur model.Currency) {
	t.Helper()
	got := want{l.Gross.Minor, l.Costs.Minor, l.EmployeeContrib.Minor, l.IncomeTax.Minor, l.Net.Minor,
		l.EmployerContrib.Minor, l.Cost.Minor}
	if got != w || l.Gross.Currency != cur || l.Net.Currency != cur {
		t.Errorf("%s = %+v %s, want %+v %s", name, got, l.Gross.Currency, w, cur)
	}
}

// parts returns the employee's and employer's part of each contribution by code.
func parts(l model.PayLine) map[string][2]int64 {
	out := map[string][2]int64{}
	for _, p := range l.Parts {
		out[p.Code] = [2]int64{p.Employee.Minor, p.Employer.Minor}
	}
	return out
}

// TestRatesOn_ChangeOn1January: the contributions and the tax change on 1 January (the annual
// ЗБДОО and ЗБНЗОК); 31.12.2025 takes the 2025 set, 1.1.2026 the 2026 one, whose minimum wage
// is 620,20 € (ПМС of 13.11.2025) against 1 077 лв. in 2025.
func TestRatesOn_ChangeOn1January(t *testing.T) {
	p := profile(t)
	dec, jan := p.RatesOn(model.NewDate(2025, time.December, 31)), p.RatesOn(model.NewDate(2026, time.January, 1))
	if dec == nil || jan == nil || dec.From != "2025-01-01" || jan.From != "2026-01-01" {
		t.Fatalf("RatesOn = %+v / %+v", dec, jan)
	}
	if dec.MinWage.Lev() != model.Lev(1077, 0) || jan.MinWage.In(model.EUR) != model.Euro(620, 20) {
		t.Errorf("minimum wage = %v / %v", dec.MinWage.Lev(), jan.MinWage.In(model.EUR))
	}
	// The parts add up to the planning totals of the profile (13,78 % and 18,92 %).
	if e, r := dec.Totals(false); e != p.Pay.EmployeeContribBp || r != p.Pay.EmployerContribBp {
		t.Errorf("2025 totals = %d / %d bp, want %d / %d", e, r, p.Pay.EmployeeContribBp, p.Pay.EmployerContribBp)
	}
	// A civil contract owes pension, ДЗПО and health only (КСО чл. 4, ал. 3, т. 5): 11,98 % / 15,82 %.
	if e, r := jan.Totals(true); e != 1198 || r != 1582 {
		t.Errorf("2026 civil totals = %d / %d bp, want 1198 / 1582", e, r)
	}
	if old := p.RatesOn(model.NewDate(2024, time.June, 1)); old != dec {
		t.Error("a day before every set takes the first")
	}
}

// TestPayLine_Art80_LeaderOnAdditionalAgreement: a leader on an additional agreement (чл. 119
// КТ), 20 h × 12,00 лв. in a month of 2025 (КСО чл. 6; ЗЗО чл. 40; ЗДДФЛ чл. 42):
//
//	gross 20 × 12,00 = 240,00 лв.
//	person: pension 6,58 % = 15,792 → 15,79; illness 1,40 % = 3,36; unemployment 0,40 % = 0,96;
//	        ДЗПО 2,20 % = 5,28; health 3,20 % = 7,68 — together 33,07
//	tax (240,00 − 33,07) = 206,93 × 10 % = 20,693 → 20,69
//	net 240,00 − 33,07 − 20,69 = 186,24
//	employer: 8,22 % = 19,728 → 19,73; 2,10 % = 5,04; 0,60 % = 1,44; ТЗПБ 0,40 % = 0,96;
//	          2,80 % = 6,72; 4,80 % = 11,52 — together 45,41; cost 285,41
func TestPayLine_Art80_LeaderOnAdditionalAgreement(t *testing.T) {
	set := profile(t).RatesOn(model.NewDate(2025, time.December, 1))
	l := model.ComputePayLine(model.H(20), model.Lev(12, 0), model.PayTerms{Basis: model.BasisAgreement}, set, model.BGN)
	checkLine(t, "leader", l, want{24000, 0, 3307, 2069, 18624, 4541, 28541}, model.BGN)
	if got := parts(l); got["pension"] != [2]int64{1579, 1973} || got["accident"] != [2]int64{0, 96} || got["health"] != [2]int64{768, 1152} {
		t.Errorf("parts = %v", got)
	}
}

// TestPayLine_EuroDay_MonthOnEachSideOf1January2026: the same leader, 20 h in December 2025
// (above: 186,24 лв. net) and 20 h in January 2026 at the rate's conversion 6,14 € (RateOn)
// under the 2026 set:
//
//	gross 20 × 6,14 = 122,80 €
//	person: 6,58 % = 8,08024 → 8,08; 1,40 % = 1,7192 → 1,72; 0,40 % = 0,4912 → 0,49;
//	        2,20 % = 2,7016 → 2,70; 3,20 % = 3,9296 → 3,93 — together 16,92
//	tax (122,80 − 16,92) = 105,88 × 10 % = 10,588 → 10,59; net 122,80 − 16,92 − 10,59 = 95,29
//	employer: 10,09 + 2,58 + 0,74 + 0,49 + 3,44 + 5,89 = 23,23; cost 146,03
func TestPayLine_EuroDay_MonthOnEachSideOf1January2026(t *testing.T) {
	p := profile(t)
	dec := model.Month{Y: 2025, M: time.December}
	jan := model.Month{Y: 2026, M: time.January}
	rate := model.Lev(12, 0)
	l := model.ComputePayLine(model.H(20), model.RateOn(rate, dec.First()), model.PayTerms{Basis: model.BasisAgreement}, p.RatesOn(dec.First()), model.BGN)
	checkLine(t, "December 2025", l, want{24000, 0, 3307, 2069, 18624, 4541, 28541}, model.BGN)
	l = model.ComputePayLine(model.H(20), model.RateOn(rate, jan.First()), model.PayTerms{Basis: model.BasisAgreement}, p.RatesOn(jan.First()), model.EUR)
	checkLine(t, "January 2026", l, want{12280, 0, 1692, 1059, 9529, 2323, 14603}, model.EUR)
	if l.Rate != model.Euro(6, 14) {
		t.Errorf("rate of January 2026 = %v, want 6,14 €", l.Rate)
	}
}

// TestPayLine_ZDDFL29_CivilContract: an external individual on a civil contract in February
// 2026 at 6,14 € (ЗДДФЛ чл. 29, ал. 1, т. 3: 25 % costs; КСО чл. 4, ал. 3, т. 5: insured for
// pension, ДЗПО and health when the income after costs reaches the minimum wage, 620,20 €;
// ЗДДФЛ чл. 65: 10 % advance tax on the income less costs and contributions):
//
//	140 h: gross 859,60; costs 214,90; after costs 644,70 ≥ 620,20: insured
//	  person 6,58 % = 42,42126 → 42,42; 2,20 % = 14,1834 → 14,18; 3,20 % = 20,6304 → 20,63 = 77,23
//	  tax (644,70 − 77,23) = 567,47 × 10 % = 56,747 → 56,75; net 859,60 − 77,23 − 56,75 = 725,62
//	  employer 8,22 % = 52,99434 → 52,99; 2,80 % = 18,0516 → 18,05; 4,80 % = 30,9456 → 30,95
//	  = 101,99; cost 961,59
//	the same as a pensioner (ЗЗО чл. 40, ал. 3, т. 1: no health part): person 56,60,
//	  tax (644,70 − 56,60) = 588,10 → 58,81, net 744,19; employer 71,04, cost 930,64
//	the same, insured elsewhere on the maximum income: no contributions, tax 64,47, net 795,13
//	100 h: gross 614,00; costs 153,50; 460,50 < 620,20: no contributions;
//	  tax 46,05; net 567,95
func TestPayLine_ZDDFL29_CivilContract(t *testing.T) {
	set := profile(t).RatesOn(model.NewDate(2026, time.February, 1))
	rate := model.Euro(6, 14)
	l := model.ComputePayLine(model.H(140), rate, model.PayTerms{Basis: model.BasisCivil, Insurance: model.InsuranceDeclared}, set, model.EUR)
	checkLine(t, "140 h", l, want{85960, 21490, 7723, 5675, 72562, 10199, 96159}, model.EUR)
	if l.Insurable != model.Euro(644, 70) || len(l.Parts) != 3 {
		t.Errorf("insurable = %v, parts %v", l.Insurable, parts(l))
	}
	l = model.ComputePayLine(model.H(140), rate, model.PayTerms{Basis: model.BasisCivil, Insurance: model.InsurancePensioner}, set, model.EUR)
	checkLine(t, "pensioner", l, want{85960, 21490, 5660, 5881, 74419, 7104, 93064}, model.EUR)
	l = model.ComputePayLine(model.H(140), rate, model.PayTerms{Basis: model.BasisCivil, Insurance: model.InsuranceAtMax}, set, model.EUR)
	checkLine(t, "at max", l, want{85960, 21490, 0, 6447, 79513, 0, 85960}, model.EUR)
	l = model.ComputePayLine(model.H(100), rate, model.PayTerms{Basis: model.BasisCivil, Insurance: model.InsuranceDeclared}, set, model.EUR)
	checkLine(t, "100 h, below the minimum wage", l, want{61400, 15350, 0, 4605, 56795, 0, 61400}, model.EUR)
	// A firm is paid its invoice: nothing withheld, nothing on top (чл. 81, ал. 3).
	l = model.ComputePayLine(model.H(100), rate, model.PayTerms{Basis: model.BasisInvoice}, set, model.EUR)
	checkLine(t, "invoice", l, want{61400, 0, 0, 0, 61400, 0, 61400}, model.EUR)
}

// TestPayLine_KSO157_BornBefore1960: a leader born in 1958 is insured in no universal pension
// fund (КСО чл. 157, ал. 1, т. 1) and pays the pension fund's 19,8 % instead (8,78 % / 11,02 %),
// so 240,00 лв. in 2025 splits differently with the same totals:
//
//	pension 8,78 % = 21,072 → 21,07 and 11,02 % = 26,448 → 26,45; no ДЗПО;
//	person 21,07 + 3,36 + 0,96 + 7,68 = 33,07; employer 26,45 + 5,04 + 1,44 + 0,96 + 11,52 = 45,41
//
// The birth year comes from the ЕГН (5801010001, synthetic, born 1.1.1958).
func TestPayLine_KSO157_BornBefore1960(t *testing.T) {
	set := profile(t).RatesOn(model.NewDate(2025, time.December, 1))
	p := model.Person{PersonalNumber: "5801010001", Engagement: model.Staff}
	terms := model.TermsOf(&p)
	if !terms.BornBefore1960 || terms.Basis != model.BasisAgreement {
		t.Fatalf("terms of a person born in 1958 = %+v", terms)
	}
	l := model.ComputePayLine(model.H(20), model.Lev(12, 0), terms, set, model.BGN)
	checkLine(t, "born 1958", l, want{24000, 0, 3307, 2069, 18624, 4541, 28541}, model.BGN)
	got := parts(l)
	if got["pension"] != [2]int64{2107, 2645} || len(l.Parts) != 5 {
		t.Errorf("parts = %v", got)
	}
	if _, ok := got["dzpo"]; ok {
		t.Error("a person born before 1960 owes no ДЗПО")
	}
	p.PersonalNumber = "8001010008" // born 1980
	if model.TermsOf(&p).BornBefore1960 {
		t.Error("a person born in 1980 is not born before 1960")
	}
}

// TestParseProfile_PayRatesRefused: the dated rates are checked when the profile loads, each
// problem naming its field.
func TestParseProfile_PayRatesRefused(t *testing.T) {
	set := func(m map[string]any, i int) map[string]any {
		return obj(m, "pay")["rates"].([]any)[i].(map[string]any)
	}
	cases := []struct {
		name   string
		change func(m map[string]any)
		field  string
	}{
		{"no rates", func(m map[string]any) { delete(obj(m, "pay"), "rates") }, "pay.rates"},
		{"not a date", func(m map[string]any) { set(m, 1)["from"] = "1 януари" }, "pay.rates[1].from"},
		{"dates not rising", func(m map[string]any) { set(m, 1)["from"] = "2025-01-01" }, "pay.rates[1].from"},
		{"part over 100 %", func(m map[string]any) {
			set(m, 0)["contributions"].([]any)[0].(map[string]any)["employeeBp"] = 10001
		}, "pay.rates[0].contributions.pension"},
		{"part without its law", func(m map[string]any) {
			set(m, 0)["contributions"].([]any)[5].(map[string]any)["article"] = ""
		}, "pay.rates[0].contributions.health"},
		{"minimum wage's euro not the conversion", func(m map[string]any) {
			obj(set(m, 0), "minWage")["eur"] = 55067
		}, "pay.rates[0].minWage"},
		{"costs without their article", func(m map[string]any) { set(m, 1)["civilCostsArticle"] = "" }, "pay.rates[1]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.ParseProfile(mutateProfile(t, tc.change))
			e, ok := err.(*model.Error)
			if !ok || e.Code != "invalid_profile" || e.Field != tc.field {
				t.Fatalf("error = %#v, want invalid_profile on field %q", err, tc.field)
			}
		})
	}
}

// TestPerson_Art85_6_RoleRatesValidated: a further role's rate needs the role and an amount;
// the declaration is one of the three.
func TestPerson_Art85_6_RoleRatesValidated(t *testing.T) {
	ok := model.Person{Name: model.PersonName{First: "Иван", Last: "Колев"}, Engagement: model.Staff, Rate: model.Lev(8, 0),
		Roles:     []model.PersonRole{model.RoleDirector, model.RoleLeader},
		RoleRates: []model.RoleRate{{Role: model.RoleLeader, Rate: model.Lev(12, 0)}}}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a director who leads a group at 12,00 лв.: %v", err)
	}
	for name, change := range map[string]func(p *model.Person){
		"rate of a role the person lacks": func(p *model.Person) { p.RoleRates[0].Role = model.RoleAccountant },
		"zero rate":                       func(p *model.Person) { p.RoleRates[0].Rate = model.Lev(0, 0) },
		"unknown declaration":             func(p *model.Person) { p.Insurance = "maybe" },
	} {
		p := ok
		p.RoleRates = append([]model.RoleRate(nil), ok.RoleRates...)
		change(&p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Hours of December 2025 paid in euro (their statement dated in January 2026): the lev gross is
// remuneration set in leva and not paid before the euro's day, so it converts in the person's
// favour (ЗВЕРБ's rule, as the БНБ states it): 1 h × 10,00 лв. = 5,1129… € → 5,12 € on an
// additional agreement and on a civil contract; a firm's invoice is a price and keeps the
// general rule, 5,11 € (ЗВЕРБ, чл. 12–13). The contributions are on the converted gross.
func TestPayLine_ZVERB_LevGrossPaidInEuroInThePersonsFavour(t *testing.T) {
	p := profile(t)
	dec := model.Month{Y: 2025, M: time.December}
	set := p.RatesOn(dec.First())
	for _, tt := range []struct {
		basis model.PayBasis
		want  model.Money
	}{
		{model.BasisAgreement, model.Euro(5, 12)},
		{model.BasisCivil, model.Euro(5, 12)},
		{model.BasisInvoice, model.Euro(5, 11)},
	} {
		l := model.ComputePayLine(model.H(1), model.Lev(10, 0), model.PayTerms{Basis: tt.basis}, set, model.EUR)
		if l.Gross != tt.want {
			t.Errorf("%s: gross %v, want %v", tt.basis, l.Gross, tt.want)
		}
		if tt.basis == model.BasisAgreement && l.Insurable != tt.want {
			t.Errorf("agreement: insurable %v, want the converted gross %v", l.Insurable, tt.want)
		}
	}
	// In leva nothing is converted: 10,00 лв.
	if l := model.ComputePayLine(model.H(1), model.Lev(10, 0), model.PayTerms{Basis: model.BasisAgreement}, set, model.BGN); l.Gross != model.Lev(10, 0) {
		t.Errorf("in leva: gross %v, want 10,00 лв.", l.Gross)
	}
}
