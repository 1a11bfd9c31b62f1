package forms

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteBudgetPlan prints the year's budget plan by activity × cost type of чл. 79 (чл. 83) from
// the programme's plan lines. With a computed budget b it also prints the total T (чл. 74), the
// remedial minimum and split (чл. 75), the management funds with the employer's contributions
// (чл. 84, ал. 2), the advance (чл. 93, ал. 2) and plan vs actual (planActual); b may be nil.
// The management section is kept apart: it is over and above T (чл. 77, ал. 2).
func WriteBudgetPlan(w io.Writer, d *model.YearData, b *model.Budget) error {
	cur := d.Programme.Currency
	if !cur.Valid() {
		cur = model.EUR
	}
	dc := newDoc(d, "Бюджет на училищната програма", false)
	dc.title("БЮДЖЕТ НА УЧИЛИЩНАТА ПРОГРАМА")
	dc.subtitle("учебна година " + d.Programme.Year.String())
	if b != nil {
		dc.budgetFigures(b)
	}
	acts := []model.Activity{model.ActRemedial, model.ActInterest, model.ActCouncil}
	dc.section("Извънкласни дейности и модел за обществен мониторинг (чл. 77, ал. 1: до T)")
	dc.table(planColumns, planRows(d.Programme.Plan, acts, cur), tableStyle{BoldLast: true})
	dc.section("Организация и управление – над T (чл. 77, ал. 2)")
	rows := planRows(d.Programme.Plan, []model.Activity{model.ActManagement}, cur)
	dc.table([]column{{"Вид разход (чл. 79)", 70, gopdf.Left}, {"Сума", 30, gopdf.Right}}, dropActivityCols(rows), tableStyle{BoldLast: true})
	if b != nil {
		dc.planActual(d, b)
	}
	dc.signatures(signature{"Съставил (счетоводител)", ""}, signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// budgetFigures prints the computed budget's key figures.
func (dc *doc) budgetFigures(b *model.Budget) {
	dc.field("Група на училището (чл. 72)", b.Group.Label())
	dc.field("Брой ученици в дневна форма (чл. 74)", fmt.Sprint(b.Students))
	dc.field("Общ размер T (чл. 74)", inCurrency(b.Total, b.Currency).String())
	dc.field("Минимум за преодоляване на обучителни затруднения (чл. 75, ал. 1)", orNone(!b.NoRemedialMin, inCurrency(b.RemedialMin, b.Currency)))
	dc.field("Планирано за преодоляване на обучителни затруднения", orNone(b.SplitKnown(), inCurrency(b.Remedial, b.Currency)))
	dc.field("За дейности по интереси (чл. 75, ал. 3)", orNone(b.SplitKnown(), inCurrency(b.Interest, b.Currency)))
	managementFields(dc, b)
	dc.field("Авансово плащане, до 30 % (чл. 93, ал. 2)", inCurrency(b.Advance, b.Currency).String())
}

// managementFields prints the management funds of чл. 84, ал. 2 and what they include: the
// pay of Приложение № 7 and the employer's contributions on it.
func managementFields(dc *doc, b *model.Budget) {
	dc.field("Директор и счетоводител, възнаграждения над T (чл. 77, ал. 2)", inCurrency(b.Management(), b.Currency).String())
	dc.field(fmt.Sprintf("Осигуровки за сметка на работодателя, %s %%", model.Hours(b.EmployerContribBp)),
		inCurrency(b.ManagementContrib(), b.Currency).String())
	dc.field("Средства за директор и счетоводител с осигуровките (чл. 84, ал. 2)", inCurrency(b.ManagementCeiling(), b.Currency).String())
}

// orNone prints m, or „няма стойност“ where чл. 75 gives the school's group no figure (never 0).
func orNone(known bool, m model.Money) string {
	if !known {
		return "няма стойност"
	}
	return m.String()
}

var planColumns = []column{
	{"Вид разход (чл. 79)", 40, gopdf.Left}, {"Преодоляване на затруднения", 15, gopdf.Right},
	{"Дейности по интереси", 15, gopdf.Right}, {"Обществен мониторинг", 15, gopdf.Right}, {"Общо", 15, gopdf.Right},
}

// planRows sums the plan lines of the given activities into one row per cost type, a column
// per activity and a total; the last row totals each column.
func planRows(plan []model.PlanLine, acts []model.Activity, cur model.Currency) [][]string {
	col := make(map[model.Activity]int, len(acts))
	for i, a := range acts {
		col[a] = i
	}
	all := len(acts) // the index of the row's total
	sums := map[model.CostType][]model.Money{}
	for _, l := range plan {
		i, ok := col[l.Activity]
		if !ok {
			continue
		}
		s := sums[l.CostType]
		if s == nil {
			s = zeros(all+1, cur)
			sums[l.CostType] = s
		}
		m := l.Amount.In(cur)
		s[i], s[all] = s[i].Add(m), s[all].Add(m)
	}
	totals := zeros(all+1, cur)
	var rows [][]string
	for c := model.CostType(1); c <= 15; c++ {
		s, ok := sums[c]
		if !ok {
			continue
		}
		row := []string{c.Name()}
		for i, m := range s {
			totals[i] = totals[i].Add(m)
			row = append(row, m.String())
		}
		rows = append(rows, row)
	}
	total := []string{"Общо"}
	for _, m := range totals {
		total = append(total, m.String())
	}
	return append(rows, total)
}

// zeros returns n zero amounts in currency cur.
func zeros(n int, cur model.Currency) []model.Money {
	out := make([]model.Money, n)
	for i := range out {
		out[i] = model.Money{Currency: cur}
	}
	return out
}

// dropActivityCols keeps the name and the total of one-activity rows.
func dropActivityCols(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = []string{r[0], r[len(r)-1]}
	}
	return out
}

// inCurrency labels an unset (zero) amount with the budget's currency, so „0,00“ is never
// printed in leva in a euro year.
func inCurrency(m model.Money, c model.Currency) model.Money {
	if m.Currency == "" {
		m.Currency = c
	}
	return m
}
