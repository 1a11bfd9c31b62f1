package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// AskReason asks why, in a dialog titled title, before an action the change log keeps with its
// reason (issue #14: reopening an approved month, чл. 85–86). The reason is required: Потвърди
// (and Enter) with an empty one says so and stays; then gets the reason without the spaces around
// it. Отказ (and Esc) closes the dialog and then is not called.
func AskReason(win fyne.Window, title string, then func(reason string)) {
	var d *dialog.CustomDialog
	entry := NewDialogEntry()
	entry.SetPlaceHolder(lang.X("reason.placeholder", "Причина"))
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	confirm := func() {
		reason := strings.TrimSpace(entry.Text)
		if reason == "" {
			problem.SetText(lang.X("reason.required", "Напишете причината: без нея действието не се извършва."))
			win.Canvas().Focus(entry)
			return
		}
		d.Hide()
		then(reason)
	}
	cancel := func() { d.Hide() }
	entry.OnSubmitted = func(string) { confirm() }
	entry.OnEscape = cancel
	entry.OnChanged = func(string) { problem.SetText("") }

	ok := widget.NewButtonWithIcon(lang.X("reason.confirm", "Потвърди"), theme.ConfirmIcon(), confirm)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	hint := Wrapped(lang.X("reason.hint", "Причината се пази в дневника на промените с името на профила и часа; не може да се промени после."))
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(hint, entry, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	DialogKeys(win, d, confirm, cancel)
	d.Show()
	win.Canvas().Focus(entry)
}

// DialogEntry is a one-line entry of a dialog that answers Esc: Fyne's entry keeps the keys it is
// typed while focused, so the dialog's Esc (DialogKeys) never hears it. OnEscape runs on Esc.
type DialogEntry struct {
	widget.Entry
	OnEscape func()
}

// NewDialogEntry returns an empty DialogEntry.
func NewDialogEntry() *DialogEntry {
	e := &DialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewDialogPasswordEntry returns a DialogEntry that hides what is typed.
func NewDialogPasswordEntry() *DialogEntry {
	e := NewDialogEntry()
	e.Password = true
	return e
}

// TypedKey runs OnEscape on Esc and passes every other key to the entry.
func (e *DialogEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
