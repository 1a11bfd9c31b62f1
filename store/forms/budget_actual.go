package forms

import (
	"fmt"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

var actualColumns = []column{
	{"Вид разход (чл. 79)", 43, gopdf.Left}, {"План", 19, gopdf.Right},
	{"Отчет (допустими, платени)", 19, gopdf.Right}, {"Разлика", 19, gopdf.Right},
}

// planActual prints plan, actual and difference by activity × cost type (чл. 83), each
// activity's cost types followed by its total, and the grand total; the caps of чл. 82 with the plan's and the actual's
// share of T; т. 14 against the management funds of чл. 84, ал. 2; and, when an amount was in
// leva, how it was converted.
func (dc *doc) planActual(d *model.YearData, b *model.Budget) {
	rows := model.PlanVsActual(d, b)
	zero := model.Money{Currency: b.Currency}
	dc.section("План и отчет по дейности и видове разходи (чл. 83)")
	total := [2]model.Money{zero, zero}
	var body [][]string
	for _, a := range model.Activities {
		sum := [2]model.Money{zero, zero}
		var lines [][]string
		for _, r := range rows {
			if r.Activity == a {
				lines = append(lines, []string{r.CostType.Name(), r.Planned.String(), r.Actual.String(), r.Diff().String()})
				sum = [2]model.Money{sum[0].Add(r.Planned), sum[1].Add(r.Actual)}
			}
		}
		if len(lines) == 0 {
			continue
		}
		body = append(body, lines...)
		body = append(body, []string{"Общо: " + a.Label(), sum[0].String(), sum[1].String(), sum[0].Sub(sum[1]).String()})
		total = [2]model.Money{total[0].Add(sum[0]), total[1].Add(sum[1])}
	}
	body = append(body, []string{"Общо", total[0].String(), total[1].String(), total[0].Sub(total[1]).String()})
	dc.table(actualColumns, body, tableStyle{BoldLast: true})
	dc.actualCaps(d, b)
	dc.field("т. 14: план / отчет спрямо средствата по чл. 84, ал. 2 (чл. 77, ал. 2)",
		fmt.Sprintf("%s / %s от %s", sumType(rows, 14, zero), actualType(rows, 14, zero), b.ManagementCeiling()))
	if model.AnyConverted(rows) {
		dc.para(model.ConversionNote)
	}
}

// actualCaps prints each cap of чл. 82: its limit and the plan's and the actual's amount and
// share of T.
func (dc *doc) actualCaps(d *model.YearData, b *model.Budget) {
	var rows [][]string
	for _, u := range model.CapUsage(d, b) {
		rows = append(rows, []string{u.Cap.Name + " (" + u.Cap.Article + ")", u.Limit.String() + " (" + model.Hours(u.Cap.Bp).String() + " %)",
			u.Planned.String() + " (" + shareOf(u.Planned, b.Total) + ")", u.Actual.String() + " (" + shareOf(u.Actual, b.Total) + ")"})
	}
	if len(rows) == 0 {
		return
	}
	dc.table([]column{{"Ограничение (чл. 82)", 43, gopdf.Left}, {"Допустимо (дял от T)", 19, gopdf.Right},
		{"План (дял от T)", 19, gopdf.Right}, {"Отчет (дял от T)", 19, gopdf.Right}}, rows, tableStyle{})
}

// sumType and actualType add up the plan and the actual of cost type c over the activities.
func sumType(rows []model.PlanActualRow, c model.CostType, zero model.Money) model.Money {
	for _, r := range rows {
		if r.CostType == c {
			zero = zero.Add(r.Planned)
		}
	}
	return zero
}

func actualType(rows []model.PlanActualRow, c model.CostType, zero model.Money) model.Money {
	for _, r := range rows {
		if r.CostType == c {
			zero = zero.Add(r.Actual)
		}
	}
	return zero
}
