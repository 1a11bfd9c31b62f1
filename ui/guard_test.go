package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// press types key on the window as a keyboard would with nothing focused (a dialog is shown).
func press(h *uitest.Harness, key fyne.KeyName) {
	if f := h.Win.Canvas().OnTypedKey(); f != nil {
		f(&fyne.KeyEvent{Name: key})
	}
}

// dialogButtons returns the dialog's buttons by their text.
func dialogButtons(h *uitest.Harness) map[string]*widget.Button {
	out := map[string]*widget.Button{}
	h.Dialogs(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			out[b.Text] = b
		}
	})
	return out
}

// A screen's own guard (another member chosen with one typed) is the section's guard: Запази,
// Откажи промените and Остани, Запази the default; Esc stays, Enter saves and goes on (issue #17:
// the group's guard offered only Остани and a default Откажи промените).
func TestGuard_AScreensGuardOffersSaveByDefaultEnterSavesEscStays(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	// Members are picked by name: the list is in Bulgarian alphabetical order, not the data's.
	list := h.ScreenList()
	first, second := data.CouncilMembers[0].Name.String()+" — ", data.CouncilMembers[1].Name.String()+" — "
	h.SelectRow(list, first)
	h.TypeIn("Имейл", "nov@primer.bg")
	h.SelectRow(list, second)
	b := dialogButtons(h)
	for _, want := range []string{"Запази", "Откажи промените", "Остани"} {
		if b[want] == nil {
			t.Fatalf("the guard offers %v, no %q", keys(b), want)
		}
	}
	if b["Запази"].Importance != widget.HighImportance || b["Откажи промените"].Importance == widget.HighImportance {
		t.Error("Запази is not the guard's default")
	}
	press(h, fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Fatalf("Esc left the dialog open: %s", d)
	}
	if got := h.Entry("Имейл").Text; got != "nov@primer.bg" {
		t.Fatalf("after Esc the e-mail is %q, want the typed one kept", got)
	}
	h.SelectRow(list, second)
	press(h, fyne.KeyReturn)
	if d := h.DialogText(); d != "" {
		t.Fatalf("Enter left a dialog open: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	saved := false
	for _, m := range d.CouncilMembers {
		saved = saved || m.Email == "nov@primer.bg"
	}
	if !saved {
		t.Error("Enter on the guard did not save the typed e-mail")
	}
	if got, want := h.Entry("Фамилия").Text, data.CouncilMembers[1].Name.Last; got != want {
		t.Errorf("after Enter the form shows %q, want the chosen member %q", got, want)
	}
}

// An error dialog closes with Enter and with Esc, not only with Tab and Space (issue #17).
func TestGuard_ErrorDialogClosesWithEnterAndEsc(t *testing.T) {
	h := uitest.NewHarness(t)
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		kit.ShowError(h.Win, model.Errorf("eik", "eik", "ЕИК трябва да има 9 или 13 цифри"))
		if d := h.DialogText(); !strings.Contains(d, "ЕИК") {
			t.Fatalf("no error dialog: %q", d)
		}
		press(h, key)
		if d := h.DialogText(); d != "" {
			t.Errorf("%s left the error dialog open: %s", key, d)
		}
	}
}

func keys(m map[string]*widget.Button) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// The file dialog's places are in Bulgarian, not Fyne's „Home“ and „Computer“ (issue #17).
func TestFileDialog_PlacesInBulgarian(t *testing.T) {
	h := uitest.NewHarness(t)
	h.MenuItem("Файл", "Отвори файл…").Action()
	var shown []string
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			shown = append(shown, l.Text)
		}
	})
	for _, english := range []string{"Home", "Computer"} {
		for _, s := range shown {
			if s == english {
				t.Errorf("the file dialog shows %q", english)
			}
		}
	}
	if !strings.Contains(strings.Join(shown, "|"), "Домашна папка") {
		t.Errorf("the file dialog shows no „Домашна папка“ among %q", shown)
	}
}

// A confirmation of an action that replaces data closes with Esc (no) but is never confirmed by
// an Enter typed from habit: it takes a click (issue #17: Enter and Esc in every dialog).
func TestGuard_DestructiveConfirmationEscCancelsEnterDoesNotConfirm(t *testing.T) {
	h := uitest.NewHarness(t)
	reset := h.MenuItem("Файл", "Нова инсталация за този файл…")
	reset.Action()
	if h.DialogText() == "" {
		t.Fatal("no confirmation before a new installation")
	}
	press(h, fyne.KeyReturn)
	if h.DialogText() == "" {
		t.Fatal("Enter confirmed a new installation")
	}
	press(h, fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Errorf("Esc left the confirmation open: %s", d)
	}
}
