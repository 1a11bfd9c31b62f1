package demo

import (
	"fmt"
	"slices"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// employerBP is the employer's social contributions on remuneration, in basis points (18.92 %),
// paid on top of the leader's rate (чл. 79, т. 1).
const employerBP = 1892

// vatBP is the standard VAT rate, 20 %. Schools are not VAT-registered: the VAT is a cost.
const vatBP = 2000

// expenses are the year's costs: remuneration every quarter from the approved timesheets,
// and purchases of several cost types of чл. 79 sized as shares of the budget T within the
// caps of чл. 82. Three carry deliberate problems for the checks: one without the project
// number (чл. 101), one paid in cash without its cash voucher (чл. 106), one entered late
// (чл. 98, ал. 3).
func (g *gen) expenses() {
	g.remuneration()
	g.purchases()
}

// quarter is a reporting quarter of the year and the day its remuneration is paid.
type quarter struct {
	months []model.Month
	paid   model.Date
}

func (g *gen) quarters() []quarter {
	ms := g.months() // Oct … May
	return []quarter{
		{ms[0:3], g.date(time.January, 12)},
		{ms[3:6], g.date(time.April, 14)},
		{ms[6:8], g.date(time.June, 10)},
	}
}

// remuneration pays each person's approved hours of a quarter, role by role (a director who
// also leads a group is paid each role apart, чл. 85, ал. 6), split by activity in proportion to
// the hours, the last activity taking the remainder, so the expenses add up to the pay to the
// cent: with a profile as the quarter's payroll statement computes it (model.BuildPayroll),
// without one at the rate as it applies in the quarter (Person.RateOn: remuneration in the person's favour, ЗВЕРБ) with the employer's
// contributions for staff and nothing on top for an external person, paid as cost type 9
// (чл. 79, т. 9).
func (g *gen) remuneration() {
	kindOf := make(map[model.ID]model.ActivityKind, len(g.d.Groups))
	for _, gr := range g.d.Groups {
		kindOf[gr.ID] = gr.Kind
	}
	for _, q := range g.quarters() {
		var pr *model.Payroll
		if g.opts.Profile != nil {
			// The statement of the quarter before its expenses exist: its currency is the year's,
			// the one the expenses are in; the maxima of Приложение № 7 are not reached by the demo.
			x := model.BuildPayroll(g.d, g.opts.Profile, nil, model.QuarterPeriod(model.QuarterOf(q.months[0])))
			pr = &x
		}
		for _, p := range g.d.People {
			byRole := map[model.PersonRole][]model.Hours{}
			for _, t := range g.d.Timesheets {
				if t.PersonID != p.ID || !slices.Contains(q.months, t.Month) {
					continue
				}
				hours := byRole[t.Role]
				if hours == nil {
					hours = make([]model.Hours, len(model.Activities))
					byRole[t.Role] = hours
				}
				for _, d := range t.Days {
					hours[activityOf(t.Role, kindOf[d.GroupID])] += d.Hours
				}
			}
			for _, role := range p.Roles {
				if hours := byRole[role]; hours != nil {
					g.payQuarter(p, role, q, hours, pr)
				}
			}
		}
	}
}

// payQuarter adds the payroll expenses of one person's role in a quarter, hours by activity index.
func (g *gen) payQuarter(p model.Person, role model.PersonRole, q quarter, hours []model.Hours, pr *model.Payroll) {
	var total model.Hours
	for _, h := range hours {
		total += h
	}
	if total == 0 {
		return
	}
	cost := g.quarterCost(p, role, q, total, pr)
	left, last := cost, -1
	for ai, h := range hours {
		if h > 0 {
			last = ai
		}
	}
	for ai, h := range hours {
		if h == 0 {
			continue
		}
		part := cost.MulRatio(int64(h), int64(total))
		if ai == last {
			part = left
		}
		left = left.Sub(part)
		g.payroll(p, model.Activities[ai], h, part, q.paid)
	}
}

// quarterCost is what a person's role costs in the quarter: the statement's rows of the role
// (gross and the employer's contributions), or without a statement the hours × the rate with
// the single employer rate for staff. An external person paid on invoice is on no statement and
// costs the pay; so does an individual on a civil contract without a profile (the demo's earns
// less than the minimum wage after the costs: no contributions are due, КСО чл. 4, ал. 3, т. 5).
func (g *gen) quarterCost(p model.Person, role model.PersonRole, q quarter, total model.Hours, pr *model.Payroll) model.Money {
	if pr != nil && p.Basis() != model.BasisInvoice {
		cost := model.Money{Currency: g.cur}
		for _, r := range pr.Rows {
			if r.Person.ID == p.ID && r.Role == role {
				cost = cost.Add(r.Line.Cost.In(g.cur))
			}
		}
		return cost
	}
	rates := model.PayRates{EmployerContribBp: employerBP}
	if p.Engagement == model.External {
		rates = model.PayRates{} // as model.PaySummary: nothing on top of an external's pay
	}
	rate := p.RateOn(role, q.months[0].First())
	if p.Basis() == model.BasisInvoice {
		return total.Pay(rate).In(g.cur) // a firm's invoice: a price, the general rule (ЗВЕРБ, чл. 12–13)
	}
	return model.ComputePay(total, rate, rates, g.cur).Cost
}

// activityOf is the index in model.Activities the hours of a role in a group count under.
func activityOf(role model.PersonRole, k model.ActivityKind) int {
	switch {
	case role == model.RoleDirector, role == model.RoleAccountant:
		return 3 // ActManagement, over and above T (чл. 77, ал. 2)
	case k == model.Remedial:
		return 0
	}
	return 1
}

// payroll adds one remuneration expense of cost (pay and the employer's contributions) with
// the documents of чл. 104.
func (g *gen) payroll(p model.Person, act model.Activity, h model.Hours, cost model.Money, paid model.Date) {
	e := g.expense(act, 1, model.DocPayroll, paid.AddDays(-2), cost, model.Money{Currency: g.cur})
	e.PersonID = p.ID
	e.Description = fmt.Sprintf("Възнаграждение на %s за %s ч.", p.Name, h)
	if act == model.ActManagement {
		e.CostType = 14
	}
	// Every document has its number, as on paper: the portal's Docs.xlsx refuses a row without
	// one. They are derived from the expense's, so the generator's random sequence is unchanged.
	n := len(g.d.Expenses) + 1
	e.SupportingDocs = []model.SupportingDoc{
		{Kind: model.DocAgreement, Number: p.AgreementNo, Date: p.AgreementDate, Present: true},
		{Kind: model.DocHoursReport, Number: fmt.Sprintf("ОЧ-%d", n), Date: paid.AddDays(-10), Present: true},
		{Kind: model.DocPayroll, Number: e.DocNumber, Date: e.DocDate, Present: true},
		{Kind: model.DocContribPayment, Number: fmt.Sprintf("ПН-%d-1", n), Date: paid, Present: true},
		{Kind: model.DocNetPayment, Number: fmt.Sprintf("ПН-%d-2", n), Date: paid, Present: true},
	}
	if p.Engagement == model.External { // a firm's person, or an individual on a civil contract (no supplier)
		e.CostType, e.DocKind = 9, model.DocPaidSums
		e.SupplierID = p.SupplierID
		if p.SupplierID != "" {
			e.ContractID = g.contractOf(p.SupplierID)
		}
		e.SupportingDocs[0].Kind = model.DocContract
		e.SupportingDocs[2].Kind = model.DocPaidSums // the expense's own document, as for staff
	}
	completeDocs(&e)
	g.d.Expenses = append(g.d.Expenses, e)
}

// completeDocs adds, present, each document чл. 104–106 require for e (model.RequiredDocs) that
// e does not record yet: the demo's expenses are complete but for its deliberate problems.
func completeDocs(e *model.Expense) {
	for _, r := range model.NotEnteredDocs(e) {
		// Numbered like every document: the portal's Docs.xlsx refuses a row without a number.
		no := fmt.Sprintf("%s/%d", e.DocNumber, len(e.SupportingDocs)+1)
		e.SupportingDocs = append(e.SupportingDocs, model.SupportingDoc{Kind: r.Kind, Number: no, Date: e.PaidOn, Present: true})
	}
}

func (g *gen) contractOf(sup model.ID) model.ID {
	for _, c := range g.d.Contracts {
		if c.SupplierID == sup {
			return c.ID
		}
	}
	return ""
}

// expense builds an eligible expense paid by bank two days after its document, entered the
// next day, with the project number on its documents.
func (g *gen) expense(act model.Activity, ct model.CostType, kind model.DocKind, on model.Date, net, vat model.Money) model.Expense {
	n := len(g.d.Expenses) + 1
	paid := on.AddDays(2)
	gross := net.Add(vat)
	return model.Expense{
		ID:              id("exp", 4, n),
		Year:            g.year,
		DocKind:         kind,
		DocNumber:       fmt.Sprintf("%010d", 1000+int(g.year%100)*100000+n),
		DocDate:         on,
		Net:             net,
		VAT:             vat,
		CostType:        ct,
		Activity:        act,
		PaidBy:          model.Bank,
		PaidOn:          paid,
		PaidAmount:      gross,
		ProjectNoOnDocs: true,
		EnteredOn:       paid.AddDays(1),
		// чл. 105, ал. 2: every demo invoice is the project's own, with its number and name.
		ProjectNameOnDocs: true,
	}
}
