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
// handled without a dialog, and a wrong value in every field is refused with a model error
// in the window's language (checkWrongInput). In English no Cyrillic label, button, placeholder or model text is
// left but the demo's data (checkEnglish).
func TestWalk_EverySectionInBulgarianAndEnglish(t *testing.T) {
	for _, english := range []bool{false, true} {
		name := map[bool]string{false: "bg", true: "en"}[english]
		t.Run(name, func(t *testing.T) {
			h, _, data := uitest.NewDemoHarness(t)
			blank := uitest.DataRemover(data)
			isData := func(s string) bool { return !cyrillic(blank(s)) }
			unsaved := "Има незапазени промени"
			lang := model.LangBulgarian
			if english {
				h.MenuItem("Изглед", "English").Action()
				unsaved = "There are unsaved changes"
				lang = model.LangEnglish
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
				checkWrongInput(t, h, ed, sec, lang, blank)
				// Each tab of the section (Съвет's meetings, Групи' programme, Програми' rows…)
				// with the editor it makes current.
				for _, tabs := range h.Tabs() {
					first := tabs.SelectedIndex() // its editor was walked above
					for j, item := range tabs.Items {
						if j == first {
							continue
						}
						tabs.SelectIndex(j)
						h.Win.Resize(laptop)
						noInternalFailure(t, h, sec+" / "+item.Text, "shown")
						if english {
							checkEnglish(t, sec+" / "+item.Text, bulgarianShown(h, isData))
						}
						if ed, ok := h.Main.Screen().(kit.Editor); ok {
							checkWrongInput(t, h, ed, sec+" / "+item.Text, lang, blank)
						}
					}
					tabs.SelectIndex(first)
				}
			}
		})
	}
}

// stillBulgarianInEnglish are the places of the English window still showing Bulgarian that
// is not the school's data. Their Cyrillic is logged, not failed; the test fails when one comes
// out clean, so the list only shrinks. Amounts, activities, cost types, caps, document kinds,
// subjects, the profile's label and the findings left it in stop 13, and Програми → Календар
// (the events' words: model.Event.TitleIn…, the deadlines by code) in stop 13's second wave:
// it is empty.
var stillBulgarianInEnglish = map[string]bool{}

// checkEnglish fails the test when the English window's section (or tab) shows Cyrillic outside
// the data: every text of the window and of the model is rendered in the window's language. What
// the English window may show in Bulgarian is what the school typed or the demo generated as
// data — names, group names, descriptions, subjects of procurement, a supplier — which
// uitest.DataRemover blanks before the check; and the places of stillBulgarianInEnglish.
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

// checkWrongInput is the wrong-input walk of an editor (issue #21): a wrong value in every
// field it shows (uitest.WrongValue: no date, amount, ЕИК, IBAN, e-mail, percentage or number
// of hours), saved as the user saves it (Ctrl+S). The save must refuse with a model error
// saying what to fix, in the window's language — never the internal failure „Действието не
// можа да завърши“ — and the dialog must show that message. The input is then dropped as the
// guard's „Откажи промените“ drops it (Refresh).
func checkWrongInput(t *testing.T, h *uitest.Harness, ed kit.Editor, sec string, l model.Lang, blank func(string) string) {
	t.Helper()
	defer func() {
		h.CloseDialogs()
		ed.Refresh()
		if ed.Dirty() {
			t.Errorf("%s: the wrong input is not dropped by Refresh", sec)
		}
	}()
	typed := h.TypeWrongEverywhere()
	if len(typed) == 0 {
		return
	}
	dirty := ed.Dirty()
	err := ed.Save()
	msg := model.ErrorText(err, l)
	t.Logf("%s: %q in %d fields; refused with: %s", sec, uitest.WrongValue, len(typed), strings.ReplaceAll(msg, "\n", " | "))
	code := model.ErrorCode(err)
	switch {
	case err == nil && !dirty:
		// The fields are not the editor's input: a filter, or a new row's form that its own
		// „Добави“ commits (Групи' Състав and Програма) — nothing to save, nothing saved.
		t.Logf("%s: the %d fields typed are not the editor's input: nothing to save", sec, len(typed))
		return
	case err == nil:
		t.Errorf("%s: %q in %d fields was saved", sec, uitest.WrongValue, len(typed))
		return
	case code == "" || code == model.CodeInternal:
		t.Errorf("%s: wrong input refused as an internal failure: %v", sec, err)
		return
	}
	if strings.TrimSpace(msg) == "" {
		t.Errorf("%s: the refusal (%s) has no message", sec, code)
	}
	if english := l == model.LangEnglish; english && cyrillic(blank(msg)) {
		t.Errorf("%s: the refusal is not in English: %q", sec, msg)
	} else if !english && !cyrillic(msg) {
		t.Errorf("%s: the refusal is not in Bulgarian: %q", sec, msg)
	}
	if !h.PressShortcut(ctrlS) {
		t.Errorf("%s: Ctrl+S is not handled", sec)
	}
	d := h.DialogText()
	for _, f := range internalFailure {
		if strings.Contains(d, f) {
			t.Errorf("%s: Ctrl+S on wrong input showed the internal failure: %s", sec, d)
		}
	}
	if first := strings.SplitN(msg, "\n", 2)[0]; !strings.Contains(d, kit.Sentence(first)) {
		t.Errorf("%s: the dialog %q does not say %q", sec, d, first)
	}
}
