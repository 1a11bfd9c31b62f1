package sheets_test

import (
	"bytes"
	"slices"
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
	d := demo.Generate(demo.Options{})
	chainJournalsToTimesheets(t, d)
	chainPayToPayroll(t, d)
	b, err := model.BudgetFor(p, d)
	if err != nil {
		t.Fatal(err)
	}
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

// chainPayToPayroll: each person's pay by quarter (model.PaySummary) is what the payroll
// expenses of the quarter's payment day cost; recomputed here — a quarter of 2025 at the lev
// rate in leva, converted once; one of 2026 at the rate converted to the cent — with 18,92 %
// on top for staff and nothing for an external person paid under т. 9.
func chainPayToPayroll(t *testing.T, d *model.YearData) {
	rates := model.PayRates{EmployeeContribBp: 1378, EmployerContribBp: 1892, IncomeTaxBp: 1000}
	paidOn := map[model.ID]map[model.Date]model.Money{}
	for _, e := range d.Expenses {
		if e.PersonID == "" {
			continue
		}
		if paidOn[e.PersonID] == nil {
			paidOn[e.PersonID] = map[model.Date]model.Money{}
		}
		paidOn[e.PersonID][e.PaidOn] = e.Gross().Add(paidOn[e.PersonID][e.PaidOn])
	}
	externals, levQuarters := 0, 0
	for _, person := range d.People {
		days := make([]model.Date, 0, len(paidOn[person.ID]))
		for day := range paidOn[person.ID] {
			days = append(days, day)
		}
		slices.SortFunc(days, model.Date.Compare)
		qs := model.PaySummary(d, person.ID, rates)
		if len(qs) != len(days) {
			t.Fatalf("%s: %d quarters of pay, %d payment days", person.Name, len(qs), len(days))
		}
		external := person.Engagement == model.External
		for i, q := range qs {
			var gross model.Money
			if q.Quarter.First().Before(model.EuroDay) {
				lev := q.Approved.Pay(person.Rate) // in leva, as agreed
				if lev.Currency != model.BGN {
					t.Fatalf("%s: a rate of 2025 in %s", person.Name, lev.Currency)
				}
				gross, levQuarters = lev.ToEUR(), levQuarters+1
			} else {
				gross = q.Approved.Pay(person.Rate.ToEUR())
			}
			cost := gross.Add(gross.Percent(1892))
			if external {
				cost = gross
			}
			if q.Pay.Gross != gross || q.Pay.Cost != cost || paidOn[person.ID][days[i]] != cost {
				t.Errorf("%s %s: pay %v, cost %v, payroll %v; want gross %v, cost %v", person.Name, q.Quarter,
					q.Pay.Gross, q.Pay.Cost, paidOn[person.ID][days[i]], gross, cost)
			}
		}
		if external {
			externals++
			for _, e := range d.Expenses {
				if e.PersonID == person.ID && (e.CostType != 9 || e.DocKind != model.DocPaidSums) {
					t.Errorf("%s is external: cost type %d, %s; want т. 9 on a сметка за изплатени суми", person.Name, e.CostType, e.DocKind)
				}
			}
		}
	}
	if externals == 0 || levQuarters == 0 {
		t.Errorf("the chain met %d external people and %d quarters of 2025: the demo should have both", externals, levQuarters)
	}
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
