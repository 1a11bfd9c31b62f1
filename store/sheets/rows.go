package sheets

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxRows bounds what ReadRows and ReadCSV accept: a class list of a school is a few thousand
// rows; a file far larger is not one, and reading it would only stall the window.
const maxRows = 50000

// ErrTooManyRows is returned for a file with more than maxRows rows.
var ErrTooManyRows = errors.New("too many rows")

// ReadRows returns the cell texts of the first sheet of an XLSX workbook, row by row, as Excel
// shows them (formatted values). Trailing empty cells of a row are dropped.
func ReadRows(r io.Reader) ([][]string, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("read rows: open workbook: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("read rows: the workbook has no sheet")
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, fmt.Errorf("read rows: sheet %s: %w", sheets[0], err)
	}
	if len(rows) > maxRows {
		return nil, fmt.Errorf("read rows: %d rows: %w", len(rows), ErrTooManyRows)
	}
	return rows, nil
}

// ReadCSV returns the records of a CSV file as Bulgarian schools export them: separated by
// „;“ (Excel with Bulgarian settings) or „,“, whichever the first line uses more, with or without
// a UTF-8 BOM, in UTF-8 or, when the bytes are not valid UTF-8, in Windows-1251.
func ReadCSV(data []byte) ([][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	text := string(data)
	if !utf8.Valid(data) {
		text = decodeWindows1251(data)
	}
	first, _, _ := strings.Cut(text, "\n")
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = ','
	if strings.Count(first, ";") > strings.Count(first, ",") {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1 // rows of a hand-made list differ in length
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read csv: %w", err)
		}
		if len(rows) == maxRows {
			return nil, fmt.Errorf("read csv: %w", ErrTooManyRows)
		}
		rows = append(rows, rec)
	}
}

// ReadTable reads a class list or any table by the file's name: .xlsx (and .xlsm) with ReadRows,
// anything else as CSV.
func ReadTable(name string, data []byte) ([][]string, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return ReadRows(bytes.NewReader(data))
	}
	return ReadCSV(data)
}

// cp1251High maps the bytes 0x80–0xBF of Windows-1251; 0xC0–0xFF are А–я in order.
var cp1251High = [64]rune{
	'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ',
	'ђ', '‘', '’', '“', '”', '•', '–', '—', '\uFFFD', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ',
	'\u00A0', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦', '§', 'Ё', '©', 'Є', '«', '¬', '\u00AD', '®', 'Ї',
	'°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є', '»', 'ј', 'Ѕ', 'ѕ', 'ї',
}

// decodeWindows1251 decodes Windows-1251 text, the code page of Bulgarian Windows.
func decodeWindows1251(b []byte) string {
	var sb strings.Builder
	sb.Grow(2 * len(b))
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xC0:
			sb.WriteRune(cp1251High[c-0x80])
		default:
			sb.WriteRune(rune(0x0410 + int(c) - 0xC0))
		}
	}
	return sb.String()
}
