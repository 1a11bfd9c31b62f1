package model

import (
	"fmt"
	"slices"
	"strings"
)

// PayrollPeriod is the months a payroll statement (ведомост) pays: one month, or a quarter
// as the school pays (чл. 81, ал. 2; чл. 86, ал. 1; чл. 88, ал. 1). From and To are included.
type PayrollPeriod struct {
	From, To Month
}

// MonthPeriod is the period of one month.
func MonthPeriod(m Month) PayrollPeriod { return PayrollPeriod{m, m} }

// QuarterPeriod is the period of a calendar quarter.
func QuarterPeriod(q Quarter) PayrollPeriod {
	f := MonthOf(q.First())
	return PayrollPeriod{From: f, To: Month{Y: f.Y, M: f.M + 2}}
}

// Contains reports whether month m is in the period.
func (p PayrollPeriod) Contains(m Month) bool {
	return !monthBefore(m, p.From) && !monthBefore(p.To, m)
}

func monthBefore(a, b Month) bool { return a.Y < b.Y || a.Y == b.Y && a.M < b.M }

// String is „10.2025“ for a month, „IV тримесечие 2025“ for a quarter, else „10.2025–12.2025“.
func (p PayrollPeriod) String() string {
	switch q := QuarterOf(p.From); {
	case p.From == p.To:
		return p.From.String()
	case QuarterPeriod(q) == p:
		return q.String()
	}
	return p.From.String() + "–" + p.To.String()
}

// PayrollRow is one line of the statement: a person in one role, under one set of rates.
type PayrollRow struct {
	Person    Person
	Role      PersonRole
	BasisNo   string // the agreement's or contract's number
	BasisDate Date
	Rates     *PayRateSet
	Line      PayLine
	// Notes say what the caps took off (Приложение № 7, чл. 80) and the declaration given.
	Notes []string
}

// Payroll is the statement of a period: every person paid for it, with totals.
type Payroll struct {
	Period   PayrollPeriod
	Number   string // of the payroll expense that pays it (PayrollDocOf); "" when none yet
	Date     Date
	Currency Currency
	Rows     []PayrollRow
	Total    PayLine
}

// BuildPayroll builds the statement of period per: for each person with approved reports in
// it, a row per role (two roles of one person apart, чл. 85, ал. 6), each role at its own rate
// within its own cap (чл. 80; чл. 85, ал. 4; чл. 87, ал. 4) and the director's and the
// accountant's hours within Приложение № 7 (чл. 86, ал. 2; чл. 88, ал. 3), with the rates in
// force in the months (RatesOn). Firms paid on invoice are not on it (чл. 81, ал. 3). b may be
// nil (no Приложение № 7 maxima known).
func BuildPayroll(d *YearData, p *Profile, b *Budget, per PayrollPeriod) Payroll {
	pr := Payroll{Period: per, Currency: d.Programme.Currency}
	pr.Number, pr.Date = PayrollDocOf(d, per)
	if !pr.Date.IsZero() {
		pr.Currency = CurrencyOn(pr.Date)
	}
	if !pr.Currency.Valid() {
		pr.Currency = CurrencyOn(per.From.First())
	}
	for i := range d.People {
		person := &d.People[i]
		if person.Basis() == BasisInvoice {
			continue
		}
		ceiling := insurableCeilings(d, p, person, per, pr.Currency)
		for _, role := range payRoles(d, person) {
			pr.Rows = append(pr.Rows, roleRows(d, p, b, person, role, per, pr.Currency, ceiling)...)
		}
	}
	for i := range pr.Rows {
		pr.Total.Add(&pr.Rows[i].Line)
	}
	return pr
}

// payRoles are the roles a person's reports are in: the person's own order, then any other.
func payRoles(d *YearData, person *Person) []PersonRole {
	seen := map[PersonRole]bool{}
	for i := range d.Timesheets {
		if d.Timesheets[i].PersonID == person.ID {
			seen[d.Timesheets[i].Role] = true
		}
	}
	var out []PersonRole
	for _, r := range append(append([]PersonRole(nil), person.Roles...), RoleLeader, RoleDirector, RoleAccountant) {
		if seen[r] {
			out = append(out, r)
			delete(seen, r)
		}
	}
	return out
}

// roleRows are the rows of one person's role in the period: one per set of rates in force.
// ceiling is what is left of the person's maximum insurable income per set of rates
// (insurableCeilings); each row uses its part of it.
func roleRows(d *YearData, p *Profile, b *Budget, person *Person, role PersonRole, per PayrollPeriod, cur Currency, ceiling map[*PayRateSet]Money) []PayrollRow {
	var out []PayrollRow
	at := map[*PayRateSet]int{}
	first := map[*PayRateSet]Month{}
	for i := range d.Timesheets {
		t := &d.Timesheets[i]
		if t.PersonID != person.ID || t.Role != role || t.Status != Approved || !per.Contains(t.Month) {
			continue
		}
		set := p.RatesOn(t.Month.First())
		k, ok := at[set]
		if !ok {
			k, at[set], first[set] = len(out), len(out), t.Month
			out = append(out, PayrollRow{Person: *person, Role: role, BasisNo: person.AgreementNo,
				BasisDate: person.AgreementDate, Rates: set})
		}
		out[k].Line.Hours += t.Total()
		if monthBefore(t.Month, first[set]) {
			first[set] = t.Month
		}
	}
	for k := range out {
		r := &out[k]
		hours, notes := capAnnex7(d, b, person, role, per, r.Line.Hours)
		rate, note := capRate(p, person, role, person.RateOn(role, first[r.Rates].First()))
		r.Notes = append(notes, note...)
		if person.Basis() == BasisCivil {
			r.Notes = append(r.Notes, person.Insurance.Label())
		}
		r.Line = ComputePayLine(hours, rate, TermsOf(person), r.Rates, cur)
		if c, ok := ceiling[r.Rates]; ok {
			ceiling[r.Rates] = capInsurable(r, c, cur)
		}
	}
	return out
}

// capInsurable recomputes row r with its insurable income at most c (КСО чл. 6, ал. 2, т. 1),
// notes it on the row when that cut it, and returns what is left of c.
func capInsurable(r *PayrollRow, c Money, cur Currency) Money {
	full := r.Line
	terms := TermsOf(&r.Person)
	terms.InsurableMax = c
	r.Line = ComputePayLine(full.Hours, full.Rate, terms, r.Rates, cur)
	if full.Insurable.Cmp(r.Line.Insurable) > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("осигурителният доход %s е ограничен до максималния %s (КСО чл. 6, ал. 2, т. 1)", full.Insurable, r.Line.Insurable))
	}
	return c.Sub(r.Line.Insurable)
}

// insurableCeilings are the person's maximum insurable income in the period per set of rates:
// the monthly maximum in force in each month with approved hours of the person, in any role,
// added up (КСО чл. 6, ал. 2, т. 1: contributions are due on the month's income up to the
// maximum of the annual ЗБДОО). The roles of one person share it, as the school is one insurer
// paying both: the first role on the statement takes what it needs, the next what is left. A set
// without a maximum (a profile kept from before) has no entry: no ceiling.
func insurableCeilings(d *YearData, p *Profile, person *Person, per PayrollPeriod, cur Currency) map[*PayRateSet]Money {
	out := map[*PayRateSet]Money{}
	seen := map[Month]bool{}
	for i := range d.Timesheets {
		t := &d.Timesheets[i]
		if t.PersonID != person.ID || t.Status != Approved || !per.Contains(t.Month) || seen[t.Month] {
			continue
		}
		seen[t.Month] = true
		set := p.RatesOn(t.Month.First())
		if m, ok := set.MaxInsurableOn(t.Month.First(), cur); ok {
			out[set] = out[set].Add(m)
		}
	}
	return out
}

// capAnnex7 limits the hours of the director and the accountant to what is left of the
// school's maximum of Приложение № 7 after the approved hours of the role before the period.
func capAnnex7(d *YearData, b *Budget, person *Person, role PersonRole, per PayrollPeriod, h Hours) (Hours, []string) {
	if b == nil || (role != RoleDirector && role != RoleAccountant) {
		return h, nil
	}
	max, article := b.DirectorHours, "чл. 86, ал. 2"
	if role == RoleAccountant {
		max, article = b.AccountantHours, "чл. 88, ал. 3"
	}
	if max <= 0 {
		return h, nil
	}
	var before Hours
	for i := range d.Timesheets {
		t := &d.Timesheets[i]
		if t.Role == role && t.Status == Approved && monthBefore(t.Month, per.From) {
			before += t.Total()
		}
	}
	left := max - before
	if left < 0 {
		left = 0
	}
	if h <= left {
		return h, nil
	}
	return left, []string{fmt.Sprintf("изплащат се %s от %s ч.: максимумът по Приложение № 7 е %s ч., изплатени преди %s ч. (%s)",
		left, h, max, before, article)}
}

// capRate limits a role's rate to its cap (RoleRateCap).
func capRate(p *Profile, person *Person, role PersonRole, rate Money) (Money, []string) {
	cap, article, _ := p.Pay.RoleRateCap(person, role)
	max := cap.In(rate.Currency)
	if rate.Cmp(max) <= 0 {
		return rate, nil
	}
	return max, []string{fmt.Sprintf("ставката %s е над допустимата за %s: изплаща се %s (%s)", rate, role.Label(), max, article)}
}

// RoleRateCap is the maximum hourly rate of a person's role, its article and how a finding
// names it: чл. 80, ал. 1 and 3 for a leader (by experience), чл. 85, ал. 4 for the director,
// чл. 87, ал. 4 for the accountant. One table for the statement (capRate) and the check
// (checkPay), so a role is never paid over what the check allows.
func (pay *PayRules) RoleRateCap(person *Person, role PersonRole) (cap Amount, article, label string) {
	switch {
	case role == RoleDirector:
		return pay.DirectorRate, "чл. 85, ал. 4", "директор"
	case role == RoleAccountant:
		return pay.AccountantRate, "чл. 87, ал. 4", "счетоводител"
	case person.ExperienceYears <= pay.JuniorMaxYears:
		return pay.LeaderRateJunior, "чл. 80, ал. 3", fmt.Sprintf("ръководител с опит до %d години", pay.JuniorMaxYears)
	}
	return pay.LeaderRate, "чл. 80, ал. 1", "ръководител на група"
}

// PayrollDocOf is the number and date of the statement of period per: those of the first
// payroll expense (a „ведомост“ of the expense register, which Docs.xlsx lists) for a person paid
// in it, dated after the last month of the period with approved reports (the school year's last
// quarter is paid before the quarter ends). The three documents carry one number and date.
func PayrollDocOf(d *YearData, per PayrollPeriod) (string, Date) {
	paid := map[ID]bool{}
	var last Month
	for i := range d.Timesheets {
		if t := &d.Timesheets[i]; t.Status == Approved && per.Contains(t.Month) {
			paid[t.PersonID] = true
			if last.Y == 0 || monthBefore(last, t.Month) {
				last = t.Month
			}
		}
	}
	if last.Y == 0 {
		return "", Date{}
	}
	var best *Expense
	end := last.Last()
	for i := range d.Expenses {
		e := &d.Expenses[i]
		if e.DocKind != DocPayroll || !paid[e.PersonID] || !end.Before(e.DocDate) {
			continue
		}
		if best == nil || e.DocDate.Before(best.DocDate) {
			best = e
		}
	}
	if best == nil {
		return "", Date{}
	}
	return strings.TrimSpace(best.DocNumber), best.DocDate
}

// PersonMonth is a person's pay of one month, a row per role, as the month's statement has it.
type PersonMonth struct {
	Month Month
	Rows  []PayrollRow
}

// PersonPay is person id's pay month by month over the year's approved reports, each month as
// its statement computes it (BuildPayroll): the Часове screen's table.
func PersonPay(d *YearData, p *Profile, b *Budget, id ID) []PersonMonth {
	seen := map[Month]bool{}
	var months []Month
	for i := range d.Timesheets {
		if t := &d.Timesheets[i]; t.PersonID == id && t.Status == Approved && !seen[t.Month] {
			seen[t.Month] = true
			months = append(months, t.Month)
		}
	}
	slices.SortFunc(months, func(a, b Month) int { return a.First().Compare(b.First()) })
	var out []PersonMonth
	for _, m := range months {
		pm := PersonMonth{Month: m}
		for _, r := range BuildPayroll(d, p, b, MonthPeriod(m)).Rows {
			if r.Person.ID == id {
				pm.Rows = append(pm.Rows, r)
			}
		}
		out = append(out, pm)
	}
	return out
}

// PersonQuarter is a person's pay of a quarter as the quarter's statement pays it (the school
// pays quarterly, on the quarter's hours: чл. 81, ал. 2), all roles together.
type PersonQuarter struct {
	Quarter Quarter
	Total   PayLine
}

// PersonQuarters are person id's quarters with approved reports, each as its statement pays it,
// in cur (an amount of another currency converted once).
func PersonQuarters(d *YearData, p *Profile, b *Budget, id ID, cur Currency) []PersonQuarter {
	var out []PersonQuarter
	for _, m := range PersonPay(d, p, b, id) {
		q := QuarterOf(m.Month)
		if len(out) > 0 && out[len(out)-1].Quarter == q {
			continue
		}
		pq := PersonQuarter{Quarter: q, Total: emptyLine(cur)}
		for _, r := range BuildPayroll(d, p, b, QuarterPeriod(q)).Rows {
			if r.Person.ID == id {
				pq.Total.Add(&r.Line)
			}
		}
		out = append(out, pq)
	}
	return out
}

// PersonYear is a person's pay of a calendar year: what the accountant's annual reports on
// income and contributions take (they go by calendar year, not school year).
type PersonYear struct {
	Year  int
	Total PayLine
}

// PersonYears adds up the quarters as paid by calendar year, in cur.
func PersonYears(qs []PersonQuarter, cur Currency) []PersonYear {
	var out []PersonYear
	for i := range qs {
		if len(out) == 0 || out[len(out)-1].Year != qs[i].Quarter.Y {
			out = append(out, PersonYear{Year: qs[i].Quarter.Y, Total: emptyLine(cur)})
		}
		out[len(out)-1].Total.Add(&qs[i].Total)
	}
	return out
}
