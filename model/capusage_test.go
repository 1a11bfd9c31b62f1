package model_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// чл. 82: a cap is used by the plan lines and the eligible expenses of its cost types; an
// expense not paid in full counts nothing (чл. 96, т. 5).
func TestCapUsage_Art82_SumsPlanAndEligibleExpenses(t *testing.T) {
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	b, err := model.ComputeBudget(p, model.GroupIII, 300, model.BGN)
	if err != nil {
		t.Fatal(err)
	}
	paid := func(net, vat int64, paidAmount int64) model.Expense {
		return model.Expense{CostType: 2, Net: model.Lev(net, 0), VAT: model.Lev(vat, 0),
			PaidBy: model.Bank, PaidOn: model.NewDate(2025, 11, 3), PaidAmount: model.Lev(paidAmount, 0)}
	}
	d := &model.YearData{
		Programme: model.Programme{Plan: []model.PlanLine{
			{Activity: model.ActRemedial, CostType: 2, Amount: model.Lev(1000, 0)},
			{Activity: model.ActInterest, CostType: 2, Amount: model.Lev(500, 0)},
			{Activity: model.ActRemedial, CostType: 1, Amount: model.Lev(9000, 0)},
		}},
		Expenses: []model.Expense{paid(100, 20, 120), paid(50, 10, 30)},
	}
	var materials *model.CapUse
	for _, u := range model.CapUsage(d, b) {
		if slices.Contains(u.Cap.CostTypes, 2) {
			materials = &u
		}
	}
	if materials == nil {
		t.Fatal("no cap covers cost type 2 (materials)")
	}
	if materials.Planned != model.Lev(1500, 0) {
		t.Errorf("planned = %v, want 1 500,00 лв. (both activities, not the pay line)", materials.Planned)
	}
	if materials.Actual != model.Lev(120, 0) {
		t.Errorf("actual = %v, want 120,00 лв. (the expense paid only in part counts nothing)", materials.Actual)
	}
}
