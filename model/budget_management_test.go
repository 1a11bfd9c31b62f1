package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// чл. 84, ал. 2: the management funds are the pay of Приложение № 7 and the employer's
// contributions on it. The fixture (group V, 100 students): director 75 h × 8,00 лв. = 600,00 лв.,
// accountant 100 h × 6,00 лв. = 600,00 лв.; contributions 18,92 % of each, 113,52 лв.; the
// funds 1 427,04 лв. In euro: each pay 600,00 лв. → 306,78 €, contributions 58,04 € each,
// the funds 729,64 €.
func TestBudget_Art84_2_ManagementCeilingWithContributions(t *testing.T) {
	for _, tc := range []struct {
		cur                     model.Currency
		gross, contrib, ceiling model.Money
	}{
		{model.BGN, model.Lev(1200, 0), model.Lev(227, 4), model.Lev(1427, 4)},
		{model.EUR, model.Euro(613, 56), model.Euro(116, 8), model.Euro(729, 64)},
	} {
		t.Run(string(tc.cur), func(t *testing.T) {
			d := fixture()
			d.Programme.Currency = tc.cur
			b, err := model.BudgetFor(profile(t), d)
			if err != nil {
				t.Fatal(err)
			}
			if b.Management() != tc.gross || b.ManagementContrib() != tc.contrib || b.ManagementCeiling() != tc.ceiling {
				t.Errorf("gross %v + contributions %v = %v; want %v + %v = %v", b.Management(), b.ManagementContrib(),
					b.ManagementCeiling(), tc.gross, tc.contrib, tc.ceiling)
			}
		})
	}
	// A year's own employer rate (Programme.PayRates) sets the contributions.
	d := fixture()
	d.Programme.PayRates = &model.PayRates{EmployeeContribBp: 1378, EmployerContribBp: 2000, IncomeTaxBp: 1000}
	b, _ := model.BudgetFor(profile(t), d)
	if b.ManagementContrib() != model.Lev(240, 0) {
		t.Errorf("contributions at 20 %% = %v, want 240,00 лв.", b.ManagementContrib())
	}
}

// managementPlan plans т. 14 of the management section at amount.
func managementPlan(amount model.Money) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.Programme.Plan = append(d.Programme.Plan, model.PlanLine{Activity: model.ActManagement, CostType: 14, Amount: amount})
	}
}

// managementPaid adds a payroll of т. 14 of amount, paid in full.
func managementPaid(amount model.Money) func(d *model.YearData) {
	return func(d *model.YearData) {
		e := expense("mgmt", amount)
		e.VAT, e.PaidAmount = model.Money{}, amount
		e.DocKind, e.CostType, e.Activity, e.PersonID = model.DocPayroll, 14, model.ActManagement, "p-dir"
		e.DocDate, e.PaidOn, e.EnteredOn = day(time.January, 12), day(time.January, 12), day(time.January, 12)
		d.Expenses = append(d.Expenses, e)
	}
}

// чл. 77, ал. 2; чл. 84, ал. 2: т. 14 may reach the funds with the contributions, 1 427,04 лв.,
// not a cent more — planned and actual alike. The gross alone (1 200,00 лв.) is no limit.
func TestCheck_Art84_2_ManagementWithinCeiling(t *testing.T) {
	const art = "чл. 77, ал. 2; чл. 84, ал. 2"
	runRule(t, "management_plan_over_ceiling", model.SeverityError, art, []ruleCase{
		{"planned 1 427,04 лв. (the funds)", managementPlan(model.Lev(1427, 4)), false},
		{"planned 1 427,05 лв.", managementPlan(model.Lev(1427, 5)), true},
		{"planned 1 300,00 лв., over the gross only", managementPlan(model.Lev(1300, 0)), false},
	})
	runRule(t, "management_actual_over_ceiling", model.SeverityError, art, []ruleCase{
		{"paid 1 427,04 лв.", managementPaid(model.Lev(1427, 4)), false},
		{"paid 1 427,05 лв.", managementPaid(model.Lev(1427, 5)), true},
	})
}
