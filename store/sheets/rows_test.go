package sheets_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

func TestReadCSV(t *testing.T) {
	want := [][]string{{"Име", "Клас", "№"}, {"Мария Петрова", "7а", "Ёж"}}
	tests := []struct {
		name string
		data []byte
	}{
		{"semicolons", []byte("Име;Клас;№\nМария Петрова;7а;Ёж\n")},
		{"commas and CRLF", []byte("Име,Клас,№\r\nМария Петрова,7а,Ёж\r\n")},
		{"UTF-8 BOM", []byte("\xEF\xBB\xBFИме;Клас;№\nМария Петрова;7а;Ёж")},
		{"quoted comma inside a semicolon file", []byte("Име;Клас;№\n\"Мария Петрова\";7а;Ёж\n")},
		{"Windows-1251", []byte("\xc8\xec\xe5;\xca\xeb\xe0\xf1;\xb9\n\xcc\xe0\xf0\xe8\xff \xcf\xe5\xf2\xf0\xee\xe2\xe0;7\xe0;\xa8\xe6")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sheets.ReadCSV(tt.data)
			if err != nil {
				t.Fatalf("ReadCSV: %v", err)
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
				t.Errorf("ReadCSV = %q, want %q", got, want)
			}
		})
	}
}

func TestReadCSV_RowsOfDifferentLength(t *testing.T) {
	got, err := sheets.ReadCSV([]byte("a;b;c\n1;2\n"))
	if err != nil || len(got) != 2 || len(got[1]) != 2 {
		t.Errorf("ReadCSV = %q, %v; want two rows, the second of two cells", got, err)
	}
}

func TestReadRows(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Име", "Клас"})
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"Мария Петрова", 7})
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := sheets.ReadTable("клас.xlsx", buf.Bytes())
	if err != nil {
		t.Fatalf("ReadTable: %v", err)
	}
	if want := `[["Име" "Клас"] ["Мария Петрова" "7"]]`; fmt.Sprintf("%q", got) != want {
		t.Errorf("ReadTable = %q, want %s", got, want)
	}
}

func TestReadRows_NotAWorkbook(t *testing.T) {
	if _, err := sheets.ReadRows(bytes.NewReader([]byte("Име;Клас"))); err == nil {
		t.Error("ReadRows of CSV bytes succeeded, want an error")
	}
}
