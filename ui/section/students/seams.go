package students

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Seams for the shell's kit.AskReason, kit.ShowHistory and kit.DialogEntry (CONTRACT, #14/#17):
// written on the shell's branch but not on main when this screen got its „Изтрий“ and „История“.
// At merge the lead replaces askReason's and showHistory's bodies with kit.AskReason(win, title,
// then) and kit.ShowHistory(env, ref), newEscEntry with kit.NewDialogEntry (OnEscape), and
// deletes the rest of this file: same names, same arguments, same texts (the tests read them).

// askReason asks why, in a dialog titled title: the reason is required; Потвърди and Enter give
// it to then, Отказ and Esc close the dialog.
func askReason(win fyne.Window, title string, then func(reason string)) {
	var d *dialog.CustomDialog
	entry := newEscEntry()
	entry.SetPlaceHolder(lang.X("reason.placeholder", "Причина"))
	problem := kit.Wrapped("")
	problem.Importance = widget.DangerImportance
	confirm := func() {
		reason := strings.TrimSpace(entry.Text)
		if reason == "" {
			problem.SetText(lang.X("reason.required", "Напишете причината: без нея действието не се извършва."))
			return
		}
		d.Hide()
		then(reason)
	}
	cancel := func() { d.Hide() }
	entry.OnSubmitted = func(string) { confirm() }
	entry.onEscape = cancel
	ok := widget.NewButtonWithIcon(lang.X("reason.confirm", "Потвърди"), theme.ConfirmIcon(), confirm)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	hint := kit.Wrapped(lang.X("reason.hint", "Причината се пази в дневника на промените с името на профила и часа; не може да се промени после."))
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(hint, entry, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(win, d, confirm, cancel)
	d.Show()
	win.Canvas().Focus(entry)
}

// showHistory shows the change-log entries of ref, oldest first.
func showHistory(env *kit.Env, ref model.Ref) {
	es, err := env.DB.History(ref.Kind, ref.ID)
	if err != nil {
		env.ShowError(err)
		return
	}
	lines := []string{lang.X("history.empty", "Дневникът на промените няма записи за този запис (промените отпреди дневника не са в него).")}
	if len(es) > 0 {
		lines = lines[:0]
	}
	for _, e := range es {
		line := e.Time.In(time.Local).Format("02.01.2006 15:04") + " · " + e.Account + " · " + string(e.Action)
		if e.Reason != "" {
			line += " · „" + e.Reason + "“"
		}
		lines = append(lines, line)
	}
	kit.ShowInformation(env.Window, lang.X("history.title", "История")+" — "+model.KindLabel(ref.Kind), strings.Join(lines, "\n"))
}

// escEntry is a one-line entry of a dialog that answers Esc, which a focused widget.Entry keeps.
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry() *escEntry {
	e := &escEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey runs onEscape on Esc and passes every other key to the entry.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
