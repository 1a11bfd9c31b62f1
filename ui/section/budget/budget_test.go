package budget_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestBudget_ShowsTotalOfTheModel(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	b, err := model.BudgetFor(uitest.DefaultProfile(t), data)
	if err != nil {
		t.Fatalf("BudgetFor: %v", err)
	}
	// A euro year shows the lev figures of the tables themselves (RULES.md §13), not the euro
	// amounts converted back.
	lev, err := model.ComputeBudget(uitest.DefaultProfile(t), b.Group, b.Students, model.BGN)
	if err != nil {
		t.Fatalf("ComputeBudget in leva: %v", err)
	}
	h.Nav().Select(uitest.SectionBudget)
	// The demo year takes in lev documents of 2025: the screen says how they were converted, and
	// the management funds include the employer's contributions (чл. 84, ал. 2).
	for _, want := range []string{b.Total.String(), lev.Total.String(), lev.Advance.String(), b.RemedialMin.String(), b.Advance.String(),
		model.ConversionNote, b.ManagementContrib().String(), b.ManagementCeiling().String()} {
		if !h.HasText(want) {
			t.Errorf("the budget screen does not show %q", want)
		}
	}
}

func TestBudget_CannotComputeShowsTheModelsMessage(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	data.School.Group = model.GroupSpecial
	data.Programme.Students = 120
	if err := db.PutAll(&data.School, &data.Programme); err != nil {
		t.Fatalf("make the school special: %v", err)
	}
	h.Nav().Select(uitest.SectionBudget)
	if !h.HasText("Приложение № 6") {
		t.Error("a special school of 120 students does not show why its budget has no value")
	}
	if d := h.DialogText(); d != "" {
		t.Errorf("the screen showed a dialog: %s", d)
	}
}

func TestBudget_NoYearSaysWhereToEnterIt(t *testing.T) {
	h := uitest.NewHarness(t)
	h.Nav().Select(uitest.SectionBudget)
	if !h.HasText("раздел Училище") {
		t.Error("an empty data file does not say to enter the school first")
	}
}

func TestBudget_Art82_CapOverShowsExceeded(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionBudget)
	if h.HasText("НАДВИШЕНО") {
		t.Fatal("the demo year already exceeds a cap of чл. 82")
	}
	e := expenseOfType(t, data, 3) // consumables: a cap of their own (чл. 82, ал. 1, т. 2)
	e.Net, e.VAT = e.Net.Mul(20), e.VAT.Mul(20)
	e.PaidAmount = e.Gross()
	if err := db.Put(e); err != nil {
		t.Fatalf("raise the consumables: %v", err)
	}
	h.Nav().Select(uitest.SectionSchool)
	h.Nav().Select(uitest.SectionBudget)
	var over *widget.Label
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "НАДВИШЕНО") {
			over = l
		}
	})
	if over == nil {
		t.Fatal("no cap of чл. 82 shows as exceeded after the consumables grew twentyfold")
	}
	if !strings.Contains(over.Text, "Консумативи") || over.Importance != widget.DangerImportance {
		t.Errorf("exceeded cap %q (importance %v), want the consumables' cap in the error colour", over.Text, over.Importance)
	}
}

// expenseOfType returns a paid expense of the demo year of cost type ct.
func expenseOfType(t *testing.T, d *model.YearData, ct model.CostType) *model.Expense {
	t.Helper()
	for i := range d.Expenses {
		if e := &d.Expenses[i]; e.CostType == ct && e.PaidBy != model.Unpaid && !e.Offset {
			return e
		}
	}
	t.Fatalf("the demo year has no paid expense of type %d", ct)
	return nil
}

// The plan by activity and cost type (чл. 83) is readable at 1093×614: every activity, cost
// type and amount of the demo's plan is shown whole, none past the window's right edge
// (issue #17: the table's Отчет and Разлика columns were off to the right).
func TestBudget_Art83_PlanReadableAtALaptopsWidth(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Win.Resize(fyne.NewSize(1093, 614))
	h.Nav().Select(uitest.SectionBudget)
	h.Win.Resize(fyne.NewSize(1093, 614))
	b, err := model.BudgetFor(uitest.DefaultProfile(t), data)
	if err != nil {
		t.Fatal(err)
	}
	rows := model.PlanVsActual(data, b)
	if len(rows) == 0 {
		t.Fatal("the demo year has no plan rows: nothing to show")
	}
	for _, r := range rows {
		for _, want := range []string{r.Activity.Label(), r.CostType.Name(), r.Planned.String(), r.Diff().String()} {
			if !h.HasText(want) {
				t.Errorf("the plan does not show %q", want)
			}
		}
	}
	for _, c := range h.Cuts() {
		t.Errorf("shown cut: %s", c)
	}
}
