package expenses_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #17: an expense entered by mistake is removed from the form with a reason (Esc cancels,
// an empty reason removes nothing, Enter confirms); the change log keeps the reason. A new
// expense has nothing to remove.
func TestExpenses_RemoveWithAReason(t *testing.T) {
	h, db, d := uitest.NewDemoHarness(t)
	h.ExpOpen()
	if b := h.Button("Изтрий…"); b == nil || !b.Disabled() {
		t.Fatal("a new expense offers Изтрий…")
	}
	target := d.Expenses[0]
	h.ExpSearch(target.DocNumber)
	h.ScreenList().Select(0)
	if got := h.Entry("Номер").Text; got != target.DocNumber {
		t.Fatalf("the form shows %q, want %q", got, target.DocNumber)
	}
	gone := func() bool {
		var e model.Expense
		return db.Get(model.KindExpense, target.ID, &e) != nil
	}

	h.Tap("Изтрий…")
	h.CanvasKey(fyne.KeyEscape)
	if gone() || h.DialogText() != "" {
		t.Fatalf("Esc removed or stayed: removed %v, dialogs %q", gone(), h.DialogText())
	}
	h.Tap("Изтрий…")
	h.CanvasKey(fyne.KeyReturn) // no reason yet
	if gone() {
		t.Fatal("removed without a reason")
	}
	if !h.TypeInDialog("въведен два пъти") {
		t.Fatalf("no entry for the reason; dialogs: %s", h.DialogText())
	}
	h.CanvasKey(fyne.KeyReturn)
	if !gone() {
		t.Fatalf("not removed; dialogs: %s", h.DialogText())
	}
	if !h.HasText("Изтрит: ") || h.Entry("Номер").Text != "" {
		t.Error("the form does not say the expense was removed, or still shows it")
	}
	es, err := db.History(model.KindExpense, target.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range es {
		found = found || (e.Action == store.ActionDelete && e.Reason == "въведен два пъти")
	}
	if !found {
		t.Errorf("the log does not keep the reason: %+v", es)
	}
}

// „История“ opens the expense's change log in a dialog that Esc closes; a new expense has none.
func TestExpenses_HistoryOfTheOpenExpense(t *testing.T) {
	h, _, d := uitest.NewDemoHarness(t)
	h.ExpOpen()
	if b := h.Button("История"); b == nil || !b.Disabled() {
		t.Fatal("a new expense offers История")
	}
	h.ExpSearch(d.Expenses[0].DocNumber)
	h.ScreenList().Select(0)
	h.Tap("История")
	if !strings.Contains(h.DialogText(), "История") {
		t.Fatalf("no История dialog; dialogs: %q", h.DialogText())
	}
	h.CanvasKey(fyne.KeyEscape)
	if h.DialogText() != "" {
		t.Errorf("Esc left the История open: %q", h.DialogText())
	}
}
