package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// leave runs next once the current screen holds nothing unsaved. With unsaved input it asks
// „Запазване на промените?“: Запази saves and goes on (a failed save stays, showing why),
// Откажи промените drops the input and goes on, Остани runs stay. Unsaved input is never lost
// without the user's word.
func (m *Main) leave(next, stay func()) {
	ed, ok := m.screen().(kit.Editor)
	if !ok || !ed.Dirty() {
		next()
		return
	}
	var d *dialog.CustomDialog
	choose := func(f func()) func() {
		return func() {
			d.Hide()
			f()
		}
	}
	save := widget.NewButtonWithIcon(lang.X("ask.save", "Запази"), theme.DocumentSaveIcon(), choose(func() {
		if err := ed.Save(); err != nil {
			kit.ShowError(m.win, err)
			stay()
			return
		}
		next()
	}))
	save.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon(lang.X("ask.discard", "Откажи промените"), theme.DeleteIcon(), choose(func() {
		ed.Refresh()
		next()
	}))
	remain := widget.NewButtonWithIcon(lang.X("ask.stay", "Остани"), theme.CancelIcon(), choose(stay))

	text := widget.NewLabel(lang.X("ask.text", "В раздел „{{.Section}}“ има въведени данни, които не са запазени.",
		map[string]any{"Section": sections[m.current].title.String()}))
	text.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons(lang.X("ask.title", "Запазване на промените?"), text, m.win)
	d.SetButtons([]fyne.CanvasObject{save, discard, remain})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}
