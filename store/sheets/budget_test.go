package sheets_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

const budgetSheet = "Бюджет"

// budgetWorkbook writes a plan of T = 10 000 € with amounts in every activity and one cap
// over cost types 2 and 3, and reads it back.
func budgetWorkbook(t *testing.T) *excelize.File {
	t.Helper()
	b := &model.Budget{Currency: model.EUR, Total: model.Euro(10000, 0), Caps: []model.CapLimit{{
		Cap: model.CostCap{Name: "Материали и консумативи", Article: "чл. 82, т. 1", CostTypes: []model.CostType{2, 3}, Bp: 1500},
	}}}
	rows := []model.PlanActualRow{
		{Activity: model.ActRemedial, CostType: 1, Planned: model.Euro(1000, 0)},
		{Activity: model.ActInterest, CostType: 2, Planned: model.Euro(500, 50)},
		{Activity: model.ActInterest, CostType: 3, Planned: model.Euro(99, 50)},
		{Activity: model.ActCouncil, CostType: 12, Planned: model.Euro(200, 0)},
		{Activity: model.ActManagement, CostType: 14, Planned: model.Euro(300, 0)},
	}
	var buf bytes.Buffer
	if err := sheets.WriteBudgetPlan(&buf, b, rows); err != nil {
		t.Fatal(err)
	}
	return open(t, buf.Bytes())
}

func TestWriteBudgetPlan_Formulas(t *testing.T) {
	f := budgetWorkbook(t)
	for _, tc := range []struct{ name, cell, formula, value string }{
		{"RowTotal", "G5", "SUM(C5:F5)", "1000"},
		{"RowTotalTwoTypes", "G6", "SUM(C6:F6)", "500.5"},
		{"ColumnTotal", "D20", "SUM(D5:D19)", "600"},
		{"GrandTotal", "G20", "SUM(G5:G19)", "2100"},
		{"WithinT_Art77_1_NoManagement", "C21", "SUM(C20:E20)", "1800"},
		{"WithinTShare", "D21", "C21/$C$2", "0.18"},
		{"CapAmount_Art82", "C24", "SUM(G6,G7)", "600"},
		{"CapShareOfT_Art82", "D24", "C24/$C$2", "0.06"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.GetCellFormula(budgetSheet, tc.cell)
			if err != nil || got != tc.formula {
				t.Errorf("%s formula %q (%v), want %q", tc.cell, got, err, tc.formula)
			}
			v, err := f.CalcCellValue(budgetSheet, tc.cell, excelize.Options{RawCellValue: true})
			if err != nil || v != tc.value {
				t.Errorf("%s = %q (%v), want %q", tc.cell, v, err, tc.value)
			}
		})
	}
}

func TestWriteBudgetPlan_AmountsAreNumbers(t *testing.T) {
	f := budgetWorkbook(t)
	for cell, want := range map[string]string{"C2": "10000", "C5": "1000", "D6": "500.5", "F18": "300", "C6": "0"} {
		got, err := f.GetCellValue(budgetSheet, cell, excelize.Options{RawCellValue: true})
		if err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", cell, got, err, want)
		}
		if typ, _ := f.GetCellType(budgetSheet, cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s is text, want a number", cell)
		}
	}
	shown, _ := f.GetCellValue(budgetSheet, "D6")
	if shown != "500.50 €" && shown != "500,50 €" {
		t.Errorf("D6 shows %q, want the money format with €", shown)
	}
}

func TestWriteBudgetPlan_TotalsRecomputeAfterEdit(t *testing.T) {
	f := budgetWorkbook(t)
	if err := f.SetCellValue(budgetSheet, "C5", 2000); err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"G5": "2000", "C20": "2000", "G20": "3100", "D21": "0.28"} {
		v, err := f.CalcCellValue(budgetSheet, cell, excelize.Options{RawCellValue: true})
		if err != nil || v != want {
			t.Errorf("after C5 = 2000: %s = %q (%v), want %q", cell, v, err, want)
		}
	}
}

func TestWriteBudgetPlan_NilBudgetLeavesTBlank(t *testing.T) {
	var buf bytes.Buffer
	rows := []model.PlanActualRow{{Activity: model.ActRemedial, CostType: 1, Planned: model.Lev(100, 0)}}
	if err := sheets.WriteBudgetPlan(&buf, nil, rows); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if v, _ := f.GetCellValue(budgetSheet, "C2"); v != "" {
		t.Errorf("C2 = %q, want blank for the accountant to fill", v)
	}
	if v, _ := f.GetCellValue(budgetSheet, "C5"); v != "100.00 лв." && v != "100,00 лв." {
		t.Errorf("C5 shows %q, want 100.00 лв.", v)
	}
}
