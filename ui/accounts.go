package ui

import (
	"strings"

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

// The accounts of the file (issue #14: „the first run creates the director's account; the
// director adds the others“), Файл → Профили…: the list, and for a director adding an account
// with its passphrase, disabling one, changing its role and giving it a new passphrase. Every
// change is the store's (store/account.go, account_passphrase.go) — the same calls as `tchas
// account` — so the roles' checks, the key slots and the change log are one transaction there;
// the dialog only asks. Other roles see the list and change nothing: the store refuses them too.

// accountsDialog is the open list of accounts.
type accountsDialog struct {
	m       *Main
	db      *store.DB
	all     []model.Account
	sel     int
	list    *widget.List
	acts    []*widget.Button // the director's: off for others, the selection's off with none
	add     *widget.Button
	manager bool
	busy    bool // a change runs away from the window
}

// showAccounts shows the list (Файл → Профили…).
func (m *Main) showAccounts() {
	if m.env == nil {
		return
	}
	a := &accountsDialog{m: m, db: m.env.DB, sel: -1, manager: m.env.DB.Actor().Role == model.AccountDirector}
	if err := a.reload(); err != nil {
		kit.ShowError(m.win, err)
		return
	}
	a.show()
}

// reload reads the accounts again after a change.
func (a *accountsDialog) reload() error {
	all, err := a.db.Accounts()
	if err != nil {
		return err
	}
	a.all = all
	if a.sel >= len(all) {
		a.sel = -1
	}
	if a.list != nil {
		a.list.Refresh()
	}
	a.enable()
	return nil
}

// accountRow is one line of the list: the name, the role, the special categories, disabled.
func accountRow(a model.Account) string {
	parts := []string{a.Name, kit.RoleText(a.Role)}
	if a.SeesSpecial() {
		parts = append(parts, lang.X("accounts.row.special", "вижда специалните категории"))
	}
	if a.Disabled {
		parts = append(parts, lang.X("accounts.row.disabled", "спрян"))
	}
	return strings.Join(parts, " · ")
}

func (a *accountsDialog) show() {
	a.list = widget.NewList(func() int { return len(a.all) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(accountRow(a.all[i])) })
	a.list.OnSelected = func(i widget.ListItemID) { a.sel = i; a.enable() }
	a.add = widget.NewButtonWithIcon(lang.X("accounts.add", "Добави профил…"), theme.ContentAddIcon(), a.askAdd)
	a.acts = []*widget.Button{
		widget.NewButtonWithIcon(lang.X("accounts.disable", "Спри профила"), theme.CancelIcon(), a.askDisableOrEnable),
		widget.NewButtonWithIcon(lang.X("accounts.role.change", "Смени ролята…"), theme.DocumentCreateIcon(), a.askRole),
		widget.NewButtonWithIcon(lang.X("accounts.passphrase", "Нова парола…"), theme.LoginIcon(), a.askPassphrase),
	}
	a.enable()
	text := lang.X("accounts.text", "Профилите на този файл. Директорът добавя и спира профилите, сменя ролите им и дава нова парола на профил, който е забравил своята.")
	if !a.manager {
		text = lang.X("accounts.readonly", "Профилите на този файл. Само директорът ги добавя и променя: профилът „{{.Name}}“ ({{.Role}}) ги вижда само за четене.",
			map[string]any{"Name": a.db.Actor().Name, "Role": kit.RoleText(a.db.Actor().Role)})
	}
	bar := container.NewHBox(a.add, a.acts[0], a.acts[1], a.acts[2])
	body := container.NewBorder(kit.Wrapped(text), bar, nil, nil, a.list)
	d := dialog.NewCustom(lang.X("accounts.title", "Профили"), lang.X("accounts.close", "Затвори"), body, a.m.win)
	d.Resize(fyne.NewSize(720, 420))
	kit.DialogKeys(a.m.win, d, nil, d.Hide)
	d.Show()
	a.m.win.Canvas().Focus(a.list)
}

// enable turns the buttons on for a director, the selection's once one is picked.
func (a *accountsDialog) enable() {
	if a.add == nil {
		return
	}
	setEnabled(a.add, a.manager)
	for _, b := range a.acts {
		setEnabled(b, a.manager && a.sel >= 0)
	}
	// A disabled account is let in again, with a new passphrase: disabling took its key slot.
	if acc, ok := a.selected(); ok && acc.Disabled {
		a.acts[0].SetText(lang.X("accounts.enable", "Пусни профила…"))
	} else {
		a.acts[0].SetText(lang.X("accounts.disable", "Спри профила"))
	}
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// selected is the account picked in the list.
func (a *accountsDialog) selected() (model.Account, bool) {
	if a.sel < 0 || a.sel >= len(a.all) {
		return model.Account{}, false
	}
	return a.all[a.sel], true
}

// done ends a change: the error in the store's words, or the list read again and — when the
// change replaced the recovery key (a special-categories key rotated, store's revokeSpecial) —
// the new key shown once, to be printed and kept in the school's safe.
func (a *accountsDialog) done(err error, recoveryBefore string) bool {
	if err != nil {
		kit.ShowError(a.m.win, err)
		return false
	}
	if rk := a.db.RecoveryKey(); rk != "" && rk != recoveryBefore {
		showRecoveryKey(a.m.win, rk)
	}
	if err := a.reload(); err != nil {
		kit.ShowError(a.m.win, err)
	}
	return true
}

// askDisableOrEnable asks before disabling the selected account: it can no longer unlock the file, its
// key slot goes and, when it held the special-categories key, that key is replaced. Enter does
// not confirm (kit.ShowConfirm): it cannot be undone from here.
func (a *accountsDialog) askDisableOrEnable() {
	acc, ok := a.selected()
	if !ok {
		return
	}
	if acc.Disabled {
		a.askEnable(acc)
		return
	}
	if acc.Name == a.db.Actor().Name {
		kit.ShowInformation(a.m.win, lang.X("accounts.disable", "Спри профила"),
			lang.X("accounts.disable.self", "Не можете да спрете профила, с който работите: влезте с друг профил на директор."))
		return
	}
	kit.ShowConfirm(a.m.win, lang.X("accounts.disable", "Спри профила"),
		lang.X("accounts.disable.ask", "Да спра ли профила „{{.Name}}“? Той вече няма да отваря файла; остава в дневника на промените.", map[string]any{"Name": acc.Name}),
		false, func(yes bool) {
			if yes {
				rk := a.db.RecoveryKey()
				a.done(a.db.DisableAccount(acc.Name), rk)
			}
		})
}
