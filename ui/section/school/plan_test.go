package school_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// storedProgramme is the programme of 2026/2027 as the data file holds it.
func storedProgramme(t *testing.T, db *store.DB) model.Programme {
	t.Helper()
	d, err := db.LoadYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	return d.Programme
}

// The year's programme is written on Училище (issue #17): the approval date, the plan by
// activity and cost type (чл. 83) and the planned remedial amount (чл. 75, ал. 1), saved with the
// school in one transaction and read back from the store; the totals against T follow the typing.
func TestSchool_Art83_PlanSavedAndReadBack(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.TypeIn("Програмата е утвърдена на", "20.10.2026")
	h.TypeIn("Планирани за преодоляване на затруднения", "9 000,00")
	h.Tap("Добави ред на плана")
	h.Tap("Добави ред на плана")
	h.PlanLine(0, model.ActRemedial.Label(), model.CostType(1).Name(), "8 000")
	h.PlanLine(1, model.ActInterest.Label(), model.CostType(2).Name(), "1500,50")
	if !h.HasText("чл. 77, ал. 1 — планирани за дейностите: 9 500,50 €") {
		t.Error("the plan's total against T is not shown as typed")
	}
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid plan showed: %s", d)
	}
	h.Nav().Select(uitest.SectionBudget) // plan vs actual (чл. 83) fills from the saved plan
	if !h.HasText("1 500,50 €") {
		t.Error("Бюджет does not show the planned 1 500,50 € of the plan's second line")
	}
	h.CloseWindow()

	db := h.OpenStore()
	p := storedProgramme(t, db)
	want := []model.PlanLine{
		{Activity: model.ActRemedial, CostType: 1, Amount: model.Euro(8000, 0)},
		{Activity: model.ActInterest, CostType: 2, Amount: model.Euro(1500, 50)},
	}
	if !slices.Equal(p.Plan, want) {
		t.Errorf("stored plan %+v, want %+v", p.Plan, want)
	}
	if p.RemedialPlan != model.Euro(9000, 0) || p.ApprovedOn != model.NewDate(2026, 10, 20) {
		t.Errorf("stored remedial plan %v, approval %v; want 9 000,00 € and 20.10.2026", p.RemedialPlan, p.ApprovedOn)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	h.Start() // the plan shows again in a new window
	if got := h.EntriesWith("сума"); len(got) != 2 || got[1].Text != "1 500,50" {
		t.Errorf("reopened plan amounts %d rows, want 2 with 1 500,50 second", len(got))
	}
	if got := h.Entry("Планирани за преодоляване на затруднения").Text; got != "9 000,00" {
		t.Errorf("reopened remedial plan %q", got)
	}
}

// A plan line the model refuses (чл. 83: a negative amount, no cost type of чл. 79) shows the
// model's message and saves nothing: the stored plan stays as it was.
func TestSchool_Art83_BadPlanLineShowsTheModelsMessageAndSavesNothing(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Tap("Добави ред на плана")
	h.PlanLine(0, model.ActRemedial.Label(), model.CostType(1).Name(), "8000")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid plan showed: %s", d)
	}

	h.PlanLine(0, "", "", "-5")
	h.Tap("Добави ред на плана")
	h.PlanLine(1, model.ActInterest.Label(), "", "10")
	h.TypeIn("Наименование", "ОУ „Другото име“")
	h.Tap("Запази (Ctrl+S)")
	d := h.DialogText()
	for _, want := range []string{"ред 1 на плана (чл. 83): сумата не може да е отрицателна",
		"ред 2 на плана (чл. 83): изберете вида разход по чл. 79"} {
		if !strings.Contains(strings.ToLower(d), want) { // a dialog's lines start with a capital
			t.Errorf("dialog %q does not say %q", d, want)
		}
	}
	h.Tap("Добре")
	h.TypeIn("Планирани за преодоляване на затруднения", "сто")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "ланирани за преодоляване на затруднения: „сто“ не е сума") {
		t.Errorf("a remedial amount that is no number: dialog %q", d)
	}
	h.Tap("Добре")
	h.Main.RequestClose()
	h.Tap("Откажи промените")

	db := h.OpenStore()
	defer db.Close()
	if p := storedProgramme(t, db); len(p.Plan) != 1 || p.Plan[0].Amount != model.Euro(8000, 0) {
		t.Errorf("after refused saves the stored plan is %+v, want the first one", p.Plan)
	}
	if s, err := db.School(); err != nil || s.Name != "ОУ „Христо Ботев“" {
		t.Errorf("after refused saves the school is %+v, %v: nothing may be saved half", s, err)
	}
}

// Switching the year's currency converts the typed plan once at the fixed rate (RULES.md §13):
// 8 000 € planned become 15 646,64 лв., not 8 000 лв.
func TestSchool_Art83_PlanFollowsACurrencySwitch(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Tap("Добави ред на плана")
	h.PlanLine(0, model.ActRemedial.Label(), model.CostType(1).Name(), "8000")
	h.Tap("Запази (Ctrl+S)")
	h.Choose("Валута", "BGN (лева)")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	h.CloseWindow()
	db := h.OpenStore()
	defer db.Close()
	if p := storedProgramme(t, db); len(p.Plan) != 1 || p.Plan[0].Amount != model.Euro(8000, 0).In(model.BGN) || p.Currency != model.BGN {
		t.Errorf("stored %s plan %+v, want one line of %s", p.Currency, p.Plan, model.Euro(8000, 0).In(model.BGN))
	}
}
