package sheets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// RowError is one problem of a row of an imported workbook, named as a person finds it in Excel:
// the sheet, the row number and the column with its header.
type RowError struct {
	Sheet  string
	Row    int        // as Excel numbers it; 0 for the file as a whole
	Column string     // the column letter, "" for the whole row
	Header string     // the column's header in the template
	Code   model.Code // stable (model/codes.go), for tests and callers
	Msg    string     // Bulgarian: what to fix
}

// Error names the place and says what to fix.
func (e *RowError) Error() string {
	where := fmt.Sprintf("лист „%s“", e.Sheet)
	if e.Row > 0 {
		where += fmt.Sprintf(", ред %d", e.Row)
	}
	if e.Column != "" {
		where += fmt.Sprintf(", колона %s „%s“", e.Column, e.Header)
	}
	return where + ": " + e.Msg
}

// ImportErrors are all the problems of a file; an import with any of them applies nothing.
type ImportErrors []*RowError

// Error lists the problems one a line.
func (es ImportErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Import is what an imported file changes: the records to put, all in one transaction
// (store.DB.PutAll), and how many rows it read and how many of them changed nothing.
type Import struct {
	Records   []model.Record
	Rows      int // data rows read
	Unchanged int // rows already in the data as they are
}

// sheetReader reads the data rows of a portal template's data sheet and collects row errors.
type sheetReader struct {
	sheet  string
	header []string
	rows   [][]string // raw cell values, from row 2 on
	errs   ImportErrors
}

// The header rows of the embedded templates, read once: the templates never change, and
// opening a workbook to read one row is not worth repeating for every import.
var (
	teamHeader = sync.OnceValues(func() ([]string, error) { return templateHeader(assets.TeamTemplate) })
	docsHeader = sync.OnceValues(func() ([]string, error) { return templateHeader(assets.DocsTemplate) })
)

// readSheet opens a workbook and checks that its data sheet's header is the template's, which
// header returns; name is the template's file name for the messages.
func readSheet(r io.Reader, header func() ([]string, error), name string) (*sheetReader, error) {
	want, err := header()
	if err != nil {
		return nil, err
	}
	sr := &sheetReader{sheet: dataSheet, header: want}
	f, err := excelize.OpenReader(r)
	if err != nil {
		sr.fileErr(model.CodeNotXLSX, fmt.Sprintf("файлът не е работна книга на Excel (.xlsx): запишете го като %s", name))
		return sr, sr.errs
	}
	defer f.Close()
	rows, err := f.GetRows(dataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		sr.fileErr(model.CodeNoSheet, fmt.Sprintf("във файла няма лист „%s“: използвайте шаблона %s на ИСУН", dataSheet, name))
		return sr, sr.errs
	}
	if len(rows) == 0 || !sameHeader(rows[0], want) {
		sr.fileErr(model.CodeWrongHeader, fmt.Sprintf("първият ред не е заглавният ред на шаблона %s (%s): използвайте шаблона на ИСУН, без да местите колоните",
			name, strings.Join(trimAll(want), " | ")))
		return sr, sr.errs
	}
	sr.rows = rows[1:]
	return sr, nil
}

func (sr *sheetReader) fileErr(code model.Code, msg string) {
	sr.errs = append(sr.errs, &RowError{Sheet: sr.sheet, Code: code, Msg: msg})
}

// templateHeader reads the header row of an embedded template.
func templateHeader(template []byte) ([]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(template))
	if err != nil {
		return nil, fmt.Errorf("open template: %w", err)
	}
	defer f.Close()
	rows, err := f.GetRows(dataSheet)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("template header: %w", errors.Join(err, errors.New("no rows")))
	}
	return rows[0], nil
}

func sameHeader(got, want []string) bool {
	if len(got) < len(want) {
		return false
	}
	for i := range want {
		if strings.TrimSpace(got[i]) != strings.TrimSpace(want[i]) {
			return false
		}
	}
	return true
}

func trimAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strings.TrimSpace(x)
	}
	return out
}

// cell returns the trimmed value of column col (0-based) of data row i.
func (sr *sheetReader) cell(i, col int) string {
	if col < len(sr.rows[i]) {
		return strings.TrimSpace(sr.rows[i][col])
	}
	return ""
}

// empty reports whether data row i has no value at all (Excel keeps styled empty rows).
func (sr *sheetReader) empty(i int) bool {
	for _, v := range sr.rows[i] {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// fail records a problem of column col (0-based) of data row i.
func (sr *sheetReader) fail(i, col int, code model.Code, format string, args ...any) {
	letter, _ := excelize.ColumnNumberToName(col + 1)
	sr.errs = append(sr.errs, &RowError{Sheet: sr.sheet, Row: i + 2, Column: letter,
		Header: strings.TrimSpace(sr.header[col]), Code: code, Msg: fmt.Sprintf(format, args...)})
}

// required reads a column that must not be empty.
func (sr *sheetReader) required(i, col int) string {
	v := sr.cell(i, col)
	if v == "" {
		sr.fail(i, col, model.CodeRequired, "попълнете клетката")
	}
	return v
}

// date reads a date column: a date cell (Excel's day number) or text дд.мм.гггг or дд/мм/гггг.
func (sr *sheetReader) date(i, col int, required bool) model.Date {
	v := sr.cell(i, col)
	if v == "" {
		if required {
			sr.fail(i, col, model.CodeRequired, "попълнете датата, напр. 22.11.2026")
		}
		return model.Date{}
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n > 0 && n < 2958466 {
		t, err := excelize.ExcelDateToTime(n, false)
		if err == nil {
			return model.DateOf(t.Truncate(24 * time.Hour))
		}
	}
	if d, err := model.ParseDate(strings.ReplaceAll(v, "/", ".")); err == nil {
		return d
	}
	sr.fail(i, col, model.CodeInvalidDate, "„%s“ не е дата: въведете я като дд.мм.гггг, напр. 22.11.2026", v)
	return model.Date{}
}

// hours reads astronomical hours: a number over 0 and up to 24, to the hundredth.
func (sr *sheetReader) hours(i, col int) model.Hours {
	v := sr.cell(i, col)
	if v == "" {
		sr.fail(i, col, model.CodeRequired, "попълнете отработените часове, напр. 1,5")
		return 0
	}
	// A cell holds a binary float: 1.5 arrives as "1.5", a typed 1,33 as "1.33". Hours are kept in
	// hundredths, so the float is rounded once, here at the spreadsheet's edge.
	n, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	h := model.Hours(math.Round(n * 100))
	if err != nil || h <= 0 || h > model.H(24) {
		sr.fail(i, col, model.CodeInvalidHours, "„%s“ не са часове: въведете число над 0 и до 24, напр. 1,5", v)
		return 0
	}
	return h
}

// oneOf reads a column that must hold one of the template list's values.
func (sr *sheetReader) oneOf(i, col int, values ...string) string {
	v := sr.cell(i, col)
	for _, x := range values {
		if v == x {
			return v
		}
	}
	sr.fail(i, col, model.CodeNotInList, "„%s“ не е от списъка на шаблона: изберете %s", v, quoteAll(values))
	return ""
}

func quoteAll(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = "„" + v + "“"
	}
	return strings.Join(q, ", ")
}
