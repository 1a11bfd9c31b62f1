package sheets

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Limits of a class list. A school's list is a few thousand rows and well under a megabyte; a
// file far beyond these is not one, and reading it would only stall the window or, for a
// crafted XLSX that inflates a thousandfold (a „zip bomb“), exhaust the memory.
const (
	maxRows      = 50000
	maxColumns   = 200
	maxFileSize  = 20 << 20 // bytes on disk
	maxUnzipped  = 64 << 20 // bytes of all the parts of a workbook, inflated
	maxXMLMemory = 8 << 20  // a worksheet larger than this is streamed from a temporary file
	maxMergeXML  = 4 << 20  // merged cells are read only from a worksheet this small
	progressStep = 500      // rows between two progress reports
)

// ErrTooManyRows is returned for a file with more than maxRows rows.
var ErrTooManyRows = errors.New("too many rows")

// ErrTooLarge is returned for a file, or a workbook inflated, beyond the limits.
var ErrTooLarge = errors.New("file too large")

// Progress is told how many rows have been read so far.
type Progress func(rows int)

// tooLarge is the user's message for a file beyond the limits, wrapping ErrTooLarge.
func tooLarge(what string, size, limit int64) error {
	return fmt.Errorf("%w: %w", model.Errorf(model.CodeTooLarge, "", "%s е %d MB, а списък на ученици е под %d MB: изберете самия списък (запишете го отново от Excel или го изнесете пак от НЕИСПУО)",
		what, size>>20, limit>>20), ErrTooLarge)
}

// tooManyRows is the user's message for a list of more than maxRows rows.
func tooManyRows() error {
	return fmt.Errorf("%w: %w", model.Errorf(model.CodeTooManyRows, "", "файлът има над %d реда: това не е списък на ученици на едно училище", maxRows), ErrTooManyRows)
}

// ReadRows returns the cell texts of the first sheet of an XLSX workbook, row by row: shared
// strings as text, numbers and dates as stored (an Excel date as its day number, an ЕГН typed as
// a number without Excel's formatting). A cell merged down over several rows is repeated in
// each, so a class written once beside its students reaches every one. The workbook is checked
// before it is inflated and its rows are streamed, so a crafted file is refused at once.
func ReadRows(r io.Reader) ([][]string, error) { return readXLSX(r, nil) }

func readXLSX(r io.Reader, progress Progress) ([][]string, error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, err
	}
	small, err := checkZip(data)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxXMLMemory})
	if err != nil {
		return nil, fmt.Errorf("read rows: open workbook: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("read rows: the workbook has no sheet")
	}
	rows, err := streamRows(f, sheets[0], progress)
	if err != nil {
		return nil, err
	}
	if small {
		fillMerged(f, sheets[0], rows)
	}
	return rows, nil
}

// readLimited reads a file of at most maxFileSize bytes.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	if len(data) > maxFileSize {
		return nil, tooLarge("файлът", int64(len(data)), maxFileSize)
	}
	return data, nil
}

// checkZip refuses a workbook whose parts inflate beyond maxUnzipped, by the sizes its zip
// directory declares (archive/zip fails a part that inflates beyond its declared size, so the
// sizes cannot lie). small reports whether every worksheet is small enough to read whole.
func checkZip(data []byte) (small bool, err error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false, fmt.Errorf("read rows: open workbook: %w", err)
	}
	var total uint64
	small = true
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if strings.HasPrefix(f.Name, "xl/worksheets/") && f.UncompressedSize64 > maxMergeXML {
			small = false
		}
	}
	if total > maxUnzipped {
		return false, tooLarge("разархивирана, работната книга", int64(min(total, 1<<50)), maxUnzipped)
	}
	return small, nil
}

// streamRows reads the rows of a sheet one at a time with excelize's iterator.
func streamRows(f *excelize.File, sheet string, progress Progress) ([][]string, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("read rows: sheet %s: %w", sheet, err)
	}
	defer it.Close()
	var rows [][]string
	for it.Next() {
		if len(rows) == maxRows {
			return nil, tooManyRows()
		}
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("read rows: sheet %s row %d: %w", sheet, len(rows)+1, err)
		}
		if len(cells) > maxColumns {
			cells = cells[:maxColumns]
		}
		rows = append(rows, cells)
		if progress != nil && len(rows)%progressStep == 0 {
			progress(len(rows))
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read rows: sheet %s: %w", sheet, err)
	}
	return rows, nil
}

// fillMerged repeats the value of a cell merged down over several rows in each of them. A cell
// merged across columns (a title) keeps its value in its first column only: repeated, it would
// look like a row of headers.
func fillMerged(f *excelize.File, sheet string, rows [][]string) {
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return // the values are there; only the repetition is lost
	}
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 == r1 || c1 > maxColumns {
			continue
		}
		for r := r1; r <= r2 && r <= len(rows); r++ {
			for len(rows[r-1]) < c1 {
				rows[r-1] = append(rows[r-1], "")
			}
			if r > r1 {
				rows[r-1][c1-1] = rows[r1-1][c1-1]
			}
		}
	}
}

// ReadTable reads a class list or any table by the file's name: .xlsx (and .xlsm) with ReadRows,
// anything else as text (ReadCSV).
func ReadTable(name string, data []byte) ([][]string, error) {
	return ReadTableFrom(name, bytes.NewReader(data), nil)
}

// ReadTableFrom is ReadTable from a reader, telling progress how many rows it has read.
func ReadTableFrom(name string, r io.Reader, progress Progress) ([][]string, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return readXLSX(r, progress)
	}
	data, err := readLimited(r)
	if err != nil {
		return nil, err
	}
	return ReadCSV(data)
}
