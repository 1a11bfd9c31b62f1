package expenses

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

// SEAM for the merge with the shell's kit (issues #14, #17): kit.AskReason and kit.ShowHistory
// are the shell engineer's and were not on main when this was written. At the merge set
// askReason = kit.AskReason and showHistory = kit.ShowHistory and delete the stand-ins below.

// askReason asks, in a dialog titled title, for a required reason, then calls then with it;
// Enter confirms (not with an empty reason), Esc cancels.
var askReason = func(win fyne.Window, title string, then func(reason string)) {
	entry := widget.NewEntry()
	entry.SetPlaceHolder(lang.X("expenses.reason", "причина"))
	var d *dialog.CustomDialog
	confirm := func() {
		if r := strings.TrimSpace(entry.Text); r != "" {
			d.Hide()
			then(r)
		}
	}
	entry.OnSubmitted = func(string) { confirm() }
	ok := widget.NewButton(lang.X("expenses.remove.confirm", "Изтрий"), confirm)
	ok.Importance = widget.DangerImportance
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(entry), win)
	d.SetButtons([]fyne.CanvasObject{ok, widget.NewButton(lang.X("dialog.cancel", "Отказ"), func() { d.Hide() })})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(win, d, confirm, d.Hide)
	d.Show()
}

// showHistory shows the change log of one record: the stand-in says only which record.
var showHistory = func(env *kit.Env, ref model.Ref) {
	kit.ShowInformation(env.Window, lang.X("expenses.history", "История"), kit.KindNames[ref.Kind].String()+" "+string(ref.ID))
}

// ownCommit shows the screen's own commit (a save, a removal) at once. SEAM: the shell's wiring
// of kit.Watcher (branch shell, ui/live.go: every commit told through Changed) was not on main
// when this was written; once it is, delete ownCommit and its calls — the commit would then be
// shown twice (harmless, but twice the checks).
func (s *expensesScreen) ownCommit() { s.Changed(store.Change{AllYears: true}) }
