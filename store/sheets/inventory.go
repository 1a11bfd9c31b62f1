package sheets

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The layout of the inventory workbook: a title block, the header in row inventoryHead, then per
// activity a heading row, per cost type a heading row, its documents and a subtotal row.
const (
	inventorySheet = "Опис"
	inventoryHead  = 5
)

// inventoryHeader names the columns A–I.
var inventoryHeader = []any{"№", "Вид на документа", "Номер", "Дата", "Доставчик", "Описание",
	"Сума по документа (с ДДС, където има)", "Допустима сума", "Платено на"}

// WriteInventory writes the inventory of supporting documents of quarter q of year y (чл. 102)
// as an XLSX workbook with the same rows as the printed form (model.InventoryOf): dates are date
// cells shown дд.мм.гггг, amounts are numbers in their currency's format.
func WriteInventory(w io.Writer, d *model.YearData, y, q int) error {
	inv, err := model.InventoryOf(d, y, q)
	if err != nil {
		return fmt.Errorf("inventory: %w", err)
	}
	iw := &inventoryWriter{sheetWriter: newSheetWriter(inventorySheet), row: inventoryHead}
	iw.styles()
	iw.writeRow(1, []any{fmt.Sprintf("Опис на разходооправдателните документи към финансовия отчет за %d. тримесечие на %d г. (чл. 102)", q, y)}, iw.bold)
	iw.writeRow(2, []any{schoolName(d)}, 0)
	iw.writeRow(3, []any{"Проект BG05M2OP001-2.004-0004 „Твоят час – фаза 1“"}, 0)
	iw.writeRow(inventoryHead, inventoryHeader, iw.bold)
	for _, a := range inv.Activities {
		iw.activity(a)
	}
	iw.row += 2
	iw.total("Общо допустими разходи за тримесечието", inv.Total)
	if inv.Converted() {
		iw.row++
		iw.cell("B", model.ConversionNote, 0)
	}
	iw.widths()
	return iw.finish(w, "inventory")
}

func schoolName(d *model.YearData) string {
	if d.School.Town != "" {
		return d.School.Name + ", " + d.School.Town
	}
	return d.School.Name
}

// inventoryWriter writes the inventory's rows down the sheet.
type inventoryWriter struct {
	*sheetWriter
	row              int
	bold, date       int
	money, moneyBold map[model.Currency]int
}

func (iw *inventoryWriter) styles() {
	iw.bold = iw.newStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	format := "dd.mm.yyyy"
	iw.date = iw.newStyle(&excelize.Style{CustomNumFmt: &format})
	iw.money, iw.moneyBold = map[model.Currency]int{}, map[model.Currency]int{}
	for _, c := range []model.Currency{model.BGN, model.EUR} {
		iw.money[c] = iw.moneyStyle(c, false)
		iw.moneyBold[c] = iw.moneyStyle(c, true)
	}
}

// cell writes one value of the current row with a style.
func (iw *inventoryWriter) cell(col string, v any, style int) {
	iw.value(fmt.Sprintf("%s%d", col, iw.row), v, style)
}

// activity writes an activity's heading, its cost types and its total.
func (iw *inventoryWriter) activity(a model.InventoryActivity) {
	iw.row += 2
	iw.cell("A", a.Activity.Label(), iw.bold)
	for _, c := range a.CostTypes {
		iw.row++
		iw.cell("A", c.CostType.Name(), iw.bold)
		for i, l := range c.Lines {
			iw.row++
			iw.cell("A", i+1, 0)
			iw.cell("B", string(l.DocKind), 0)
			iw.cell("C", l.DocNumber, 0)
			iw.cell("D", dateValue(l.DocDate), iw.date)
			iw.cell("E", l.Supplier, 0)
			iw.cell("F", l.Description, 0)
			iw.cell("G", number(l.Gross), iw.money[l.Gross.Currency])
			iw.cell("H", number(l.Eligible), iw.money[l.Eligible.Currency])
			iw.cell("I", dateValue(l.PaidOn), iw.date)
		}
		iw.row++
		iw.total("Общо за "+c.CostType.Name(), c.Total)
	}
	iw.row++
	iw.total("Общо за дейността", a.Total)
}

// total writes a labelled total in column H of the current row.
func (iw *inventoryWriter) total(label string, m model.Money) {
	iw.cell("B", label, iw.bold)
	iw.cell("H", number(m), iw.moneyBold[m.Currency])
}

// widths sizes the columns for their usual content.
func (iw *inventoryWriter) widths() {
	for col, w := range map[string]float64{"A": 6, "B": 28, "C": 14, "D": 12, "E": 28, "F": 40, "G": 14, "H": 16, "I": 12} {
		iw.width(col, col, w)
	}
}
