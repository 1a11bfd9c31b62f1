package expenses_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/expenses"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #16: the Разходи screen reads the store's live year and follows every commit, told as the
// shell tells a kit.Watcher. A change from outside the screen (another screen's or an import's
// commit, here db.Put) reaches the list without a Refresh; the expense open in the form keeps the user's unsaved input; one without
// input shows the stored change; a deleted one is said so.
func TestExpenses_LiveYear_OutsideChangesReachTheScreenInputKept(t *testing.T) {
	db := uitest.DemoStore(t)
	d := uitest.SeedDemo(t, db, 120)
	h, screen := uitest.NewWatchedScreen(t, db, expenses.NewExpensesScreen)
	before := h.ScreenList().Length()

	added := d.Expenses[0]
	added.ID, added.DocNumber = "", "0000099123"
	added.SupportingDocs = nil
	if err := db.Put(&added); err != nil {
		t.Fatal(err)
	}
	if n := h.ScreenList().Length(); n != before+1 {
		t.Fatalf("the list shows %d expenses after one was added outside, want %d", n, before+1)
	}

	h.ExpSearch("0000099123")
	h.ScreenList().Select(0)
	h.TypeIn("Предмет (ЗОП)", "въведено, незаписано")
	other := *uitest.ExpStored(t, db, "0000099123")
	other.Description = "променено другаде"
	if err := db.Put(&other); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Предмет (ЗОП)").Text; got != "въведено, незаписано" {
		t.Errorf("another writer's change replaced the unsaved input: %q", got)
	}
	if !screen.(kit.Editor).Dirty() {
		t.Error("the unsaved input is no longer unsaved")
	}

	h.Entry("Предмет (ЗОП)").SetText(other.Subject) // back to the stored value: nothing unsaved
	other.Description = "още една промяна"
	if err := db.Put(&other); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Описание").Text; got != "още една промяна" {
		t.Errorf("the form without input shows %q, want the stored change", got)
	}

	if err := db.Delete(model.KindExpense, other.ID); err != nil {
		t.Fatal(err)
	}
	if !h.HasText("беше изтрит") {
		t.Error("the deletion of the shown expense is not said")
	}
	if got := h.Entry("Номер").Text; got != "" {
		t.Errorf("the deleted expense stays in the form: number %q", got)
	}
}

// A save on Разходи reaches Бюджет, built before, without a reload: its caps of чл. 82 count the
// new expense (issue #16: no screen keeps its own copy of the year).
func TestExpenses_LiveYear_SaveShowsOnBudget(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionBudget)
	before := capText(h, "Консумативи")
	h.ExpOpen()
	h.ExpSupplier("Книжарница Пегас ЕООД")
	h.TypeIn("ЕИК/БУЛСТАТ", uitest.ExpValidEIK(t))
	h.ExpFillInvoice("0000077002", "1200,00", "200,00", "т. 3 Консумативи")
	h.Tap("Запази и следващ (Enter)")
	if uitest.ExpStored(t, db, "0000077002") == nil {
		t.Fatalf("not saved; dialogs: %s", h.DialogText())
	}
	if h.ScreenList().Length() == 0 || !strings.Contains(uitest.RowText(h.ScreenList(), "0000077002"), "0000077002") {
		t.Error("the saved expense is not in the list")
	}
	h.Nav().Select(uitest.SectionBudget)
	if after := capText(h, "Консумативи"); after == before || after == "" {
		t.Errorf("Бюджет's cap stays %q after a save of 1 000 € of consumables", after)
	}
}

// capText returns the text of the shown cap line that starts with name.
func capText(h *uitest.Harness, name string) string {
	return h.LabelWith(name)
}
