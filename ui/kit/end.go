package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// EndRequest is what AskEnd asks: the dialog's title, the text saying what ending keeps and what
// it changes, the label of the day's field, the day proposed and the confirming button's label.
type EndRequest struct {
	Title, Text, DayLabel, Confirm string
	Day                            model.Date
}

// AskEnd asks the last day of a record that is ended rather than deleted (issue #17: a paid
// person, a group), with the reason the change log keeps. end gets the day and the reason and
// does the ending; its error (the store's refusal: work after the day) is shown inside the dialog,
// which stays open so the user can choose another day. Both fields are required. Enter in either
// field (or on the dialog) ends, Esc and Отказ cancel.
func AskEnd(win fyne.Window, r EndRequest, end func(on model.Date, reason string) error) {
	var d *dialog.CustomDialog
	day := NewDialogEntry()
	day.SetPlaceHolder(DatePlaceholder())
	day.SetText(r.Day.String())
	reason := NewDialogEntry()
	reason.SetPlaceHolder(lang.X("reason.placeholder", "Причина"))
	problem := Wrapped("")
	problem.Importance = widget.DangerImportance
	confirm := func() {
		on, err := model.ParseDate(strings.TrimSpace(day.Text))
		if err != nil {
			problem.SetText(ErrorText(err))
			win.Canvas().Focus(day)
			return
		}
		why := strings.TrimSpace(reason.Text)
		if why == "" {
			problem.SetText(lang.X("reason.required", "Напишете причината: без нея действието не се извършва."))
			win.Canvas().Focus(reason)
			return
		}
		if err := end(on, why); err != nil {
			problem.SetText(ErrorText(err))
			return
		}
		d.Hide()
	}
	cancel := func() { d.Hide() }
	for _, e := range []*DialogEntry{day, reason} {
		e.OnSubmitted = func(string) { confirm() }
		e.OnEscape = cancel
		e.OnChanged = func(string) { problem.SetText("") }
	}
	ok := widget.NewButtonWithIcon(r.Confirm, theme.ConfirmIcon(), confirm)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	form := widget.NewForm(widget.NewFormItem(r.DayLabel, day),
		widget.NewFormItem(lang.X("reason.placeholder", "Причина"), reason))
	hint := Wrapped(lang.X("reason.hint", "Причината се пази в дневника на промените с името на профила и часа; не може да се промени после."))
	d = dialog.NewCustomWithoutButtons(r.Title, container.NewVBox(Wrapped(r.Text), form, hint, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(520, 0))
	DialogKeys(win, d, confirm, cancel)
	d.Show()
	win.Canvas().Focus(day)
}
