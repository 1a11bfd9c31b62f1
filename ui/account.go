package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Switching the account without closing the application (issue #14): the user picks another
// account of the file and types its passphrase; once the store says it opens that account's key
// slot (CheckPassphrase, the file stays open meanwhile), the window asks about unsaved input and
// opens the file again as that account — its own keys (an accountant holds no special-categories
// key) and its own rights, every screen built anew.

// actorText is the acting account as the status line names it.
func actorText(a model.Account) string {
	return lang.X("status.account", "Профил: {{.Name}} ({{.Role}})", map[string]any{"Name": a.Name, "Role": kit.RoleText(a.Role)})
}

// askSwitchAccount shows the dialog of the switch (Файл → Смяна на профила…).
func (m *Main) askSwitchAccount() {
	if m.env == nil {
		return
	}
	db := m.env.DB
	all, err := db.Accounts()
	if err != nil {
		kit.ShowError(m.win, err)
		return
	}
	me := db.Actor().Name
	var names []string
	for _, a := range all {
		if !a.Disabled && a.Name != me {
			names = append(names, a.Name)
		}
	}
	title := lang.X("account.switch.title", "Смяна на профила")
	if len(names) == 0 {
		kit.ShowInformation(m.win, title, lang.X("account.switch.none", "Във файла няма друг профил: директорът добавя профилите (tchas account add)."))
		return
	}
	pick := widget.NewSelect(names, nil)
	pick.SetSelectedIndex(0)
	pass := kit.NewDialogPasswordEntry()
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	busy := false
	submit := func() {
		if busy || pick.Selected == "" {
			return
		}
		name, p := pick.Selected, []byte(pass.Text)
		busy = true
		problem.SetText(lang.X("account.switch.checking", "Проверка на паролата…"))
		m.goWork(func() {
			err := db.CheckPassphrase(name, p)
			fyne.Do(func() {
				busy = false
				if err != nil {
					problem.SetText(errText(err))
					m.win.Canvas().Focus(pass)
					return
				}
				d.Hide()
				m.leave(func() { m.reopenAs(name, p) }, func() {})
			})
		})
	}
	cancel := func() { d.Hide() }
	pass.OnSubmitted = func(string) { submit() }
	pass.OnEscape = cancel
	ok := widget.NewButtonWithIcon(lang.X("account.switch.ok", "Смени профила"), theme.LoginIcon(), submit)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("account.switch.account", "Профил"), pick),
		widget.NewFormItem(lang.X("unlock.passphrase", "Парола"), pass))
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(
		kit.Wrapped(lang.X("account.switch.text", "Сега работи профил „{{.Name}}“. Изберете друг профил и въведете неговата парола.", map[string]any{"Name": me})),
		form, problem), m.win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(m.win, d, submit, cancel)
	d.Show()
	m.win.Canvas().Focus(pass)
}

// reopenAs opens the open file again as account with its passphrase, staying in the same section.
func (m *Main) reopenAs(account string, pass []byte) {
	if m.env == nil || m.opening {
		return
	}
	path, demo, cur, temp := m.env.DB.Path(), m.demo, m.current, m.tempDir
	m.tempDir = "" // the demo's folder stays: the same file opens again
	m.closeDB()    // bbolt's lock: the file must be closed before it opens again
	m.keepTemp(temp)
	m.openWith(path, demo, store.Options{Account: account, Passphrase: pass}, func() {
		if cur != 0 {
			m.show(cur)
		}
	})
}

// errText is what the user reads of err, in one line of a dialog.
func errText(err error) string {
	_, msg, _ := kit.DescribeError(err)
	return msg
}
