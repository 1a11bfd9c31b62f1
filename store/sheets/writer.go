package sheets

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// sheetWriter writes the one sheet of a new workbook (the budget plan, the inventory) and keeps
// the first error, like bufio.Writer, so a layout reads as a straight list of cells.
type sheetWriter struct {
	f     *excelize.File
	sheet string
	err   error
}

// newSheetWriter starts a workbook whose only sheet is named sheet.
func newSheetWriter(sheet string) *sheetWriter {
	f := excelize.NewFile()
	return &sheetWriter{f: f, sheet: sheet, err: f.SetSheetName(f.GetSheetName(0), sheet)}
}

// addSheet adds a sheet named name after the others; the cells written next go to it.
func (sw *sheetWriter) addSheet(name string) {
	if sw.err == nil {
		_, sw.err = sw.f.NewSheet(name)
	}
	sw.sheet = name
}

// newStyle adds a cell style and returns its ID.
func (sw *sheetWriter) newStyle(s *excelize.Style) int {
	if sw.err != nil {
		return 0
	}
	id, err := sw.f.NewStyle(s)
	sw.err = err
	return id
}

// moneyStyle is the number format of amounts in currency c, „1 234,56 €“, bold or not.
func (sw *sheetWriter) moneyStyle(c model.Currency, bold bool) int {
	format := fmt.Sprintf(`#,##0.00 "%s"`, c.Symbol())
	s := &excelize.Style{CustomNumFmt: &format}
	if bold {
		s.Font = &excelize.Font{Bold: true}
	}
	return sw.newStyle(s)
}

// value writes one cell with a style (0: none).
func (sw *sheetWriter) value(cell string, v any, style int) {
	if sw.err == nil {
		sw.err = sw.f.SetCellValue(sw.sheet, cell, v)
	}
	sw.style(cell, cell, style)
}

// formula writes one cell's formula with a style (0: none).
func (sw *sheetWriter) formula(cell, formula string, style int) {
	if sw.err == nil {
		sw.err = sw.f.SetCellFormula(sw.sheet, cell, formula)
	}
	sw.style(cell, cell, style)
}

// writeRow writes values from column A of row r, all in one style (0: none).
func (sw *sheetWriter) writeRow(r int, values []any, style int) {
	first, _ := excelize.CoordinatesToCellName(1, r)
	if sw.err == nil {
		sw.err = sw.f.SetSheetRow(sw.sheet, first, &values)
	}
	last, _ := excelize.CoordinatesToCellName(len(values), r)
	sw.style(first, last, style)
}

// style sets the style of the cells from–to (0: leaves them as they are).
func (sw *sheetWriter) style(from, to string, style int) {
	if sw.err == nil && style != 0 {
		sw.err = sw.f.SetCellStyle(sw.sheet, from, to, style)
	}
}

// width sets the width of the columns from–to, in characters.
func (sw *sheetWriter) width(from, to string, w float64) {
	if sw.err == nil {
		sw.err = sw.f.SetColWidth(sw.sheet, from, to, w)
	}
}

// finish writes the workbook, or reports the first error; op names the export for it.
func (sw *sheetWriter) finish(w io.Writer, op string) error {
	defer sw.f.Close()
	if sw.err != nil {
		return fmt.Errorf("%s: %w", op, sw.err)
	}
	if _, err := sw.f.WriteTo(w); err != nil {
		return fmt.Errorf("%s: write workbook: %w", op, err)
	}
	return nil
}
