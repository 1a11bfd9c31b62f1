package model

import (
	"fmt"
	"slices"
	"time"
)

// PayRates are the rates that turn a gross remuneration into pay: the insured person's
// contributions, the income tax and the employer's contributions, in basis points (1378 is
// 13,78 %). The law changes them each year: the rule profile gives the default (PayRules) and
// a year may override them (Programme.PayRates).
type PayRates struct {
	EmployeeContribBp int64 `json:"EmployeeContribBp"`
	EmployerContribBp int64 `json:"EmployerContribBp"`
	IncomeTaxBp       int64 `json:"IncomeTaxBp"`
}

// DefaultPayRates are the rates of the rule profile.
func DefaultPayRates(p *Profile) PayRates {
	return PayRates{EmployeeContribBp: p.Pay.EmployeeContribBp, EmployerContribBp: p.Pay.EmployerContribBp,
		IncomeTaxBp: p.Pay.IncomeTaxBp}
}

// PayRatesFor returns the rates of a school year: the programme's own when it has them,
// else the profile's.
func PayRatesFor(p *Profile, prog *Programme) PayRates {
	if prog != nil && prog.PayRates != nil {
		return *prog.PayRates
	}
	return DefaultPayRates(p)
}

// Validate refuses a rate below 0 or above 100 %.
func (r PayRates) Validate() error {
	var es Errors
	for _, x := range []struct {
		field, what string
		bp          int64
	}{
		{"EmployeeContribBp", "осигурителните вноски за сметка на лицето", r.EmployeeContribBp},
		{"EmployerContribBp", "осигурителните вноски за сметка на работодателя", r.EmployerContribBp},
		{"IncomeTaxBp", "данъкът върху доходите", r.IncomeTaxBp},
	} {
		if x.bp < 0 || x.bp > 10000 {
			es.Add(Errorf(CodeInvalidRate, x.field, "%s трябва да са между 0 и 100 %%", x.what))
		}
	}
	return es.Err()
}

// Payslip is the pay of some hours at a rate. Every line is rounded half up to the stotinka or
// cent on its own, and the lines below are computed from the rounded lines above them, so
// they add up exactly: Net = Gross − EmployeeContrib − IncomeTax.
type Payslip struct {
	Hours Hours
	Rate  Money // per astronomical hour, incl. the insured person's contributions (чл. 80, ал. 1)
	// Gross is hours × rate (чл. 81, ал. 1), in the year's currency.
	Gross           Money
	EmployeeContrib Money // Gross × the insured person's rate
	Taxable         Money // Gross − EmployeeContrib
	IncomeTax       Money // Taxable × the tax rate
	Net             Money // what the person is paid
	EmployerContrib Money // Gross × the employer's rate, on top of Gross (чл. 79, т. 1)
	Cost            Money // Gross + EmployerContrib: what the project pays
}

// ComputePay computes the pay of h hours at rate, in currency cur. The gross is computed in
// the rate's own currency and only then converted (RULES.md §13: 160 h × 12,00 лв. is
// 1 920,00 лв., that is 981,68 €); the contributions and the tax are computed on the converted
// gross. The conversion is the general rule (ToEUR), as RULES.md §13 plans a budget: ComputePay
// gives the budget's planning figures; pay as paid is ComputePayLine, whose lev gross paid in
// euro converts in the person's favour (ToEURPay, ЗВЕРБ's rule for remuneration).
func ComputePay(h Hours, rate Money, r PayRates, cur Currency) Payslip {
	if !cur.Valid() {
		cur = rate.Currency
	}
	gross := h.Pay(rate).In(cur)
	ps := Payslip{Hours: h, Rate: rate, Gross: gross}
	ps.EmployeeContrib = gross.Percent(r.EmployeeContribBp)
	ps.Taxable = gross.Sub(ps.EmployeeContrib)
	ps.IncomeTax = ps.Taxable.Percent(r.IncomeTaxBp)
	ps.Net = ps.Taxable.Sub(ps.IncomeTax)
	ps.EmployerContrib = gross.Percent(r.EmployerContribBp)
	ps.Cost = gross.Add(ps.EmployerContrib)
	return ps
}

// Quarter is a calendar quarter: pay is quarterly, on the approved reports of its months
// (чл. 81, ал. 2; чл. 86, ал. 1; чл. 88, ал. 1).
type Quarter struct {
	Y int
	Q int // 1–4
}

// QuarterOf returns the quarter of month m.
func QuarterOf(m Month) Quarter { return Quarter{Y: m.Y, Q: (int(m.M)-1)/3 + 1} }

// First is the quarter's first day.
func (q Quarter) First() Date { return NewDate(q.Y, time.Month(3*q.Q-2), 1) }

// String formats the quarter the Bulgarian way: "IV тримесечие 2025".
func (q Quarter) String() string {
	return fmt.Sprintf("%s тримесечие %d", [...]string{"", "I", "II", "III", "IV"}[q.Q], q.Y)
}

// QuarterPay is one quarter of a person's pay: the hours of its approved reports, which are
// paid, the hours of its reports not yet approved, which are not, and the pay.
type QuarterPay struct {
	Quarter  Quarter
	Approved Hours
	Pending  Hours
	Pay      Payslip // of the approved hours
}

// PaySummary returns a person's pay by quarter of the school year, in the year's currency:
// for each quarter with a report, the approved and pending hours and the pay of the approved
// ones, computed on the quarter's total hours, as it is paid (one payroll a quarter), at the
// rate as it applies in the quarter (RateOn: a lev rate is 6,14 € from 2026). An
// external firm (a person of an external supplier) is paid its invoice, hours × rate, with no
// contributions or tax withheld by the school (чл. 80, ал. 4; чл. 81, ал. 3).
func PaySummary(d *YearData, personID ID, r PayRates) []QuarterPay {
	var person *Person
	for i := range d.People {
		if d.People[i].ID == personID {
			person = &d.People[i]
		}
	}
	if person == nil {
		return nil
	}
	if person.Engagement == External && person.SupplierID != "" {
		r = PayRates{}
	}
	var out []QuarterPay
	at := map[Quarter]int{}
	for i := range d.Timesheets {
		t := &d.Timesheets[i]
		if t.PersonID != personID {
			continue
		}
		q := QuarterOf(t.Month)
		k, ok := at[q]
		if !ok {
			k = len(out)
			at[q] = k
			out = append(out, QuarterPay{Quarter: q})
		}
		if t.Status == Approved {
			out[k].Approved += t.Total()
		} else {
			out[k].Pending += t.Total()
		}
	}
	for i := range out {
		// A quarter never spans 1 January 2026: a lev rate pays the hours of 2025 in leva,
		// converted once as a total; from 2026 it pays at its euro conversion (Person.RateOn:
		// remuneration in the person's favour, ЗВЕРБ).
		rate := person.RateOn("", out[i].Quarter.First())
		out[i].Pay = ComputePay(out[i].Approved, rate, r, d.Programme.Currency)
	}
	slices.SortFunc(out, func(a, b QuarterPay) int {
		if a.Quarter.Y != b.Quarter.Y {
			return a.Quarter.Y - b.Quarter.Y
		}
		return a.Quarter.Q - b.Quarter.Q
	})
	return out
}

// TotalPay adds up the payslips of a summary: the year's pay of a person.
func TotalPay(qs []QuarterPay, cur Currency) Payslip {
	zero := Money{Currency: cur}
	t := Payslip{Gross: zero, EmployeeContrib: zero, Taxable: zero, IncomeTax: zero, Net: zero,
		EmployerContrib: zero, Cost: zero}
	for _, q := range qs {
		p := q.Pay
		t.Hours += p.Hours
		t.Gross = t.Gross.Add(p.Gross)
		t.EmployeeContrib = t.EmployeeContrib.Add(p.EmployeeContrib)
		t.Taxable = t.Taxable.Add(p.Taxable)
		t.IncomeTax = t.IncomeTax.Add(p.IncomeTax)
		t.Net = t.Net.Add(p.Net)
		t.EmployerContrib = t.EmployerContrib.Add(p.EmployerContrib)
		t.Cost = t.Cost.Add(p.Cost)
	}
	return t
}
