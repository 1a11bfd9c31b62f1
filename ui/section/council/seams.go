package council

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
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

// showHistory shows the „История“ of one record. SEAM: it is kit.ShowHistory (the shell's,
// issue #14) once that lands on main — the lead replaces this body with
// `kit.ShowHistory(env, ref)` and deletes historyText. Until then the record's log entries in
// one information dialog.
var showHistory = func(env *kit.Env, ref model.Ref) {
	es, err := env.DB.History(ref.Kind, ref.ID)
	if err != nil {
		env.ShowError(err)
		return
	}
	kit.ShowInformation(env.Window, lang.X("history.title", "История"), historyText(es))
}

// historyText is one line an entry, oldest first: when, who, the fields changed, why.
func historyText(es []store.LogEntry) string {
	if len(es) == 0 {
		return lang.X("history.empty", "Дневникът на промените няма записи за този запис (промените отпреди дневника не са в него).")
	}
	var lines []string
	for _, e := range es {
		l := e.Time.Local().Format("02.01.2006 15:04") + " — " + e.Account
		switch {
		case e.Action == store.ActionDelete:
			l += " — " + lang.X("history.deleted", "записът е изтрит")
		case len(e.Fields) > 0:
			l += " — " + lang.X("history.fields", "полета") + ": " + strings.Join(e.Fields, ", ")
		}
		if e.Reason != "" {
			l += " — " + lang.X("history.reason", "причина") + ": " + e.Reason
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}
