package forms_test

import (
	"bytes"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
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
	text := pdfText(t, "budget-fixture", pdf)
	mustContain(t, text, "БЮДЖЕТ НА УЧИЛИЩНАТА ПРОГРАМА", "2026/2027", "Общ размер T (чл. 74): 10 742,00 €",
		"8 000,00 €", "1 234,56 €", "9 334,56 €", "100,00 €", "т. 14", "900,00 €")
}

func TestWriteBudgetPlan_NoBudget(t *testing.T) {
	pdf := render(t, func(buf *bytes.Buffer) error { return forms.WriteBudgetPlan(buf, fixture(), nil) })
	mustContain(t, pdfText(t, "budget-empty", pdf), "БЮДЖЕТ НА УЧИЛИЩНАТА ПРОГРАМА", "0,00 €")
}

// The printed budget of the demo year: the management funds as gross pay and the employer's
// contributions (чл. 84, ал. 2), plan, actual and difference by activity × cost type (чл. 83)
// with the totals of plan vs actual, the caps' shares of T (чл. 82), т. 14 against the funds,
// and the note on how lev amounts were converted. go test ./store/forms -run DemoYear -png
// ../../docs/forms renders the pages of docs/forms/budget-*.png.
func TestWriteBudgetPlan_PlanActual_DemoYear(t *testing.T) {
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{})
	b, err := model.BudgetFor(p, d)
	if err != nil {
		t.Fatal(err)
	}
	planned, actual := model.Euro(0, 0), model.Euro(0, 0)
	for _, r := range model.PlanVsActual(d, b) {
		planned, actual = planned.Add(r.Planned), actual.Add(r.Actual)
	}
	text := pdfText(t, "budget", render(t, func(buf *bytes.Buffer) error { return forms.WriteBudgetPlan(buf, d, b) }))
	mustContain(t, text,
		"Директор и счетоводител, възнаграждения над T (чл. 77, ал. 2): "+b.Management().String(),
		"Осигуровки за сметка на работодателя, 18,92 %: "+b.ManagementContrib().String(),
		"Средства за директор и счетоводител с осигуровките (чл. 84, ал. 2): "+b.ManagementCeiling().String(),
		"План и отчет по дейности и видове разходи (чл. 83)", "Отчет (допустими,",
		"Общо "+planned.String()+" "+actual.String()+" "+planned.Sub(actual).String(),
		"Ограничение (чл. 82)", "(30 %)",
		"т. 14: план / отчет спрямо средствата по чл. 84, ал. 2 (чл. 77, ал. 2)", "от "+b.ManagementCeiling().String(),
		model.ConversionNote)
	if b.ManagementCeiling() != model.Euro(1112, 69) {
		t.Errorf("the demo's management funds = %v, want 1 112,69 € (935,66 € + 177,03 €)", b.ManagementCeiling())
	}
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
