package sheets_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// TestChain_DemoYearAcrossTheChangeover follows the demo year of 2025/2026 — leva until
// 31.12.2025, euro from 1.1.2026 — link by link: journals → timesheets → pay → payroll expenses
// → plan vs actual → caps → inventory → Team/Docs, each figure recomputed here apart from the
// code under test and compared to the cent, in leva where the document is in leva and in euro.
func TestChain_DemoYearAcrossTheChangeover(t *testing.T) {
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Profile: p}) // as `tchas demo` makes it
	chainJournalsToTimesheets(t, d)
	b, err := model.BudgetFor(p, d)
	if err != nil {
		t.Fatal(err)
	}
	chainPayToPayroll(t, d, p, b)
	chainPlanActualCapsInventory(t, d, b)
	chainTeamDocs(t, d)
	for _, f := range model.Check(p, d, model.NewDate(2026, 6, 30)) {
		if f.Area == "budget" || f.Code == "expense_not_paid" {
			t.Errorf("the demo year's budget and payments should be clean: %v", f)
		}
	}
}

// chainJournalsToTimesheets: each leader's held sessions, in astronomical hours, are the hours
// of the leader's timesheet of the month.
func chainJournalsToTimesheets(t *testing.T, d *model.YearData) {
	type key struct {
		person model.ID
		month  model.Month
	}
	journal, sheetHours := map[key]model.Hours{}, map[key]model.Hours{}
	for _, s := range d.Sessions {
		journal[key{s.LeaderID, model.MonthOf(s.Date)}] += model.LessonToAstronomical(s.Hours, int64(d.School.LessonMinutes))
	}
	for _, ts := range d.Timesheets {
		if ts.Role == model.RoleLeader {
			sheetHours[key{ts.PersonID, ts.Month}] += ts.Total()
		}
	}
	if len(journal) == 0 || len(journal) != len(sheetHours) {
		t.Fatalf("%d leader-months in the journals, %d in the timesheets", len(journal), len(sheetHours))
	}
	for k, h := range journal {
		if sheetHours[k] != h {
			t.Errorf("%s %s: journals %s h, timesheet %s h", k.person, k.month, h, sheetHours[k])
		}
	}
}

// chainPayToPayroll: each person's pay by quarter and role is what the payroll statement of the
// quarter (model.BuildPayroll) and the payroll expenses of its payment day cost, to the cent;
// recomputed here — a quarter of 2025 at the lev rate in leva, converted once; one of 2026 at the
// rate converted to the cent, remuneration in the person's favour (wageEUR), a firm's price by the
// general rule; the employer's part fund by fund on the gross for staff (each
// rounded), nothing for an individual on a civil contract earning under the minimum wage after
// the costs, nothing for a firm's person paid on invoice (чл. 81, ал. 3) — and each statement's
// total cost is its quarter's payroll expenses.
func chainPayToPayroll(t *testing.T, d *model.YearData, p *model.Profile, b *model.Budget) {
	type key struct {
		person model.ID
		role   model.PersonRole
		paid   model.Date
	}
	people := model.ByID(d.People)
	paid := map[key]model.Money{}
	days := map[model.Date]bool{}
	for _, e := range d.Expenses {
		if e.PersonID == "" {
			continue
		}
		role := model.RoleLeader
		if e.CostType == 14 { // the management's pay (чл. 77, ал. 2): the director's or the accountant's role
			role = people[e.PersonID].Roles[0]
		}
		k := key{e.PersonID, role, e.PaidOn}
		paid[k] = e.Gross().Add(paid[k])
		days[e.PaidOn] = true
	}
	// The quarters' hours by person and role, and the payment day of each quarter.
	type qkey struct {
		person model.ID
		role   model.PersonRole
		q      model.Quarter
	}
	hours := map[qkey]model.Hours{}
	quarters := map[model.Quarter]model.Date{}
	for _, ts := range d.Timesheets {
		q := model.QuarterOf(ts.Month)
		if _, ok := quarters[q]; !ok {
			_, on := model.PayrollDocOf(d, model.QuarterPeriod(q))
			quarters[q] = on.AddDays(2) // the demo pays two days after the statement
		}
		hours[qkey{ts.PersonID, ts.Role, q}] += ts.Total()
	}
	if len(quarters) != len(days) {
		t.Fatalf("%d quarters, %d payment days", len(quarters), len(days))
	}
	levRows, civil, twoRoles := 0, 0, 0
	for k, h := range hours {
		person := people[k.person]
		rate := person.RateFor(k.role)
		// Remuneration converts in the person's favour (ЗВЕРБ's rule); a firm's invoice is a price
		// and converts by the general rule (ЗВЕРБ, чл. 12–13).
		conv := wageEUR
		if person.Basis() == model.BasisInvoice {
			conv = model.Money.ToEUR
		}
		var gross model.Money
		if k.q.First().Before(model.EuroDay) {
			if rate.Currency != model.BGN {
				t.Fatalf("%s: a rate of 2025 in %s", person.Name, rate.Currency)
			}
			gross, levRows = conv(h.Pay(rate)), levRows+1 // the 2025 hours in leva, converted once
		} else {
			gross = h.Pay(conv(rate))
		}
		employer := model.Euro(0, 0)
		switch person.Basis() {
		case model.BasisAgreement:
			birth, _, _ := model.EGNInfo(person.PersonalNumber)
			for _, c := range p.RatesOn(k.q.First()).Contributions {
				bp := c.EmployerBp
				if birth.Year() < 1960 && c.BornBefore1960 != nil {
					bp = c.BornBefore1960.EmployerBp
				}
				employer = employer.Add(gross.Percent(bp))
			}
		case model.BasisCivil:
			civil++
			if after := gross.Sub(gross.Percent(2500)); after.Cmp(p.RatesOn(k.q.First()).MinWage.In(model.EUR)) >= 0 {
				t.Fatalf("%s earns %v after the costs: the demo's civil contractor should stay under the minimum wage", person.Name, after)
			}
		}
		if len(person.Roles) > 1 {
			twoRoles++
		}
		pk := key{k.person, k.role, quarters[k.q]}
		if cost := gross.Add(employer); paid[pk] != cost {
			t.Errorf("%s as %s, %s: payroll %v, want gross %v + employer %v = %v", person.Name, k.role, k.q, paid[pk], gross, employer, cost)
		}
	}
	for q, on := range quarters {
		pr := model.BuildPayroll(d, p, b, model.QuarterPeriod(q))
		want := model.Euro(0, 0)
		for k, m := range paid {
			if k.paid == on && people[k.person].Basis() != model.BasisInvoice {
				want = want.Add(m)
			}
		}
		if pr.Total.Cost != want {
			t.Errorf("%s: the statement's total cost %v, the payroll expenses %v", q, pr.Total.Cost, want)
		}
	}
	if civil == 0 || twoRoles == 0 || levRows == 0 {
		t.Errorf("the chain met %d quarters of a civil contract, %d of a person with two roles, %d of 2025: the demo should have each", civil, twoRoles, levRows)
	}
}

// wageEUR converts a lev amount of remuneration to euro as ЗВЕРБ's rule for remuneration does,
// written apart from model.Money.ToEURPay: the euro amount to its third decimal, exactly, with
// rationals; the cent goes up if that decimal is not 0.
func wageEUR(m model.Money) model.Money {
	if m.Currency == model.EUR {
		return m
	}
	q := new(big.Rat).SetFrac64(m.Minor*1000000, model.EuroRate) // tenths of a cent, exactly
	tenths := new(big.Int).Quo(q.Num(), q.Denom())
	cents := tenths.Int64() / 10
	if tenths.Int64()%10 != 0 {
		cents++
	}
	return model.Euro(0, cents)
}

// chainPlanActualCapsInventory: plan vs actual adds up the plan lines and the paid expenses at
// their one conversion to euro (the lev invoice paid in euro counts in full); each cap's use
// is its cost types' rows; the quarters' inventories total the same documents.
func chainPlanActualCapsInventory(t *testing.T, d *model.YearData, b *model.Budget) {
	type key struct {
		a model.Activity
		c model.CostType
	}
	actual, planned := map[key]model.Money{}, map[key]model.Money{}
	total, levInEuro := model.Euro(0, 0), model.Euro(0, 0)
	for _, e := range d.Expenses {
		eur := e.Gross().In(model.EUR)
		actual[key{e.Activity, e.CostType}] = eur.Add(actual[key{e.Activity, e.CostType}])
		total = total.Add(eur)
		if e.Net.Currency == model.BGN && e.PaidAmount.Currency == model.EUR {
			levInEuro = levInEuro.Add(eur)
		}
	}
	for _, l := range d.Programme.Plan {
		planned[key{l.Activity, l.CostType}] = l.Amount.In(model.EUR).Add(planned[key{l.Activity, l.CostType}])
	}
	rows := model.PlanVsActual(d, b)
	byType := map[model.CostType]model.Money{}
	for _, r := range rows {
		k := key{r.Activity, r.CostType}
		if r.Actual != actual[k].Add(model.Euro(0, 0)) || r.Planned != planned[k].Add(model.Euro(0, 0)) {
			t.Errorf("%s т. %d: plan %v, actual %v; want %v, %v", r.Activity, r.CostType, r.Planned, r.Actual, planned[k], actual[k])
		}
		byType[r.CostType] = r.Actual.Add(byType[r.CostType])
	}
	if levInEuro.IsZero() {
		t.Errorf("no lev invoice paid in euro in the demo year")
	}
	for _, u := range model.CapUsage(d, b) {
		want := model.Euro(0, 0)
		for _, c := range u.Cap.CostTypes {
			want = want.Add(byType[c])
		}
		if u.Actual != want || u.Actual.Cmp(u.Limit) > 0 {
			t.Errorf("cap %s: actual %v, want %v within %v", u.Cap.Name, u.Actual, want, u.Limit)
		}
	}
	inv := model.Euro(0, 0)
	for _, yq := range [][2]int{{2025, 4}, {2026, 1}, {2026, 2}, {2026, 3}} {
		in, err := model.InventoryOf(d, yq[0], yq[1])
		if err != nil {
			t.Fatal(err)
		}
		inv = inv.Add(in.Total)
	}
	if inv != total {
		t.Errorf("inventories total %v, the expenses %v", inv, total)
	}
}

// chainTeamDocs: Team.xlsx has a row per timesheet day, a staff member's on a labour and an
// external person's on a civil contract; Docs.xlsx a row per primary and present supporting
// document, the external's pay on a „сметка за изплатени суми“.
func chainTeamDocs(t *testing.T, d *model.YearData) {
	var team, docs bytes.Buffer
	if err := sheets.WriteTeam(&team, d, sheets.Period{}); err != nil {
		t.Fatal(err)
	}
	if err := sheets.WriteDocs(&docs, d, sheets.Period{}); err != nil {
		t.Fatal(err)
	}
	days, civil := 0, map[string]bool{}
	for _, ts := range d.Timesheets {
		days += len(ts.Days)
	}
	for _, pr := range d.People {
		civil[pr.Name.String()] = pr.Engagement == model.External
	}
	rows, _ := open(t, team.Bytes()).GetRows("Microdata")
	if len(rows)-1 != days {
		t.Errorf("Team.xlsx: %d rows, %d timesheet days", len(rows)-1, days)
	}
	for _, r := range rows[1:] {
		if want := map[bool]string{true: "Граждански договор", false: "Трудов договор"}[civil[r[0]]]; r[4] != want {
			t.Errorf("Team.xlsx: %s on %q, want %q", r[0], r[4], want)
		}
	}
	want, paidSums := 0, 0
	for _, e := range d.Expenses {
		want++
		for _, s := range e.SupportingDocs {
			if s.Present && !(s.Kind == e.DocKind && s.Number == e.DocNumber) {
				want++
				if s.Kind == model.DocPaidSums {
					paidSums++ // a required document of another expense (чл. 104–106) is a row of its own
				}
			}
		}
		if e.DocKind == model.DocPaidSums {
			paidSums++
		}
	}
	rows, _ = open(t, docs.Bytes()).GetRows("Microdata")
	got := 0
	for _, r := range rows[1:] {
		if r[0] == string(model.DocPaidSums) {
			got++
		}
	}
	if len(rows)-1 != want || got != paidSums || paidSums == 0 {
		t.Errorf("Docs.xlsx: %d rows, %d on a сметка за изплатени суми; want %d and %d (> 0)", len(rows)-1, got, want, paidSums)
	}
}
