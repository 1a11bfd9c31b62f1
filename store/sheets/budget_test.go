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
		Cap:   model.CostCap{Name: "Материали и консумативи", Article: "чл. 82, т. 1", CostTypes: []model.CostType{2, 3}, Bp: 1500},
		Limit: model.Euro(1500, 0),
	}}, DirectorPay: model.Euro(200, 0), AccountantPay: model.Euro(100, 0),
		DirectorContrib: model.Euro(37, 84), AccountantContrib: model.Euro(18, 92)}
	rows := []model.PlanActualRow{
		{Activity: model.ActRemedial, CostType: 1, Planned: model.Euro(1000, 0), Actual: model.Euro(950, 25)},
		{Activity: model.ActInterest, CostType: 2, Planned: model.Euro(500, 50), Actual: model.Euro(575, 21), Converted: true},
		{Activity: model.ActInterest, CostType: 3, Planned: model.Euro(99, 50), Actual: model.Euro(0, 0)},
		{Activity: model.ActCouncil, CostType: 12, Planned: model.Euro(200, 0), Actual: model.Euro(30, 0)},
		{Activity: model.ActManagement, CostType: 14, Planned: model.Euro(300, 0), Actual: model.Euro(356, 76)},
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

const actualSheet = "План и отчет"

// The plan-vs-actual sheet: the plan linked live to the Бюджет sheet, the actual, the
// difference, totals, the caps' shares (чл. 82) and т. 14 against the management funds with
// the employer's contributions (чл. 77, ал. 2; чл. 84, ал. 2: 300,00 + 56,76 = 356,76 €).
func TestWriteBudgetPlan_PlanActualSheet(t *testing.T) {
	f := budgetWorkbook(t)
	for _, tc := range []struct{ name, cell, formula, value string }{
		{"T", "C2", "'Бюджет'!$C$2", "10000"},
		{"PlanLinkedToBudget", "C6", "'Бюджет'!D6", "500.5"},
		{"Actual", "D6", "", "575.21"},
		{"Difference", "E6", "C6-D6", "-74.71"},
		{"PlanShareOfT", "F5", "C5/$C$2", "0.1"},
		{"TotalPlan", "C10", "SUM(C5:C9)", "2100"},
		{"TotalActual", "D10", "SUM(D5:D9)", "1912.22"},
		{"TotalDifference", "E10", "SUM(E5:E9)", "187.78"},
		{"WithinT_Art77_1", "D11", "SUM(D5,D6,D7,D8)", "1555.46"},
		{"CapPlan_Art82", "C14", "SUM(C6,C7)", "600"},
		{"CapActual_Art82", "D14", "SUM(D6,D7)", "575.21"},
		{"CapActualShare_Art82", "G14", "D14/$C$2", "0.057521"},
		{"ManagementCeiling_Art84_2", "C17", "", "356.76"},
		{"Management14Actual", "D18", "SUM(D9)", "356.76"},
		{"Management14LeftOfActual", "F18", "C17-D18", "0"},
		{"Management14LeftOfPlan", "E18", "C17-C18", "56.76"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.GetCellFormula(actualSheet, tc.cell)
			if err != nil || got != tc.formula {
				t.Errorf("%s formula %q (%v), want %q", tc.cell, got, err, tc.formula)
			}
			v, err := f.CalcCellValue(actualSheet, tc.cell, excelize.Options{RawCellValue: true})
			if err != nil || v != tc.value {
				t.Errorf("%s = %q (%v), want %q", tc.cell, v, err, tc.value)
			}
		})
	}
	if note, _ := f.GetCellValue(actualSheet, "A3"); note != model.ConversionNote {
		t.Errorf("A3 = %q, want the note on the conversion of lev amounts", note)
	}
	if ceil, _ := f.GetCellValue(actualSheet, "B17"); ceil != "възнаграждения по Приложение № 7 300,00 + осигуровки за сметка на работодателя 56,76" {
		t.Errorf("B17 = %q: the funds should say they include the contributions", ceil)
	}
	// An edit of the plan on the Бюджет sheet reaches this sheet's plan and difference.
	if err := f.SetCellValue(budgetSheet, "D6", 700); err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"C6": "700", "E6": "124.79", "C14": "799.5"} {
		if v, err := f.CalcCellValue(actualSheet, cell, excelize.Options{RawCellValue: true}); err != nil || v != want {
			t.Errorf("after Бюджет!D6 = 700: %s = %q (%v), want %q", cell, v, err, want)
		}
	}
}
