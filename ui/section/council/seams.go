package council

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// askReason asks why before a record is removed. SEAM: it is kit.AskReason (the shell's, issue
// #14) once that lands on main — the lead replaces this body with
// `kit.AskReason(win, title, then)` and deletes the rest of this file. Until then a dialog of the
// same words: a required „Причина“, Потвърди (Enter) and Отказ (Esc).
var askReason = func(win fyne.Window, title string, then func(reason string)) {
	entry := widget.NewEntry()
	entry.SetPlaceHolder(lang.X("reason.placeholder", "Причина"))
	problem := kit.Wrapped("")
	problem.Importance = widget.DangerImportance
	var d *dialog.CustomDialog
	confirm := func() {
		reason := strings.TrimSpace(entry.Text)
		if reason == "" {
			problem.SetText(lang.X("reason.required", "Напишете причината: без нея действието не се извършва."))
			return
		}
		d.Hide()
		then(reason)
	}
	entry.OnSubmitted = func(string) { confirm() }
	ok := widget.NewButton(lang.X("reason.confirm", "Потвърди"), confirm)
	ok.Importance = widget.HighImportance
	no := widget.NewButton(lang.X("dialog.cancel", "Отказ"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(entry, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(win, d, confirm, d.Hide)
	d.Show()
	win.Canvas().Focus(entry)
}
