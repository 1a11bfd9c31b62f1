package sheets_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// utf16Bytes encodes s as UTF-16, with a BOM when bom is set.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestReadCSV_UTF16AndTabs(t *testing.T) {
	text := "Име\tИдентификатор\tКлас/група\r\nМария Иванова Петрова\t0543151230\t5 а\r\n"
	want := `[["Име" "Идентификатор" "Клас/група"] ["Мария Иванова Петрова" "0543151230" "5 а"]]`
	for _, tt := range []struct {
		name    string
		be, bom bool
	}{{"LE with BOM (НЕИСПУО's .txt)", false, true}, {"BE with BOM", true, true}, {"LE without BOM", false, false}, {"BE without BOM", true, false}} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sheets.ReadTable("Списък с ученици.txt", utf16Bytes(text, tt.be, tt.bom))
			if err != nil || fmt.Sprintf("%q", got) != want {
				t.Errorf("ReadTable = %q, %v; want %s", got, err, want)
			}
		})
	}
}

// The app's own header has a comma inside its first cell: the separator is the one that splits
// every line alike, not the one the header line holds more of.
func TestReadCSV_CommaInsideTheHeaderCell(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"the app's header", "Име, презиме и фамилия;Клас\nМария Иванова Петрова;5 а\nПетър Петров;6 б\n",
			`[["Име, презиме и фамилия" "Клас"] ["Мария Иванова Петрова" "5 а"] ["Петър Петров" "6 б"]]`},
		{"a title with a comma above", "Списък, 5 а клас\nИме;Клас\nМария Петрова;5 а\nПетър Петров;5 а\n",
			`[["Списък, 5 а клас"] ["Име" "Клас"] ["Мария Петрова" "5 а"] ["Петър Петров" "5 а"]]`},
		{"commas throughout", "Име,Клас\nМария Петрова,5 а\n", `[["Име" "Клас"] ["Мария Петрова" "5 а"]]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sheets.ReadCSV([]byte(tt.text))
			if err != nil || fmt.Sprintf("%q", got) != tt.want {
				t.Errorf("ReadCSV = %q, %v; want %s", got, err, tt.want)
			}
		})
	}
}

// workbookWith returns an XLSX whose first worksheet is replaced by what sheet writes.
func workbookWith(t *testing.T, sheet func(w io.Writer)) []byte {
	t.Helper()
	f := excelize.NewFile()
	var small bytes.Buffer
	if _, err := f.WriteTo(&small); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(small.Bytes()), int64(small.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, part := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: part.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if part.Name == "xl/worksheets/sheet1.xml" {
			sheet(w)
			continue
		}
		rc, _ := part.Open()
		_, _ = io.Copy(w, rc)
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// sheetXML writes a worksheet of rows rows of one inline cell each, padded with pad bytes of
// spaces inside the cell.
func sheetXML(w io.Writer, rows int, pad int) {
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r := 1; r <= rows; r++ {
		fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Ученик %d</t></is></c></row>`, r, r, r)
	}
	if pad > 0 {
		io.WriteString(w, `<row r="`+fmt.Sprint(rows+1)+`"><c r="A`+fmt.Sprint(rows+1)+`" t="inlineStr"><is><t>`)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for n := 0; n < pad; n += len(chunk) {
			w.Write(chunk)
		}
		io.WriteString(w, `</t></is></c></row>`)
	}
	io.WriteString(w, `</sheetData></worksheet>`)
}

// allocated runs f and returns the bytes it allocated (runtime.MemStats.TotalAlloc): every
// allocation counts, so the peak cannot be higher.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A 1–2 MB workbook that inflates to 1 GiB is refused in seconds, with a message that says what
// to do, without inflating it.
func TestReadRows_ZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 GiB worksheet")
	}
	bomb := workbookWith(t, func(w io.Writer) { sheetXML(w, 1, 1<<30) })
	if n := len(bomb); n > 2<<20 {
		t.Fatalf("the bomb is %d bytes, want at most 2 MB", n)
	}
	var err error
	start := time.Now()
	mem := allocated(func() { _, err = sheets.ReadTable("клас.xlsx", bomb) })
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("refusing the bomb took %v, want seconds at most", took)
	}
	if mem > 200<<20 {
		t.Errorf("refusing the bomb allocated %d MB, want under 200 MB", mem>>20)
	}
	if !errors.Is(err, sheets.ErrTooLarge) || model.ErrorCode(err) != "too_large" || !strings.Contains(err.Error(), "MB") {
		t.Errorf("ReadTable(bomb) = %v, want ErrTooLarge with a message naming the size", err)
	}
}

// Rows are counted while they stream: a workbook just under the size limit but with more rows
// than a school has is refused without holding them all.
func TestReadRows_TooManyRowsWhileStreaming(t *testing.T) {
	wb := workbookWith(t, func(w io.Writer) { sheetXML(w, 60000, 0) })
	var err error
	mem := allocated(func() { _, err = sheets.ReadTable("клас.xlsx", wb) })
	if !errors.Is(err, sheets.ErrTooManyRows) || model.ErrorCode(err) != "too_many_rows" {
		t.Errorf("ReadTable(60000 rows) = %v, want ErrTooManyRows", err)
	}
	if mem > 200<<20 {
		t.Errorf("reading allocated %d MB, want under 200 MB", mem>>20)
	}
}

// A class written once in a cell merged down beside its students reaches each of them; a title
// merged across the columns stays in its first cell.
func TestReadRows_MergedCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Списък на учениците"})
	_ = f.MergeCell("Sheet1", "A1", "C1")
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"Клас", "Име"})
	_ = f.SetSheetRow("Sheet1", "A3", &[]any{"5 а", "Мария Петрова"})
	_ = f.SetSheetRow("Sheet1", "B4", &[]any{"Петър Петров"})
	_ = f.MergeCell("Sheet1", "A3", "A4")
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := sheets.ReadTable("клас.xlsx", buf.Bytes())
	want := `[["Списък на учениците"] ["Клас" "Име"] ["5 а" "Мария Петрова"] ["5 а" "Петър Петров"]]`
	if err != nil || fmt.Sprintf("%q", got) != want {
		t.Errorf("ReadTable = %q, %v; want %s", got, err, want)
	}
}
