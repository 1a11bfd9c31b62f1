package forms

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteInventory prints the inventory of supporting documents (опис на разходооправдателните
// документи) of the financial report for quarter q of year y (чл. 99, 102): the expenses whose
// document is dated in the quarter, by activity and, within it, by cost type of чл. 79, with
// subtotals (model.InventoryOf, which the spreadsheet sets too). Amounts are in the year's currency.
func WriteInventory(w io.Writer, d *model.YearData, y, q int) error {
	inv, err := model.InventoryOf(d, y, q)
	if err != nil {
		return fmt.Errorf("write inventory: %w", err)
	}
	dc := newDoc(d, "Опис на разходооправдателните документи", true)
	dc.title("ОПИС НА РАЗХОДООПРАВДАТЕЛНИТЕ ДОКУМЕНТИ")
	dc.subtitle(fmt.Sprintf("към финансовия отчет за %d. тримесечие на %d г. (чл. 102)", q, y))
	if len(inv.Activities) == 0 {
		// Say so, rather than hand the accountant a page with only a total of zero.
		dc.para("Няма разходи с документ от това тримесечие.")
	}
	const total = "Общо допустими разходи за тримесечието"
	sigs := []signature{{"Съставил (счетоводител)", ""}, {"Директор", d.School.DirectorName}}
	// The last table keeps its last rows with the totals, the note and the signatures, so that
	// no page holds only them (as the hours reports and journals do).
	tail := dc.fieldHeight(total, inv.Total.String()) + dc.signaturesHeight(sigs...)
	if inv.Converted() {
		tail += dc.paraHeight(model.ConversionNote)
	}
	for i, a := range inv.Activities {
		keep := 0.0
		if i == len(inv.Activities)-1 {
			keep = tail
		}
		dc.inventoryActivity(a, keep)
	}
	dc.field(total, inv.Total.String())
	if inv.Converted() {
		dc.para(model.ConversionNote)
	}
	dc.signatures(sigs...)
	return dc.finish(w)
}

// inventoryActivity prints one activity's documents by cost type, with subtotals. The last
// table keeps its last rows with the activity's total and keep, the height of what follows it.
func (dc *doc) inventoryActivity(a model.InventoryActivity, keep float64) {
	dc.section(a.Activity.Label())
	const activityTotal = "Общо за дейността"
	for j, c := range a.CostTypes {
		dc.lines(c.CostType.Name(), true, 9, gopdf.Left)
		dc.y += 2
		rows := make([][]string, 0, len(c.Lines)+1)
		for i, l := range c.Lines {
			rows = append(rows, []string{itemNo(i), string(l.DocKind), l.DocNumber + "\n" + l.DocDate.String(),
				l.Supplier, l.Description, l.Gross.String(), l.Eligible.String(), l.PaidOn.String()})
		}
		rows = append(rows, []string{"", "Общо", "", "", "", "", c.Total.String(), ""})
		st := tableStyle{Size: 8, BoldLast: true}
		if j == len(a.CostTypes)-1 {
			st.KeepWith = 6 + dc.fieldHeight(activityTotal, a.Total.String()) + keep
		}
		dc.table(inventoryColumns, rows, st)
	}
	dc.field(activityTotal, a.Total.String())
}

// inventoryColumns: the sixth column is each document's own amount in its own currency — an
// invoice's with VAT, a payroll sheet's or a сметка's without any (they bear none), a 2025
// document's in leva (Reg. 1103/97, чл. 3); hence not „Сума с ДДС“, which called a payroll row an
// amount with VAT. The eligible column is in the year's currency, converted once.
var inventoryColumns = []column{
	{"№", 4, gopdf.Right}, {"Вид на документа", 13, gopdf.Left}, {"Номер и дата", 13, gopdf.Left},
	{"Доставчик", 15, gopdf.Left}, {"Описание", 20, gopdf.Left}, {"Сума по документа (с ДДС, където има)", 12, gopdf.Right},
	{"Допустима сума", 12, gopdf.Right}, {"Платено на", 12, gopdf.Center},
}
