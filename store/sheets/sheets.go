// Package sheets writes the year's data as spreadsheets in the layouts of the ИСУН portal's
// import templates (Team.xlsx for hours worked, Docs.xlsx for supporting documents), so a school
// can upload what the app keeps instead of typing it again.
//
// Each export fills a copy of the portal's own template, embedded in assets: the sheets, column
// headers, column widths, value lists and data validations stay exactly the portal's.
package sheets

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// dataSheet is the portal templates' sheet of data rows; listsSheet holds their value lists.
const (
	dataSheet  = "Microdata"
	listsSheet = "lists"
	// styledRows is how many rows (header included) the templates arrive with cell styles for.
	styledRows = 350
)

// Period limits an export to dates From–To, inclusive. A zero bound is open.
type Period struct {
	From, To model.Date
}

// Contains reports whether d falls within the period.
func (p Period) Contains(d model.Date) bool {
	return (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// Quarter returns the calendar quarter q (1–4) of year y, the period of a financial report (чл. 99).
func Quarter(y, q int) Period {
	m := time.Month(3*(q-1) + 1)
	return Period{From: model.Month{Y: y, M: m}.First(), To: model.Month{Y: y, M: m + 2}.Last()}
}

// fill opens a template, writes rows as its data rows from row 2 on, and writes the workbook.
func fill(w io.Writer, template []byte, rows [][]any) error {
	f, err := excelize.OpenReader(bytes.NewReader(template))
	if err != nil {
		return fmt.Errorf("open template: %w", err)
	}
	defer f.Close()
	for i, r := range rows {
		if err := setRow(f, i+2, r); err != nil {
			return err
		}
	}
	if err := extendStyles(f, len(rows)+1); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// extendStyles gives data rows past the template's styled ones the styles of its first data
// row (borders, the date format), column by column.
func extendStyles(f *excelize.File, lastRow int) error {
	if lastRow <= styledRows {
		return nil
	}
	// Only the number of columns is needed: Cols reads the sheet once, where GetCols read it
	// again for every column (a quarter of the batch's workbooks' time for a big school).
	cols, err := f.Cols(dataSheet)
	if err != nil {
		return fmt.Errorf("read columns: %w", err)
	}
	n := 0
	for cols.Next() {
		n++
	}
	for i := range n {
		col, _ := excelize.ColumnNumberToName(i + 1)
		style, err := f.GetCellStyle(dataSheet, col+"2")
		if err != nil {
			return fmt.Errorf("read style of %s2: %w", col, err)
		}
		if err := f.SetCellStyle(dataSheet, fmt.Sprintf("%s%d", col, styledRows+1), fmt.Sprintf("%s%d", col, lastRow), style); err != nil {
			return fmt.Errorf("extend style of column %s: %w", col, err)
		}
	}
	return nil
}

// setRow writes one data row.
func setRow(f *excelize.File, row int, values []any) error {
	cell, _ := excelize.CoordinatesToCellName(1, row)
	if err := f.SetSheetRow(dataSheet, cell, &values); err != nil {
		return fmt.Errorf("write row %d: %w", row, err)
	}
	return nil
}

// dateValue is a date cell's value: the date itself, or empty when unset.
func dateValue(d model.Date) any {
	if d.IsZero() {
		return ""
	}
	return d.Time()
}
