package forms_test

import (
	"bytes"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteBudgetPlan(t *testing.T) {
	d := fixture()
	d.Programme.Plan = []model.PlanLine{
		{Activity: model.ActRemedial, CostType: 1, Amount: model.Euro(5000, 0)},
		{Activity: model.ActInterest, CostType: 1, Amount: model.Euro(3000, 0)},
		{Activity: model.ActInterest, CostType: 2, Amount: model.Euro(1234, 56)},
		{Activity: model.ActCouncil, CostType: 12, Amount: model.Euro(100, 0)},
		{Activity: model.ActManagement, CostType: 14, Amount: model.Euro(900, 0)},
	}
	b := &model.Budget{Group: model.GroupIV, Students: 180, Currency: model.EUR, Total: model.Euro(10742, 0)}
	pdf := render(t, func(buf *bytes.Buffer) error { return forms.WriteBudgetPlan(buf, d, b) })
	text := pdfText(t, "budget", pdf)
	mustContain(t, text, "БЮДЖЕТ НА УЧИЛИЩНАТА ПРОГРАМА", "2026/2027", "Общ размер T (чл. 74): 10 742,00 €",
		"8 000,00 €", "1 234,56 €", "9 334,56 €", "100,00 €", "т. 14", "900,00 €")
}

func TestWriteBudgetPlan_NoBudget(t *testing.T) {
	pdf := render(t, func(buf *bytes.Buffer) error { return forms.WriteBudgetPlan(buf, fixture(), nil) })
	mustContain(t, pdfText(t, "budget-empty", pdf), "БЮДЖЕТ НА УЧИЛИЩНАТА ПРОГРАМА", "0,00 €")
}

// A special school in range has no minimum of чл. 75, ал. 1: the plan says „няма стойност“,
// never 0, and does not give all of T to interest activities.
func TestWriteBudgetPlan_Art75_1_SpecialSchoolNoValue(t *testing.T) {
	b := &model.Budget{Group: model.GroupSpecial, Students: 60, Currency: model.EUR, Total: model.Euro(5000, 0),
		NoRemedialMin: true, NoRemedialTarget: true, NoInterestTarget: true}
	b.SetRemedial(model.Money{Currency: model.EUR})
	pdf := render(t, func(buf *bytes.Buffer) error { return forms.WriteBudgetPlan(buf, fixture(), b) })
	text := pdfText(t, "budget-special", pdf)
	mustContain(t, text, "(чл. 75, ал. 1): няма стойност", "(чл. 75, ал. 3): няма стойност")
}
