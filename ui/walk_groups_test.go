package ui_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// showTab selects the tab titled title among the window's tab containers.
func showTab(t *testing.T, h *uitest.Harness, title string) {
	t.Helper()
	for _, tabs := range h.Tabs() {
		for i, item := range tabs.Items {
			if item.Text == title {
				tabs.SelectIndex(i)
				return
			}
		}
	}
	t.Fatalf("no tab %q", title)
}

// The wrong-input walk of Групи' Членове (Състав) and Програма tabs (issue #21), whose input is
// committed by the tab's own buttons, in the English window: a wrong date for a student added
// („Add on the date“) is refused with its message in English; a new programme row („New row“)
// with uitest.WrongValue in every field is refused by the editor's Save with a model error in
// English — never the internal failure — and Ctrl+S's dialog says it.
func TestWalk_GroupTabsWrongInputInEnglish(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	blank := uitest.DataRemover(data)
	h.MenuItem("Изглед", "English").Action()
	h.Win.Resize(laptop)
	h.Nav().Select(3)
	h.ScreenLists()[0].Select(0)

	showTab(t, h, "Members")
	h.EntryWith("dd.mm.yyyy").SetText(uitest.WrongValue)
	h.ScreenLists()[2].Select(0) // the groups, the members, the students to add
	h.Tap("Add on the date")
	d := h.DialogText()
	if !strings.Contains(strings.ToLower(d), "enter a date like 01.10.2025") {
		t.Errorf("Members: a wrong date is not refused in English: %q", d)
	}
	noInternalFailure(t, h, "Groups / Members", "added")
	ed, ok := h.Main.Screen().(kit.Editor)
	if !ok {
		t.Fatal("Групи is not an editor")
	}
	if ed.Dirty() {
		t.Error("Members: a refused date added the student")
	}

	showTab(t, h, "Programme")
	h.Tap("New row")
	typed := h.TypeWrongEverywhere()
	if len(typed) == 0 {
		t.Fatal("Programme: no field of the new row to type into")
	}
	err := ed.Save()
	code := model.ErrorCode(err)
	msg := model.ErrorText(err, model.LangEnglish)
	t.Logf("Programme: %q in %d fields; refused with: %s", uitest.WrongValue, len(typed), strings.ReplaceAll(msg, "\n", " | "))
	switch {
	case err == nil:
		t.Fatalf("Programme: %q in %d fields was saved", uitest.WrongValue, len(typed))
	case code == "" || code == model.CodeInternal:
		t.Fatalf("Programme: wrong input refused as an internal failure: %v", err)
	case cyrillic(blank(msg)):
		t.Errorf("Programme: the refusal is not in English: %q", msg)
	}
	if !h.PressShortcut(ctrlS) {
		t.Error("Programme: Ctrl+S is not handled")
	}
	if first := strings.SplitN(msg, "\n", 2)[0]; !strings.Contains(h.DialogText(), kit.Sentence(first)) {
		t.Errorf("Programme: the dialog %q does not say %q", h.DialogText(), first)
	}
	noInternalFailure(t, h, "Groups / Programme", "saved")
	ed.Refresh()
	if ed.Dirty() {
		t.Error("Programme: the wrong input is not dropped by Refresh")
	}
}
