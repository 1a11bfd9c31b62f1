package sheets_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// open reads a workbook back, failing the test when it is not one.
func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sameLayout compares the sheets, the header row and the whole `lists` sheet cell by cell with
// the portal's template, and the data validations of the data sheet.
func sameLayout(t *testing.T, got *excelize.File, template []byte) {
	t.Helper()
	want := open(t, template)
	if g, w := fmt.Sprint(got.GetSheetList()), fmt.Sprint(want.GetSheetList()); g != w {
		t.Errorf("sheets %s, template has %s", g, w)
	}
	for _, sheet := range []string{"lists"} {
		g, _ := got.GetRows(sheet)
		w, _ := want.GetRows(sheet)
		if fmt.Sprintf("%q", g) != fmt.Sprintf("%q", w) {
			t.Errorf("sheet %s:\n got %q\nwant %q", sheet, g, w)
		}
	}
	gh, _ := got.GetRows("Microdata")
	wh, _ := want.GetRows("Microdata")
	if len(gh) == 0 || fmt.Sprintf("%q", gh[0]) != fmt.Sprintf("%q", wh[0]) {
		t.Errorf("header row differs from the template's %q", wh[0])
	}
	gv, _ := got.GetDataValidations("Microdata")
	wv, _ := want.GetDataValidations("Microdata")
	if len(gv) != len(wv) {
		t.Fatalf("%d data validations, template has %d", len(gv), len(wv))
	}
	for i := range gv {
		if gv[i].Sqref != wv[i].Sqref || gv[i].Formula1 != wv[i].Formula1 {
			t.Errorf("validation %d: %s %s, template %s %s", i, gv[i].Sqref, gv[i].Formula1, wv[i].Sqref, wv[i].Formula1)
		}
	}
}

func row(t *testing.T, f *excelize.File, n int) []string {
	t.Helper()
	rows, err := f.GetRows("Microdata")
	if err != nil || len(rows) < n {
		t.Fatalf("row %d missing (%d rows, %v)", n, len(rows), err)
	}
	return rows[n-1]
}

func people() *model.YearData {
	y := model.SchoolYear(2026)
	return &model.YearData{
		People: []model.Person{
			{ID: "p1", Name: model.PersonName{First: "Гергана", Middle: "Иванова", Last: "Колева"}, PersonalNumber: "8001010008",
				PersonalNumberKind: model.PersonalNumberEGN, Engagement: model.Staff},
			{ID: "p2", Name: model.PersonName{First: "John", Last: "Smith"}, PersonalNumber: "1000000003",
				PersonalNumberKind: model.PersonalNumberLNCH, Engagement: model.External},
		},
		Timesheets: []model.Timesheet{
			{ID: "t1", Year: y, PersonID: "p1", Role: model.RoleLeader, Days: []model.DayHours{
				{Date: model.NewDate(2026, time.November, 10), Hours: 150, Activity: "Занятие", Results: "Тест"},
				{Date: model.NewDate(2026, time.November, 3), Hours: 200, Activity: "Занятие по математика", Results: "Решени 12 задачи"},
			}},
			{ID: "t2", Year: y, PersonID: "p2", Role: model.RoleAccountant, Days: []model.DayHours{
				{Date: model.NewDate(2026, time.November, 5), Hours: 100, Activity: "Счетоводство"},
				{Date: model.NewDate(2027, time.January, 5), Hours: 100, Activity: "Извън периода"},
			}},
		},
	}
}

func TestWriteTeam(t *testing.T) {
	var buf bytes.Buffer
	if err := sheets.WriteTeam(&buf, people(), sheets.Quarter(2026, 4)); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	sameLayout(t, f, assets.TeamTemplate)
	tests := []struct {
		name string
		row  int
		want string
	}{
		{"earliest date first", 2, `["Гергана Иванова Колева" "Ръководител на група" "ЕГН" "8001010008" "Трудов договор" "03/11/2026" "2" "Занятие по математика" "Решени 12 задачи"]`},
		{"foreigner on a civil contract", 3, `["John Smith" "Счетоводител" "Чуждестранно лице" "1000000003" "Граждански договор" "05/11/2026" "1" "Счетоводство"]`},
		{"fractional hours", 4, `["Гергана Иванова Колева" "Ръководител на група" "ЕГН" "8001010008" "Трудов договор" "10/11/2026" "1.5" "Занятие" "Тест"]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprintf("%q", row(t, f, tc.row)); got != tc.want {
				t.Errorf("row %d\n got %s\nwant %s", tc.row, got, tc.want)
			}
		})
	}
	if rows, _ := f.GetRows("Microdata"); len(rows) != 4 {
		t.Errorf("%d rows, want header + 3 (January is outside the quarter)", len(rows))
	}
}

func TestWriteTeam_PastTemplateRows(t *testing.T) {
	d := people()
	d.Timesheets[0].Days = nil
	day := model.NewDate(2026, time.September, 1)
	for range 400 {
		d.Timesheets[0].Days = append(d.Timesheets[0].Days, model.DayHours{Date: day, Hours: 100})
		day = day.AddDays(1)
	}
	var buf bytes.Buffer
	if err := sheets.WriteTeam(&buf, d, sheets.Period{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	for _, cell := range []string{"F2", "F400"} {
		if v, _ := f.GetCellValue("Microdata", cell); len(v) != 10 || v[2] != '/' {
			t.Errorf("%s = %q, want a dd/mm/yyyy date as the template formats it", cell, v)
		}
	}
}

func TestWriteDocs(t *testing.T) {
	d := &model.YearData{Expenses: []model.Expense{
		{ID: "e1", DocKind: model.DocInvoice, DocNumber: "0000012345", DocDate: model.NewDate(2026, time.November, 20),
			Description: "Материали", PaidBy: model.Bank, PaidOn: model.NewDate(2026, time.November, 25),
			SupportingDocs: []model.SupportingDoc{
				{Kind: model.DocPaymentOrder, Number: "ПН-7", Date: model.NewDate(2026, time.November, 25), Present: true},
				{Kind: model.DocHandover, Number: "ППП-1", Present: false},
				{Kind: model.DocInvoice, Number: "0000012345", Present: true},
			}},
		{ID: "e2", DocKind: model.DocPayroll, DocNumber: "В-11", DocDate: model.NewDate(2027, time.January, 4), Description: "Заплати"},
	}}
	var buf bytes.Buffer
	if err := sheets.WriteDocs(&buf, d, sheets.Quarter(2026, 4)); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	sameLayout(t, f, assets.DocsTemplate)
	rows, _ := f.GetRows("Microdata")
	want := `[["Вид" "Описание" "Уникален номер" "Дата" "Дата на извършване на плащането"] ` +
		`["фактура" "Материали" "0000012345" "20/11/2026" "25/11/2026"] ` +
		`["друг" "платежно нареждане: Материали" "ПН-7" "25/11/2026" "25/11/2026"]]`
	if got := fmt.Sprintf("%q", rows); got != want {
		t.Errorf("\n got %s\nwant %s", got, want)
	}
}

func TestQuarter(t *testing.T) {
	p := sheets.Quarter(2026, 4)
	for _, tc := range []struct {
		d    model.Date
		want bool
	}{
		{model.NewDate(2026, time.September, 30), false},
		{model.NewDate(2026, time.October, 1), true},
		{model.NewDate(2026, time.December, 31), true},
		{model.NewDate(2027, time.January, 1), false},
	} {
		if got := p.Contains(tc.d); got != tc.want {
			t.Errorf("Q4 2026 contains %s = %v, want %v", tc.d, got, tc.want)
		}
	}
}
