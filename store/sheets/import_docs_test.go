package sheets_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// docsYear has a materials invoice with its payment order present and the handover protocol
// still missing from the checklist, and a payroll.
func docsYear() *model.YearData {
	return &model.YearData{Programme: model.Programme{Year: 2026}, Expenses: []model.Expense{
		{ID: "e1", DocKind: model.DocInvoice, DocNumber: "0000012345", DocDate: model.NewDate(2026, time.November, 20),
			Description: "Материали", PaidBy: model.Bank, PaidOn: model.NewDate(2026, time.November, 25),
			SupportingDocs: []model.SupportingDoc{
				{Kind: model.DocPaymentOrder, Number: "ПН-7", Date: model.NewDate(2026, time.November, 25), Present: true},
				{Kind: model.DocHandover, Present: false},
			}},
		{ID: "e2", DocKind: model.DocPayroll, DocNumber: "В-11", DocDate: model.NewDate(2026, time.November, 30), Description: "Заплати за ноември"},
	}}
}

func docsFile(t *testing.T, d *model.YearData) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sheets.WriteDocs(&buf, d, sheets.Period{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestImportDocs_RoundTripChangesNothing(t *testing.T) {
	d := docsYear()
	imp, err := sheets.ImportDocs(bytes.NewReader(docsFile(t, d)), d)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Records) != 0 || imp.Rows != 3 || imp.Unchanged != 3 {
		t.Errorf("records %d, rows %d, unchanged %d; want 0, 3, 3", len(imp.Records), imp.Rows, imp.Unchanged)
	}
}

func TestImportDocs_MarksTheChecklist(t *testing.T) {
	d := docsYear()
	f := open(t, docsFile(t, d))
	for cell, v := range map[string]any{
		"A5": "друг", "B5": "приемо-предавателен протокол: Материали", "C5": "ППП-1", "D5": "21.11.2026", "E5": "25.11.2026",
		"A6": "разходен касов ордер", "B6": "Заплати за ноември", "C6": "РКО-3", "D6": "01.12.2026",
	} {
		if err := f.SetCellValue("Microdata", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	imp, err := sheets.ImportDocs(bytes.NewReader(saved(t, f)), d)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Records) != 2 || imp.Unchanged != 3 {
		t.Fatalf("records %d, unchanged %d; want 2, 3", len(imp.Records), imp.Unchanged)
	}
	e1, e2 := imp.Records[0].(*model.Expense), imp.Records[1].(*model.Expense)
	if got := e1.SupportingDocs[1]; got.Kind != model.DocHandover || got.Number != "ППП-1" || !got.Present || got.Date != model.NewDate(2026, time.November, 21) {
		t.Errorf("handover protocol %+v: want ППП-1 of 21.11.2026, present", got)
	}
	if len(e2.SupportingDocs) != 1 || e2.SupportingDocs[0].Kind != model.DocCashVoucher || e2.SupportingDocs[0].Number != "РКО-3" {
		t.Errorf("payroll's documents %+v: want the cash voucher added", e2.SupportingDocs)
	}
	if d.Expenses[0].SupportingDocs[1].Present {
		t.Error("the import changed the year's data in place")
	}
}

func TestImportDocs_BadRowsApplyNothing(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells map[string]any
		code  model.Code
		want  string
	}{
		{"UnknownKind", map[string]any{"A3": "бон"}, "not_in_list", "ред 3, колона A „Вид“: „бон“ не е от списъка"},
		{"NoNumber", map[string]any{"C2": ""}, "required", "ред 2, колона C „Уникален номер“: попълнете клетката"},
		{"PrimaryDateDiffers", map[string]any{"D2": "19.11.2026"}, "date_mismatch", "с дата 20.11.2026, а тук е 19.11.2026"},
		{"NoSuchExpense", map[string]any{"A5": "друг", "B5": "Транспорт", "C5": "1", "D5": "01.12.2026"}, "unknown_expense", "ред 5, колона B „Описание“: няма разход с описание „Транспорт“"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := docsYear()
			d.Expenses[0].SupportingDocs[0].Present = false // a valid change in another row
			f := open(t, docsFile(t, docsYear()))
			for cell, v := range tc.cells {
				if err := f.SetCellValue("Microdata", cell, v); err != nil {
					t.Fatal(err)
				}
			}
			imp, err := sheets.ImportDocs(bytes.NewReader(saved(t, f)), d)
			assertRowError(t, imp, err, tc.code, tc.want)
		})
	}
}

func TestImportDocs_AmbiguousDescription(t *testing.T) {
	d := docsYear()
	d.Expenses[1].Description, d.Expenses[1].PaidOn = "Материали", d.Expenses[0].PaidOn
	f := open(t, docsFile(t, docsYear()))
	for cell, v := range map[string]any{"A5": "друг", "B5": "Материали", "C5": "1", "D5": "01.12.2026"} {
		if err := f.SetCellValue("Microdata", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	imp, err := sheets.ImportDocs(bytes.NewReader(saved(t, f)), d)
	assertRowError(t, imp, err, "ambiguous_expense", "са 2")
}

// TestImportDocs_RoundTripEveryAppKind reads back each of the app's own document kinds, which
// WriteDocs writes as „друг“ with the kind before the description: none may come back as an
// unknown expense.
func TestImportDocs_RoundTripEveryAppKind(t *testing.T) {
	kinds := []model.DocKind{model.DocContract, model.DocPaymentOrder, model.DocHandover, model.DocDistribution,
		model.DocAgreement, model.DocHoursReport, model.DocContribPayment, model.DocNetPayment,
		model.DocBankStatement, model.DocAcceptance, model.DocActivityRep, model.DocPolicy, model.DocInsuredList,
		model.DocVehicleOrder, model.DocWaybill, model.DocMileage, model.DocFuelNorm}
	for _, k := range kinds {
		t.Run(string(k), func(t *testing.T) {
			d := docsYear()
			d.Expenses[1].SupportingDocs = []model.SupportingDoc{{Kind: k, Number: "Д-1", Date: model.NewDate(2026, time.November, 30), Present: true}}
			imp, err := sheets.ImportDocs(bytes.NewReader(docsFile(t, d)), d)
			if err != nil {
				t.Fatal(err)
			}
			if len(imp.Records) != 0 || imp.Unchanged != imp.Rows {
				t.Errorf("records %d, rows %d, unchanged %d; want no change", len(imp.Records), imp.Rows, imp.Unchanged)
			}
		})
	}
}

// TestImportDocs_DescriptionStartingWithAKind reads back a contract of an expense whose own
// description starts with another kind's name: only the contract's prefix is cut.
func TestImportDocs_DescriptionStartingWithAKind(t *testing.T) {
	d := docsYear()
	d.Expenses[1].Description = "платежно нареждане: аванс"
	d.Expenses[1].SupportingDocs = []model.SupportingDoc{{Kind: model.DocContract, Number: "Д-1", Date: model.NewDate(2026, time.November, 1), Present: true}}
	imp, err := sheets.ImportDocs(bytes.NewReader(docsFile(t, d)), d)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Records) != 0 || imp.Unchanged != imp.Rows {
		t.Errorf("records %d, rows %d, unchanged %d; want no change", len(imp.Records), imp.Rows, imp.Unchanged)
	}
}
