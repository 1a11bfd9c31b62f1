package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// maxIdleMinutes is the longest idle time the setting takes: a working day's half.
const maxIdleMinutes = 240

// parseIdleMinutes reads the minutes the user typed, 1 … maxIdleMinutes.
func parseIdleMinutes(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > maxIdleMinutes {
		return 0, errors.New(lang.X("idle.bad", "Цяло число минути от 1 до {{.Max}}", map[string]any{"Max": maxIdleMinutes}))
	}
	return n, nil
}

// askIdleMinutes sets the data file's idle time before the lock (Файл → Заключване при бездействие…).
func (m *Main) askIdleMinutes() {
	if m.env == nil {
		return
	}
	db := m.env.DB
	minutes := widget.NewEntry()
	minutes.SetText(strconv.Itoa(m.idleMinutes()))
	minutes.Validator = func(s string) error { _, err := parseIdleMinutes(s); return err }
	item := widget.NewFormItem(lang.X("idle.minutes", "Минути без действие"), minutes)
	item.HintText = lang.X("idle.hint", "След толкова минути без клавиш или мишка прозорецът се заключва и иска паролата отново.")
	var d *dialog.FormDialog
	d = dialog.NewForm(lang.X("idle.title", "Заключване при бездействие"), lang.X("dialog.ok", "Добре"), lang.X("dialog.cancel", "Отказ"),
		[]*widget.FormItem{item}, func(ok bool) {
			if !ok {
				return
			}
			n, err := parseIdleMinutes(minutes.Text)
			if err == nil {
				err = db.SetSetting(settingIdleLock, strconv.Itoa(n))
			}
			if err != nil {
				kit.ShowError(m.win, err)
			}
		}, m.win)
	minutes.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(440, 0))
	d.Show()
	m.win.Canvas().Focus(minutes)
}
