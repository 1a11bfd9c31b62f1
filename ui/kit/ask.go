package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// AskUnsaved is the one guard before unsaved input would be left (issue #17: the section's guard
// and a screen's own guard used to offer different buttons). It asks „Запазване на промените?“
// saying msg: Запази (the default, Enter) saves and runs next, a failed save shows why and runs
// stay; Откажи промените drops the input (ed.Refresh) and runs next; Остани (Esc) runs stay.
// stay may be nil.
func AskUnsaved(win fyne.Window, ed Editor, msg string, next, stay func()) {
	if stay == nil {
		stay = func() {}
	}
	var d *dialog.CustomDialog
	choose := func(f func()) func() {
		return func() {
			d.Hide()
			f()
		}
	}
	onSave := choose(func() {
		if err := ed.Save(); err != nil {
			ShowError(win, err)
			stay()
			return
		}
		next()
	})
	save := widget.NewButtonWithIcon(lang.X("ask.save", "Запази"), theme.DocumentSaveIcon(), onSave)
	save.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon(lang.X("ask.discard", "Откажи промените"), theme.DeleteIcon(), choose(func() {
		ed.Refresh()
		next()
	}))
	onStay := choose(stay)
	remain := widget.NewButtonWithIcon(lang.X("ask.stay", "Остани"), theme.CancelIcon(), onStay)

	text := Wrapped(msg)
	d = dialog.NewCustomWithoutButtons(lang.X("ask.title", "Запазване на промените?"), text, win)
	d.SetButtons([]fyne.CanvasObject{save, discard, remain})
	d.Resize(fyne.NewSize(480, 0))
	DialogKeys(win, d, onSave, onStay)
	d.Show()
}

// DialogKeys makes Enter run enter and Esc run esc while d is shown over win: Fyne's dialogs
// answer neither (issue #17: an error dialog closed only with Tab and Space). A nil function
// leaves its key alone. The window's own key handler comes back when d closes.
func DialogKeys(win fyne.Window, d dialog.Dialog, enter, esc func()) {
	if win == nil {
		return
	}
	c := win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch {
		case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && enter != nil:
			enter()
		case ev.Name == fyne.KeyEscape && esc != nil:
			esc()
		case before != nil:
			before(ev)
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(before) })
}

// ShowConfirm asks msg with Fyne's confirmation dialog; Esc answers no. Enter answers yes only
// when enterConfirms: an action that destroys or replaces data (a deleted session, a restored
// backup) is confirmed by a click, never by an Enter typed from habit.
func ShowConfirm(win fyne.Window, title, msg string, enterConfirms bool, answer func(bool)) {
	d := dialog.NewConfirm(title, msg, answer, win)
	var enter func()
	if enterConfirms {
		enter = d.Confirm
	}
	DialogKeys(win, d, enter, d.Dismiss)
	d.Show()
}

// ShowInformation tells msg; Enter and Esc close it, as its button does.
func ShowInformation(win fyne.Window, title, msg string) {
	d := dialog.NewInformation(title, msg, win)
	DialogKeys(win, d, d.Dismiss, d.Dismiss)
	d.Show()
}
