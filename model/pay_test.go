package model_test

import (
	"errors"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// profileRates are the rates of the default profile: 13,78 % of the insured person,
// 18,92 % of the employer, 10 % income tax.
var profileRates = model.PayRates{EmployeeContribBp: 1378, EmployerContribBp: 1892, IncomeTaxBp: 1000}

func TestComputePay_HandComputed(t *testing.T) {
	tests := []struct {
		name  string
		hours model.Hours
		rate  model.Money
		rates model.PayRates
		cur   model.Currency
		want  model.Payslip // Hours and Rate are filled from hours and rate
	}{
		{
			// 10 h × 12,00 = 120,00 лв.
			// insured 13,78 % of 120,00 = 16,536 → 16,54; taxable 120,00 − 16,54 = 103,46
			// tax 10 % of 103,46 = 10,346 → 10,35; net 103,46 − 10,35 = 93,11
			// employer 18,92 % of 120,00 = 22,704 → 22,70; cost 120,00 + 22,70 = 142,70
			name: "leader 10 h at 12,00 лв.", hours: model.H(10), rate: model.Lev(12, 0), rates: profileRates, cur: model.BGN,
			want: model.Payslip{Gross: model.Lev(120, 0), EmployeeContrib: model.Lev(16, 54), Taxable: model.Lev(103, 46),
				IncomeTax: model.Lev(10, 35), Net: model.Lev(93, 11), EmployerContrib: model.Lev(22, 70), Cost: model.Lev(142, 70)},
		},
		{
			// 7,5 h × 8,00 = 60,00 лв.
			// insured 13,78 % of 60,00 = 8,268 → 8,27; taxable 51,73
			// tax 10 % of 51,73 = 5,173 → 5,17; net 51,73 − 5,17 = 46,56
			// employer 18,92 % of 60,00 = 11,352 → 11,35; cost 71,35
			name: "director 7,5 h at 8,00 лв.", hours: 750, rate: model.Lev(8, 0), rates: profileRates, cur: model.BGN,
			want: model.Payslip{Gross: model.Lev(60, 0), EmployeeContrib: model.Lev(8, 27), Taxable: model.Lev(51, 73),
				IncomeTax: model.Lev(5, 17), Net: model.Lev(46, 56), EmployerContrib: model.Lev(11, 35), Cost: model.Lev(71, 35)},
		},
		{
			// A euro year with a euro rate: 10 h × 6,14 € = 61,40 €
			// insured 13,78 % of 61,40 = 8,46092 → 8,46; taxable 52,94
			// tax 10 % of 52,94 = 5,294 → 5,29; net 52,94 − 5,29 = 47,65
			// employer 18,92 % of 61,40 = 11,61688 → 11,62; cost 73,02
			name: "euro year, rate in euro", hours: model.H(10), rate: model.Euro(6, 14), rates: profileRates, cur: model.EUR,
			want: model.Payslip{Gross: model.Euro(61, 40), EmployeeContrib: model.Euro(8, 46), Taxable: model.Euro(52, 94),
				IncomeTax: model.Euro(5, 29), Net: model.Euro(47, 65), EmployerContrib: model.Euro(11, 62), Cost: model.Euro(73, 02)},
		},
		{
			// A euro year with the lev rate of the instruction: 160 h × 12,00 лв. = 1 920,00 лв.
			// converted as a total: 1 920,00 / 1,95583 = 981,6804… → 981,68 € (RULES.md §13)
			// insured 13,78 % of 981,68 = 135,275504 → 135,28; taxable 846,40
			// tax 10 % of 846,40 = 84,64; net 846,40 − 84,64 = 761,76
			// employer 18,92 % of 981,68 = 185,733856 → 185,73; cost 1 167,41
			name: "euro year, rate in leva", hours: model.H(160), rate: model.Lev(12, 0), rates: profileRates, cur: model.EUR,
			want: model.Payslip{Gross: model.Euro(981, 68), EmployeeContrib: model.Euro(135, 28), Taxable: model.Euro(846, 40),
				IncomeTax: model.Euro(84, 64), Net: model.Euro(761, 76), EmployerContrib: model.Euro(185, 73), Cost: model.Euro(1167, 41)},
		},
		{
			// No contributions, no tax: net is gross. 0,5 h × 6,00 = 3,00 лв.
			name: "zero rates", hours: 50, rate: model.Lev(6, 0), rates: model.PayRates{}, cur: model.BGN,
			want: model.Payslip{Gross: model.Lev(3, 0), EmployeeContrib: model.Lev(0, 0), Taxable: model.Lev(3, 0),
				IncomeTax: model.Lev(0, 0), Net: model.Lev(3, 0), EmployerContrib: model.Lev(0, 0), Cost: model.Lev(3, 0)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want.Hours, tt.want.Rate = tt.hours, tt.rate
			if got := model.ComputePay(tt.hours, tt.rate, tt.rates, tt.cur); got != tt.want {
				t.Errorf("ComputePay =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestComputePay_RoundsEachLineHalfUp(t *testing.T) {
	tenPercent := model.PayRates{EmployeeContribBp: 1000, EmployerContribBp: 1000, IncomeTaxBp: 1000}
	tests := []struct {
		name  string
		hours model.Hours
		rate  model.Money
		gross model.Money
		ins   model.Money // 10 % of gross
		tax   model.Money // 10 % of gross − ins
	}{
		// 0,01 h × 0,50 = 0,005 → 0,01 (half up); 10 % of 0,01 = 0,001 → 0,00
		{"gross half a stotinka rounds up", 1, model.Lev(0, 50), model.Lev(0, 1), model.Lev(0, 0), model.Lev(0, 0)},
		// 0,01 h × 0,49 = 0,0049 → 0,00
		{"gross under half a stotinka rounds down", 1, model.Lev(0, 49), model.Lev(0, 0), model.Lev(0, 0), model.Lev(0, 0)},
		// 1 h × 1,05 = 1,05; 10 % = 0,105 → 0,11; tax 10 % of 0,94 = 0,094 → 0,09
		{"contribution of exactly half rounds up", 100, model.Lev(1, 5), model.Lev(1, 5), model.Lev(0, 11), model.Lev(0, 9)},
		// 1 h × 1,04 = 1,04; 10 % = 0,104 → 0,10; tax 10 % of 0,94 = 0,094 → 0,09
		{"contribution under half rounds down", 100, model.Lev(1, 4), model.Lev(1, 4), model.Lev(0, 10), model.Lev(0, 9)},
		// 1 h × 1,16 = 1,16; 10 % = 0,116 → 0,12; tax 10 % of 1,04 = 0,104 → 0,10
		{"tax on the rounded taxable", 100, model.Lev(1, 16), model.Lev(1, 16), model.Lev(0, 12), model.Lev(0, 10)},
		// 1 h × 1,17 = 1,17; 10 % = 0,117 → 0,12; tax 10 % of 1,05 = 0,105 → 0,11
		{"tax of exactly half rounds up", 100, model.Lev(1, 17), model.Lev(1, 17), model.Lev(0, 12), model.Lev(0, 11)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := model.ComputePay(tt.hours, tt.rate, tenPercent, model.BGN)
			if p.Gross != tt.gross || p.EmployeeContrib != tt.ins || p.IncomeTax != tt.tax {
				t.Errorf("gross %s, insured %s, tax %s; want %s, %s, %s", p.Gross, p.EmployeeContrib, p.IncomeTax, tt.gross, tt.ins, tt.tax)
			}
			if sum := p.Net.Add(p.EmployeeContrib).Add(p.IncomeTax); sum != p.Gross {
				t.Errorf("net + insured + tax = %s, not the gross %s", sum, p.Gross)
			}
		})
	}
}

func TestPayRatesFor_YearOverridesProfile(t *testing.T) {
	p := profile(t)
	prog := &model.Programme{}
	if got := model.PayRatesFor(p, prog); got != profileRates {
		t.Errorf("without a year's rates = %+v, want the profile's %+v", got, profileRates)
	}
	own := model.PayRates{EmployeeContribBp: 1400, EmployerContribBp: 1900, IncomeTaxBp: 1000}
	prog.PayRates = &own
	if got := model.PayRatesFor(p, prog); got != own {
		t.Errorf("with the year's rates = %+v, want %+v", got, own)
	}
}

func TestPayRates_Validate(t *testing.T) {
	tests := []struct {
		name  string
		rates model.PayRates
		ok    bool
	}{
		{"zero", model.PayRates{}, true},
		{"100 %", model.PayRates{EmployeeContribBp: 10000, EmployerContribBp: 10000, IncomeTaxBp: 10000}, true},
		{"over 100 %", model.PayRates{IncomeTaxBp: 10001}, false},
		{"negative", model.PayRates{EmployerContribBp: -1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.rates.Validate()
			if (err == nil) != tt.ok {
				t.Errorf("Validate = %v, want ok %v", err, tt.ok)
			}
			prog := model.Programme{Year: 2025, Students: 100, Currency: model.BGN, PayRates: &tt.rates}
			if perr := prog.Validate(); (perr == nil) != tt.ok {
				t.Errorf("Programme.Validate = %v, want ok %v", perr, tt.ok)
			}
		})
	}
}

// payYear is a leader at 12,00 лв. (an agreement of 2025) with reports in two quarters, one not
// yet approved, in a year reported in euro.
func payYear() *model.YearData {
	d := &model.YearData{Programme: model.Programme{Year: 2025, Currency: model.EUR}}
	d.People = []model.Person{{ID: "p1", Rate: model.Lev(12, 0), Roles: []model.PersonRole{model.RoleLeader}}}
	sheet := func(id model.ID, m time.Month, y int, hours int64, st model.TimesheetStatus) model.Timesheet {
		mon := model.Month{Y: y, M: m}
		return model.Timesheet{ID: id, PersonID: "p1", Role: model.RoleLeader, Month: mon, Status: st,
			Days: []model.DayHours{{Date: mon.First(), Hours: model.H(hours)}}}
	}
	d.Timesheets = []model.Timesheet{
		sheet("t1", time.October, 2025, 6, model.Approved),
		sheet("t2", time.January, 2026, 5, model.Approved),
		sheet("t3", time.November, 2025, 4, model.Approved),
		sheet("t4", time.December, 2025, 3, model.Prepared),
		sheet("t5", time.January, 2026, 2, model.Approved),
	}
	return d
}

// The lev rate of an agreement signed in 2025 across 1 January 2026 (ЗВЕРБ; Reg. 1103/97,
// чл. 3–5): the hours of 2025 are paid at 12,00 лв., their total converted once; the hours of
// 2026 at the rate's conversion, 6,14 €.
func TestPaySummary_RateAcrossEuroDay(t *testing.T) {
	qs := model.PaySummary(payYear(), "p1", profileRates)
	if len(qs) != 2 {
		t.Fatalf("quarters = %d, want 2: %+v", len(qs), qs)
	}
	// IV 2025: approved 6 + 4 = 10 h, December's 3 h pending; 10 h × 12,00 = 120,00 лв. =
	// 61,355… → 61,36 €; insured 13,78 % 8,46; taxable 52,90; tax 5,29; net 47,61; employer 11,61.
	q4 := qs[0]
	if q4.Quarter != (model.Quarter{Y: 2025, Q: 4}) || q4.Approved != model.H(10) || q4.Pending != model.H(3) {
		t.Errorf("first quarter = %v, %s approved, %s pending; want IV 2025, 10, 3", q4.Quarter, q4.Approved, q4.Pending)
	}
	if q4.Pay.Rate != model.Lev(12, 0) || q4.Pay.Gross != model.Euro(61, 36) || q4.Pay.Net != model.Euro(47, 61) || q4.Pay.EmployerContrib != model.Euro(11, 61) {
		t.Errorf("IV 2025 pay = %+v", q4.Pay)
	}
	// I 2026: 5 + 2 = 7 h × 6,14 € = 42,98 € (not 84,00 лв. → 42,95 €); insured 5,92;
	// taxable 37,06; tax 3,71; net 33,35.
	q1 := qs[1]
	if q1.Quarter.String() != "I тримесечие 2026" || q1.Approved != model.H(7) || q1.Pay.Rate != model.Euro(6, 14) ||
		q1.Pay.Gross != model.Euro(42, 98) || q1.Pay.Net != model.Euro(33, 35) {
		t.Errorf("second quarter = %s, %s h, %+v; want I тримесечие 2026, 7 h at 6,14 €, gross 42,98 €, net 33,35 €", q1.Quarter, q1.Approved, q1.Pay)
	}
	total := model.TotalPay(qs, model.EUR)
	if total.Hours != model.H(17) || total.Net != model.Euro(80, 96) {
		t.Errorf("year = %s h, net %s; want 17 h, 80,96 €", total.Hours, total.Net)
	}
}

func TestPaySummary_Art81_3_ExternalFirmIsPaidItsInvoice(t *testing.T) {
	d := payYear()
	d.People[0].Engagement, d.People[0].SupplierID = model.External, "sup1"
	qs := model.PaySummary(d, "p1", profileRates)
	// IV 2025: 10 h × 12,00 = 120,00 лв. = 61,36 € invoiced; nothing withheld, nothing on top.
	p := qs[0].Pay
	if p.Gross != model.Euro(61, 36) || p.Net != model.Euro(61, 36) || !p.EmployeeContrib.IsZero() || !p.EmployerContrib.IsZero() {
		t.Errorf("a firm's pay = %+v, want 61,36 € net with no contributions", p)
	}
}

func TestQuarterOf(t *testing.T) {
	tests := []struct {
		m    time.Month
		want int
	}{{time.January, 1}, {time.March, 1}, {time.April, 2}, {time.June, 2}, {time.July, 3}, {time.September, 3}, {time.October, 4}, {time.December, 4}}
	for _, tt := range tests {
		if got := model.QuarterOf(model.Month{Y: 2025, M: tt.m}); got.Q != tt.want || got.Y != 2025 {
			t.Errorf("QuarterOf(%s) = %+v, want Q%d", tt.m, got, tt.want)
		}
	}
}

func TestPaySummary_UnknownPersonIsEmpty(t *testing.T) {
	if qs := model.PaySummary(payYear(), "nobody", profileRates); len(qs) != 0 {
		t.Errorf("PaySummary of an unknown person = %+v", qs)
	}
}

// code returns the Code of err's *model.Error, or "".
func code(err error) model.Code {
	var e *model.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
