package hours

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// SEAM (issue #14/#17): kit.AskReason and kit.ShowHistory are the shell engineer's (CONTRACT.md)
// and were not on main when this was written. These stand in with the same signatures; at the
// merge the lead replaces this file by
//
//	var askReason = kit.AskReason
//	var showHistory = kit.ShowHistory
var (
	askReason   = standInAskReason
	showHistory = standInShowHistory
)

// standInAskReason asks a required reason; Enter confirms, Esc cancels.
func standInAskReason(win fyne.Window, title string, then func(reason string)) {
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
	ok := widget.NewButtonWithIcon(lang.X("reason.confirm", "Потвърди"), theme.ConfirmIcon(), confirm)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(entry, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(win, d, confirm, d.Hide)
	d.Show()
	win.Canvas().Focus(entry)
}

// standInShowHistory lists the record's change-log entries, newest first.
func standInShowHistory(env *kit.Env, ref model.Ref) {
	es, err := env.DB.History(ref.Kind, ref.ID)
	if err != nil {
		env.ShowError(err)
		return
	}
	var lines []string
	for i := len(es) - 1; i >= 0; i-- {
		e := es[i]
		line := e.Time.Local().Format("02.01.2006 15:04") + " · " + e.Account + " · " + string(e.Action)
		if len(e.Fields) > 0 {
			line += " · " + strings.Join(e.Fields, ", ")
		}
		if e.Reason != "" {
			line += " · " + e.Reason
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = []string{lang.X("history.none", "Няма записи в дневника на промените за този запис.")}
	}
	kit.ShowInformation(env.Window, lang.X("history.title", "История"), strings.Join(lines, "\n"))
}
