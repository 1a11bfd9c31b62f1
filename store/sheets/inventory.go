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
	"Сума с ДДС", "Допустима сума", "Платено на"}

// WriteInventory writes the inventory of supporting documents of quarter q of year y (чл. 102)
// as an XLSX workbook with the same rows as the printed form (model.InventoryOf): dates are date
// cells shown дд.мм.гггг, amounts are numbers in their currency's format.
func WriteInventory(w io.Writer, d *model.YearData, y, q int) error {
	inv, err := model.InventoryOf(d, y, q)
	if err != nil {
		return fmt.Errorf("inventory: %w", err)
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName(f.GetSheetName(0), inventorySheet); err != nil {
		return fmt.Errorf("inventory: %w", err)
	}
	iw := &inventoryWriter{f: f, money: map[model.Currency]int{}, row: inventoryHead}
	iw.styles()
	iw.set(1, []any{fmt.Sprintf("Опис на разходооправдателните документи към финансовия отчет за %d. тримесечие на %d г. (чл. 102)", q, y)}, iw.bold)
	iw.set(2, []any{schoolName(d)}, 0)
	iw.set(3, []any{"Проект BG05M2OP001-2.004-0004 „Твоят час – фаза 1“"}, 0)
	iw.set(inventoryHead, inventoryHeader, iw.bold)
	for _, a := range inv.Activities {
		iw.activity(a)
	}
	iw.row += 2
	iw.total("Общо допустими разходи за тримесечието", inv.Total)
	iw.widths()
	if iw.err != nil {
		return fmt.Errorf("inventory: %w", iw.err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("inventory: write workbook: %w", err)
	}
	return nil
}

func schoolName(d *model.YearData) string {
	if d.School.Town != "" {
		return d.School.Name + ", " + d.School.Town
	}
	return d.School.Name
}

// inventoryWriter writes rows down the sheet and keeps the first error.
type inventoryWriter struct {
	f          *excelize.File
	row        int
	bold, date int
	money      map[model.Currency]int
	moneyBold  map[model.Currency]int
	err        error
}

func (iw *inventoryWriter) styles() {
	iw.bold = iw.style(&excelize.Style{Font: &excelize.Font{Bold: true}})
	format := "dd.mm.yyyy"
	iw.date = iw.style(&excelize.Style{CustomNumFmt: &format})
	iw.moneyBold = map[model.Currency]int{}
	for _, c := range []model.Currency{model.BGN, model.EUR} {
		mf := fmt.Sprintf(`#,##0.00 "%s"`, c.Symbol())
		iw.money[c] = iw.style(&excelize.Style{CustomNumFmt: &mf})
		iw.moneyBold[c] = iw.style(&excelize.Style{CustomNumFmt: &mf, Font: &excelize.Font{Bold: true}})
	}
}

func (iw *inventoryWriter) style(s *excelize.Style) int {
	id, err := iw.f.NewStyle(s)
	if err != nil && iw.err == nil {
		iw.err = err
	}
	return id
}

// set writes values from column A of row r, all in one style (0: none).
func (iw *inventoryWriter) set(r int, values []any, style int) {
	if iw.err != nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(1, r)
	iw.err = iw.f.SetSheetRow(inventorySheet, cell, &values)
	if iw.err == nil && style != 0 {
		last, _ := excelize.CoordinatesToCellName(len(values), r)
		iw.err = iw.f.SetCellStyle(inventorySheet, cell, last, style)
	}
}

// cell writes one value with a style.
func (iw *inventoryWriter) cell(col string, v any, style int) {
	if iw.err != nil {
		return
	}
	ref := fmt.Sprintf("%s%d", col, iw.row)
	iw.err = iw.f.SetCellValue(inventorySheet, ref, v)
	if iw.err == nil && style != 0 {
		iw.err = iw.f.SetCellStyle(inventorySheet, ref, ref, style)
	}
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
		if iw.err == nil {
			iw.err = iw.f.SetColWidth(inventorySheet, col, col, w)
		}
	}
}
