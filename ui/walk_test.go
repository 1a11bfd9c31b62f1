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
// handled without a dialog. In English no Cyrillic label, button or placeholder is left but
// the demo's data (stillBulgarianInEnglish lists the sections known to leak model texts).
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

// stillBulgarianInEnglish are the sections of the English window still showing texts of the
// model in Bulgarian (issue #21 item 4, not this walk's to fix): money in „лв.“, articles
// („чл. 82, ал. 1“), cost types and activities, the rule profile's „версия“, findings and
// subjects. Their Cyrillic is logged, not failed; the test fails when one comes out clean, so
// the list only shrinks.
var stillBulgarianInEnglish = map[string]bool{
	"School": true, "Education cards": true, "Hours": true, "Expenses": true, "Budget": true, "Checks": true,
}

// checkEnglish fails the test when the English window's section shows Cyrillic outside the
// data (found), or a section of stillBulgarianInEnglish shows none.
func checkEnglish(t *testing.T, section string, found []string) {
	t.Helper()
	known := stillBulgarianInEnglish[section]
	for _, s := range found {
		if known {
			t.Logf("%s shows %q in English (known)", section, s)
		} else {
			t.Errorf("%s shows %q in English", section, s)
		}
	}
	if known && len(found) == 0 {
		t.Errorf("%s shows no Bulgarian in English any more: remove it from stillBulgarianInEnglish", section)
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
