package cards_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// „Изтрий“ deletes a card entered by mistake with the reason asked (Esc cancels, Enter
// confirms); the entry stays in the list without a card; История shows a saved card's log.
func TestCards_DeleteACardEnteredByMistake(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionCards)
	c := data.Cards[0]
	st := studentOf(t, data, c.StudentID)
	openCardOf(h, st, c.Subject)

	h.Tap("Изтрий…")
	in, _ := h.DialogInput("Причина")
	uitest.Press(in, fyne.KeyEscape)
	if d := h.DialogText(); d != "" || storedCard(t, db, data.Programme.Year, st, c.Subject) == nil {
		t.Fatalf("Esc: dialog %q, or the card was deleted", d)
	}

	h.Tap("Изтрий…")
	in, e := h.DialogInput("Причина")
	e.SetText("друг предмет")
	uitest.Press(in, fyne.KeyReturn)
	if d := h.DialogText(); d != "" {
		t.Fatalf("deleting showed %q", d)
	}
	if storedCard(t, db, data.Programme.Year, st, c.Subject) != nil {
		t.Fatal("the card is still stored")
	}
	if !h.HasText("Картата е изтрита") || !h.HasText("Картата още не е запазена") || !h.Button("Изтрий…").Disabled() {
		t.Error("after the deletion the form does not show the entry without a card")
	}
	if h.HasText("изтрита другаде") {
		t.Error("the screen's own deletion is told as another writer's")
	}

	h.TypeIn("Анализ на причините", "Пропуски")
	h.Tap("Запази картата (Ctrl+S)")
	h.Tap("История")
	if d := h.DialogText(); !strings.Contains(d, "История — ") {
		t.Errorf("История showed %q", d)
	}
}

// A refused card says what to fix (a *model.Error with its code, issue #21), never
// „Действието не можа да завърши“.
func TestCards_WrongInputSaysWhatToFix(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	st, subj := withoutCard(t, db, data)
	h.Nav().Select(sectionCards)
	openCardOf(h, st, subj)
	for _, tc := range []struct{ field, text string }{{"Утвърдена на", "31.02.2026"}, {"Дата", "утре"}} {
		h.TypeIn(tc.field, tc.text)
		h.Tap("Запази картата (Ctrl+S)")
		if d := h.DialogText(); d == "" || strings.Contains(d, "не можа да завърши") {
			t.Errorf("%s %q: the dialog says %q, want what to fix", tc.field, tc.text, d)
		}
		h.Tap("Добре")
		h.TypeIn(tc.field, "")
	}
	if storedCard(t, db, data.Programme.Year, st, subj) != nil {
		t.Error("a refused card was saved")
	}
}
