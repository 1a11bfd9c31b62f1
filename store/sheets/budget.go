package sheets

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The layout of the budget plan workbook. The accountant edits amounts in C–F; every total and
// share is a live formula over them, so it recomputes in Excel or LibreOffice.
const (
	budgetSheet  = "Бюджет"
	budgetTCell  = "$C$2"           // T (чл. 74)
	budgetHead   = 4                // the header row of the plan
	budgetFirst  = budgetHead + 1   // cost type 1
	budgetLast   = budgetFirst + 14 // cost type 15
	budgetTotals = budgetLast + 1   // the column totals
	budgetCaps   = budgetTotals + 3 // the header row of the caps of чл. 82
)

// budgetCols are the plan's amount columns, one per activity in the order of model.Activities;
// budgetTotalCol holds the row totals.
var budgetCols = []string{"C", "D", "E", "F"}

const budgetTotalCol = "G"

// WriteBudgetPlan writes the budget plan as an XLSX workbook: the planned amounts of rows by cost
// type of чл. 79 (rows) and activity (columns), with live formulas for the row and column totals,
// the total within T (management is over and above T, чл. 77, ал. 2) and each cap of чл. 82 as a
// share of T; and a second sheet of plan, actual and difference (planActual). Amounts are in b's currency; with a nil b the currency is the rows' and T is left
// blank for the accountant to enter.
func WriteBudgetPlan(w io.Writer, b *model.Budget, rows []model.PlanActualRow) error {
	cur := model.EUR
	if b != nil {
		cur = b.Currency
	} else if len(rows) > 0 && rows[0].Planned.Currency.Valid() {
		cur = rows[0].Planned.Currency
	}
	bw := &budgetWriter{sheetWriter: newSheetWriter(budgetSheet)}
	bw.styles(cur)
	bw.header(b)
	bw.plan(rows, cur)
	bw.totals()
	if b != nil {
		bw.caps(b.Caps)
	}
	bw.widths()
	bw.planActual(b, rows)
	return bw.finish(w, "budget plan")
}

// budgetStyles are the cell styles of the workbook.
type budgetStyles struct {
	money, moneyBold, percent, bold int
}

// budgetWriter writes the budget plan's cells in its styles.
type budgetWriter struct {
	*sheetWriter
	st budgetStyles
}

func (bw *budgetWriter) styles(cur model.Currency) {
	bw.st = budgetStyles{
		money:     bw.moneyStyle(cur, false),
		moneyBold: bw.moneyStyle(cur, true),
		percent:   bw.newStyle(&excelize.Style{NumFmt: 10}),
		bold:      bw.newStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}),
	}
}

// header writes the title, T in C2 and the plan's column headers.
func (bw *budgetWriter) header(b *model.Budget) {
	bw.value("A1", "Бюджет на училищната програма по дейности и видове разходи (чл. 79, чл. 83)", bw.st.bold)
	bw.value("A2", "Общ размер T (чл. 74)", bw.st.bold)
	if b != nil {
		bw.value("C2", number(b.Total.In(b.Currency)), bw.st.moneyBold)
	} else {
		bw.style("C2", "C2", bw.st.moneyBold)
	}
	h := fmt.Sprint(budgetHead)
	bw.value("A"+h, "т.", bw.st.bold)
	bw.value("B"+h, "Вид разход (чл. 79)", bw.st.bold)
	for i, a := range model.Activities {
		bw.value(budgetCols[i]+h, a.Label(), bw.st.bold)
	}
	bw.value(budgetTotalCol+h, "Общо", bw.st.bold)
}

// plan writes one row per cost type 1–15, every type present so the accountant can fill any,
// with the planned amounts and a row total.
func (bw *budgetWriter) plan(rows []model.PlanActualRow, cur model.Currency) {
	col := map[model.Activity]string{}
	for i, a := range model.Activities {
		col[a] = budgetCols[i]
	}
	amounts := map[string]model.Money{}
	for _, r := range rows {
		c, ok := col[r.Activity]
		if !ok || !r.CostType.Valid() {
			continue
		}
		cell := fmt.Sprintf("%s%d", c, budgetFirst+int(r.CostType)-1)
		amounts[cell] = amounts[cell].Add(r.Planned.In(cur))
	}
	for t := model.CostType(1); t <= 15; t++ {
		row := budgetFirst + int(t) - 1
		bw.value(fmt.Sprintf("A%d", row), int(t), 0)
		bw.value(fmt.Sprintf("B%d", row), model.CostTypeNames[t], 0)
		for _, c := range budgetCols {
			cell := fmt.Sprintf("%s%d", c, row)
			bw.value(cell, number(amounts[cell]), bw.st.money)
		}
		bw.formula(fmt.Sprintf("%s%d", budgetTotalCol, row),
			fmt.Sprintf("SUM(%s%d:%s%d)", budgetCols[0], row, budgetCols[len(budgetCols)-1], row), bw.st.money)
	}
}

// totals writes the column totals and the total within T with its share of T.
func (bw *budgetWriter) totals() {
	r := budgetTotals
	bw.value(fmt.Sprintf("B%d", r), "Общо", bw.st.bold)
	for _, c := range append(append([]string{}, budgetCols...), budgetTotalCol) {
		bw.formula(fmt.Sprintf("%s%d", c, r), fmt.Sprintf("SUM(%s%d:%s%d)", c, budgetFirst, c, budgetLast), bw.st.moneyBold)
	}
	// Management (the last activity column) is planned over and above T (чл. 77, ал. 2).
	bw.value(fmt.Sprintf("B%d", r+1), "Общо до T, без управлението (чл. 77, ал. 1)", bw.st.bold)
	bw.formula(fmt.Sprintf("C%d", r+1), fmt.Sprintf("SUM(%s%d:%s%d)", budgetCols[0], r, budgetCols[len(budgetCols)-2], r), bw.st.moneyBold)
	bw.formula(fmt.Sprintf("D%d", r+1), fmt.Sprintf("C%d/%s", r+1, budgetTCell), bw.st.percent)
}

// caps writes each cap of чл. 82: the planned amount of its cost types (all activities, as the
// checks count them), its share of T and the share the cap allows.
func (bw *budgetWriter) caps(caps []model.CapLimit) {
	h := budgetCaps
	for i, v := range []string{"Ограничение (чл. 82)", "", "Планирано", "Дял от T", "Допустим дял"} {
		if v != "" {
			bw.value(fmt.Sprintf("%c%d", 'A'+i, h), v, bw.st.bold)
		}
	}
	for i, cl := range caps {
		row := h + 1 + i
		terms := make([]string, 0, len(cl.Cap.CostTypes))
		for _, t := range cl.Cap.CostTypes {
			if t.Valid() {
				terms = append(terms, fmt.Sprintf("%s%d", budgetTotalCol, budgetFirst+int(t)-1))
			}
		}
		sum := "0"
		if len(terms) > 0 {
			sum = "SUM(" + strings.Join(terms, ",") + ")"
		}
		bw.value(fmt.Sprintf("A%d", row), cl.Cap.Name+" ("+cl.Cap.Article+")", 0)
		bw.formula(fmt.Sprintf("C%d", row), sum, bw.st.money)
		bw.formula(fmt.Sprintf("D%d", row), fmt.Sprintf("C%d/%s", row, budgetTCell), bw.st.percent)
		bw.value(fmt.Sprintf("E%d", row), float64(cl.Cap.Bp)/10000, bw.st.percent)
	}
}

// widths sizes the columns for their headers and the longest cost type name.
func (bw *budgetWriter) widths() {
	bw.width("A", "A", 5)
	bw.width("B", "B", 60)
	bw.width("C", budgetTotalCol, 18)
}

// number is an amount as the spreadsheet's number in major units (лева or euro). The cell
// holds a binary float; the money format shows it to the cent, and minor/100 of any realistic
// amount round-trips exactly at two decimals.
func number(m model.Money) float64 { return float64(m.Minor) / 100 }
