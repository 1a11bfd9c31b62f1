package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// internalFailure opens the dialog of an error the user cannot act on (kit.ShowError), in
// Bulgarian and in English: no screen of the demo year may show it (issue #21).
var internalFailure = []string{"Действието не можа да завърши", "The action could not be completed"}

// ctrlS is the shortcut of Файл → Запази.
var ctrlS = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// The screen walk (issue #21): on the demo year, in Bulgarian and in English, every section of
// the navigation is shown in turn, and on each no dialog of an internal failure appears, the
// screen fits a 125 % laptop (checkFits), and an editor's Save with no changes either succeeds
// or refuses with a model.Error (never an internal failure), while Ctrl+S with no changes is
// handled without a dialog. In English no Cyrillic label, button, placeholder or model text is
// left but the demo's data (checkEnglish).
func TestWalk_EverySectionInBulgarianAndEnglish(t *testing.T) {
	for _, english := range []bool{false, true} {
		name := map[bool]string{false: "bg", true: "en"}[english]
		t.Run(name, func(t *testing.T) {
			h, _, data := uitest.NewDemoHarness(t)
			blank := uitest.DataRemover(data)
			isData := func(s string) bool { return !cyrillic(blank(s)) }
			unsaved := "Има незапазени промени"
			if english {
				h.MenuItem("Изглед", "English").Action()
				unsaved = "There are unsaved changes"
			}
			h.Win.Resize(laptop)
			if n := h.Nav().Length(); n != 12 {
				t.Fatalf("the navigation has %d sections, want 12", n)
			}
			for i := 0; i < 12; i++ {
				h.Nav().Select(i)
				h.Win.Resize(laptop)
				sec := h.Heading()
				noInternalFailure(t, h, sec, "shown")
				checkFits(t, h, sec)
				if english {
					checkEnglish(t, sec, bulgarianShown(h, isData))
				}
				ed, ok := h.Main.Screen().(kit.Editor)
				if !ok {
					continue
				}
				if ed.Dirty() {
					t.Errorf("%s: unsaved input as soon as it is shown", sec)
				}
				if err := ed.Save(); err != nil && model.ErrorCode(err) == "" {
					t.Errorf("%s: Save with no changes failed inside: %v", sec, err)
				}
				noInternalFailure(t, h, sec, "saved")
				if !h.PressShortcut(ctrlS) {
					t.Errorf("%s: Ctrl+S is not handled", sec)
				}
				if d := h.DialogText(); d != "" {
					t.Errorf("%s: Ctrl+S with no changes showed %q", sec, d)
					h.CloseDialogs()
				}
				if h.HasText(unsaved) {
					t.Errorf("%s: after Ctrl+S the window says there are unsaved changes", sec)
				}
			}
		})
	}
}

// checkEnglish fails the test when the English window's section shows Cyrillic outside the
// data: every text of the window and of the model (amounts, activities, cost types, document
// kinds, subjects, caps, the profile's label, findings with their arguments) is rendered in the
// window's language. What the English window may show in Bulgarian is only what the school typed
// or the demo generated as data — names, group names, descriptions, a supplier — which
// uitest.DataRemover blanks before the check (issue #21: the list of sections known to leak,
// stillBulgarianInEnglish, is gone with its last entry).
func checkEnglish(t *testing.T, section string, found []string) {
	t.Helper()
	for _, s := range found {
		t.Errorf("%s shows %q in English", section, s)
	}
}

// noInternalFailure fails the test when a dialog over the window is the internal failure's,
// then closes the dialogs so the next section starts clean.
func noInternalFailure(t *testing.T, h *uitest.Harness, section, when string) {
	t.Helper()
	d := h.DialogText()
	for _, f := range internalFailure {
		if strings.Contains(d, f) {
			t.Errorf("%s (%s): an internal failure: %s", section, when, d)
		}
	}
	h.CloseDialogs()
}
