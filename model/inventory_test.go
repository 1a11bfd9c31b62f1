package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestInventoryOf_Art102_QuarterByActivityAndCostType(t *testing.T) {
	exp := func(id string, day model.Date, a model.Activity, c model.CostType, amount model.Money) model.Expense {
		return model.Expense{ID: model.ID(id), DocDate: day, Activity: a, CostType: c, Net: amount, DocKind: model.DocInvoice}
	}
	d := &model.YearData{Programme: model.Programme{Currency: model.EUR}, Expenses: []model.Expense{
		exp("interest", model.NewDate(2026, time.October, 1), model.ActInterest, 2, model.Euro(10, 0)),
		exp("remedial-3", model.NewDate(2026, time.December, 31), model.ActRemedial, 3, model.Euro(5, 0)),
		exp("remedial-2", model.NewDate(2026, time.November, 2), model.ActRemedial, 2, model.Lev(195, 58)),
		exp("before", model.NewDate(2026, time.September, 30), model.ActRemedial, 2, model.Euro(1, 0)),
		exp("after", model.NewDate(2027, time.January, 1), model.ActRemedial, 2, model.Euro(1, 0)),
		exp("other-year", model.NewDate(2025, time.November, 2), model.ActRemedial, 2, model.Euro(1, 0)),
	}}
	inv, err := model.InventoryOf(d, 2026, 4)
	if err != nil {
		t.Fatal(err)
	}
	var order []model.ID
	for _, a := range inv.Activities {
		for _, c := range a.CostTypes {
			for _, l := range c.Lines {
				order = append(order, l.ExpenseID)
			}
		}
	}
	if got := len(order); got != 3 || order[0] != "remedial-2" || order[1] != "remedial-3" || order[2] != "interest" {
		t.Errorf("lines %v, want remedial-2, remedial-3, interest", order)
	}
	if inv.Total != model.Euro(115, 0) {
		t.Errorf("total %s, want 115,00 € (195,58 лв. is 100,00 €)", inv.Total)
	}
	if inv.Activities[0].Total != model.Euro(105, 0) {
		t.Errorf("remedial total %s, want 105,00 €", inv.Activities[0].Total)
	}
	for _, q := range []int{0, 5} {
		if _, err := model.InventoryOf(d, 2026, q); err == nil {
			t.Errorf("quarter %d: want an error", q)
		}
	}
}
