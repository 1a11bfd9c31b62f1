package sheets

import (
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// actualSheet is the budget workbook's sheet of plan vs actual (чл. 83).
const actualSheet = "План и отчет"

// actualFirst is the row of its first activity × cost type.
const actualFirst = 5

// planActual writes the sheet of plan vs actual: by activity × cost type, the plan as a live
// link to its cell on the Бюджет sheet, the actual — the eligible amounts of the expenses paid
// in full (чл. 96, т. 5; чл. 97) — and the difference; the totals; each cap of чл. 82 with the
// plan's and the actual's share of T; and т. 14 against the management funds of чл. 84, ал. 2.
// A total that mixes leva and euro says how they were converted (model.ConversionNote).
func (bw *budgetWriter) planActual(b *model.Budget, rows []model.PlanActualRow) {
	bw.addSheet(actualSheet)
	bw.value("A1", "План и отчет по дейности и видове разходи (чл. 83)", bw.st.bold)
	bw.value("A2", "Общ размер T (чл. 74)", bw.st.bold)
	bw.formula("C2", "'"+budgetSheet+"'!"+budgetTCell, bw.st.moneyBold)
	if model.AnyConverted(rows) {
		bw.value("A3", model.ConversionNote, 0)
	}
	for i, v := range []string{"Дейност", "Вид разход (чл. 79)", "План", "Отчет (допустими, платени)", "Разлика", "План, дял от T", "Отчет, дял от T"} {
		bw.value(fmt.Sprintf("%c%d", 'A'+i, actualFirst-1), v, bw.st.bold)
	}
	col := map[model.Activity]string{}
	for i, a := range model.Activities {
		col[a] = budgetCols[i]
	}
	byType := map[model.CostType][]int{} // the sheet's rows of each cost type
	var withinT []int                    // the rows of activities within T (чл. 77, ал. 1)
	r := actualFirst
	for _, x := range rows {
		c, ok := col[x.Activity]
		if !ok || !x.CostType.Valid() {
			continue
		}
		bw.value(fmt.Sprintf("A%d", r), x.Activity.Label(), 0)
		bw.value(fmt.Sprintf("B%d", r), x.CostType.Name(), 0)
		bw.formula(fmt.Sprintf("C%d", r), fmt.Sprintf("'%s'!%s%d", budgetSheet, c, budgetFirst+int(x.CostType)-1), bw.st.money)
		bw.value(fmt.Sprintf("D%d", r), number(x.Actual), bw.st.money)
		bw.formula(fmt.Sprintf("E%d", r), fmt.Sprintf("C%d-D%d", r, r), bw.st.money)
		bw.formula(fmt.Sprintf("F%d", r), fmt.Sprintf("C%d/$C$2", r), bw.st.percent)
		bw.formula(fmt.Sprintf("G%d", r), fmt.Sprintf("D%d/$C$2", r), bw.st.percent)
		byType[x.CostType] = append(byType[x.CostType], r)
		if x.Activity != model.ActManagement {
			withinT = append(withinT, r)
		}
		r++
	}
	last := r - 1
	bw.value(fmt.Sprintf("B%d", r), "Общо", bw.st.bold)
	for _, c := range "CDE" {
		bw.formula(fmt.Sprintf("%c%d", c, r), fmt.Sprintf("SUM(%c%d:%c%d)", c, actualFirst, c, max(last, actualFirst)), bw.st.moneyBold)
	}
	r++
	bw.value(fmt.Sprintf("B%d", r), "Общо до T, без управлението (чл. 77, ал. 1)", bw.st.bold)
	for _, c := range "CDE" {
		bw.formula(fmt.Sprintf("%c%d", c, r), sumOf(c, withinT), bw.st.moneyBold)
	}
	bw.formula(fmt.Sprintf("F%d", r), fmt.Sprintf("C%d/$C$2", r), bw.st.percent)
	bw.formula(fmt.Sprintf("G%d", r), fmt.Sprintf("D%d/$C$2", r), bw.st.percent)
	bw.width("A", "A", 45)
	bw.width("B", "B", 60)
	bw.width("C", "H", 18)
	if b == nil {
		return
	}
	r = bw.actualCaps(b.Caps, byType, r+2)
	bw.actualManagement(b, byType[14], r+1)
}

// actualCaps writes, from row h, each cap of чл. 82 with the plan and the actual of its cost
// types, their shares of T and the share the cap allows; it returns the next free row.
func (bw *budgetWriter) actualCaps(caps []model.CapLimit, byType map[model.CostType][]int, h int) int {
	for i, v := range []string{"Ограничение (чл. 82)", "", "План", "Отчет", "Допустимо", "План, дял от T", "Отчет, дял от T", "Допустим дял"} {
		if v != "" {
			bw.value(fmt.Sprintf("%c%d", 'A'+i, h), v, bw.st.bold)
		}
	}
	r := h + 1
	for _, cl := range caps {
		var rows []int
		for _, t := range cl.Cap.CostTypes {
			rows = append(rows, byType[t]...)
		}
		bw.value(fmt.Sprintf("A%d", r), cl.Cap.Name+" ("+cl.Cap.Article+")", 0)
		bw.formula(fmt.Sprintf("C%d", r), sumOf('C', rows), bw.st.money)
		bw.formula(fmt.Sprintf("D%d", r), sumOf('D', rows), bw.st.money)
		bw.value(fmt.Sprintf("E%d", r), number(cl.Limit), bw.st.money)
		bw.formula(fmt.Sprintf("F%d", r), fmt.Sprintf("C%d/$C$2", r), bw.st.percent)
		bw.formula(fmt.Sprintf("G%d", r), fmt.Sprintf("D%d/$C$2", r), bw.st.percent)
		bw.value(fmt.Sprintf("H%d", r), float64(cl.Cap.Bp)/10000, bw.st.percent)
		r++
	}
	return r
}

// actualManagement writes, from row h, the management funds of чл. 84, ал. 2 — the pay of
// Приложение № 7 and the employer's contributions — and т. 14 planned and actual against them
// (чл. 77, ал. 2).
func (bw *budgetWriter) actualManagement(b *model.Budget, rows []int, h int) {
	for i, v := range []string{"План", "Отчет", "Остатък (план)", "Остатък (отчет)"} {
		bw.value(fmt.Sprintf("%c%d", 'C'+i, h), v, bw.st.bold)
	}
	h++
	bw.value(fmt.Sprintf("A%d", h), "Средства за директор и счетоводител (чл. 84, ал. 2)", bw.st.bold)
	bw.value(fmt.Sprintf("B%d", h), fmt.Sprintf("възнаграждения по Приложение № 7 %s + осигуровки за сметка на работодателя %s",
		b.Management().Number(), b.ManagementContrib().Number()), 0)
	bw.value(fmt.Sprintf("C%d", h), number(b.ManagementCeiling()), bw.st.moneyBold)
	bw.value(fmt.Sprintf("A%d", h+1), "т. 14 спрямо средствата (чл. 77, ал. 2; чл. 84, ал. 2)", bw.st.bold)
	bw.value(fmt.Sprintf("B%d", h+1), "план и отчет; остатък до средствата", 0)
	bw.formula(fmt.Sprintf("C%d", h+1), sumOf('C', rows), bw.st.money)
	bw.formula(fmt.Sprintf("D%d", h+1), sumOf('D', rows), bw.st.money)
	bw.formula(fmt.Sprintf("E%d", h+1), fmt.Sprintf("C%d-C%d", h, h+1), bw.st.money)
	bw.formula(fmt.Sprintf("F%d", h+1), fmt.Sprintf("C%d-D%d", h, h+1), bw.st.money)
}

// sumOf is a SUM of column c's cells in rows, or 0 when there are none.
func sumOf(c rune, rows []int) string {
	if len(rows) == 0 {
		return "0"
	}
	cells := make([]string, len(rows))
	for i, r := range rows {
		cells[i] = fmt.Sprintf("%c%d", c, r)
	}
	return "SUM(" + strings.Join(cells, ",") + ")"
}
