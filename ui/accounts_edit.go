package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// people are the persons of the shown school year, for a leader's account (чл. 52).
func (a *accountsDialog) people() []model.Person {
	d, err := kit.LoadShownYear(a.db, a.m.opt.Now())
	if err != nil || d == nil {
		return nil // a file without a year yet: a leader's account waits for its person
	}
	return d.People
}

// work runs change away from the window (a key slot costs one Argon2id) and ends it in the
// window: the list read again, the dialog hidden once the store took the change.
func (a *accountsDialog) work(hide func(), change func() error) {
	rk := a.db.RecoveryKey()
	if a.busy {
		return
	}
	a.busy = true
	a.m.goWork(func() {
		err := change()
		fyne.Do(func() {
			a.busy = false
			if a.done(err, rk) {
				hide()
			}
		})
	})
}

// askAdd adds an account: name, role, person, special flag and — in an encrypted file — its
// passphrase twice; store.DB.AddAccountWithKey puts the account and its key slot in one
// transaction, as `tchas account add` does.
func (a *accountsDialog) askAdd() {
	f := newAccountForm(a.db, a.people(), model.Account{Role: model.AccountAccountant})
	pp := newPassphrasePair()
	items, entries := f.items(true), []*kit.DialogEntry{f.name}
	if a.db.Encrypted() {
		items, entries = append(items, pp.items()...), append(entries, pp.first, pp.second)
	}
	text := lang.X("accounts.add.text", "Новият профил отваря файла със своята парола (поне {{.N}} знака) и прави само това, което ролята му позволява.",
		map[string]any{"N": minPassphrase})
	showAccountDialog(a.m, lang.X("accounts.add.title", "Нов профил"), text, lang.X("accounts.add.ok", "Добави"), items, entries, func(hide func()) {
		acc := f.account(model.Account{})
		var pass []byte
		if a.db.Encrypted() {
			p, ok := pp.value(a.m.win)
			if !ok {
				return
			}
			pass = p
		}
		a.work(hide, func() error { return a.db.AddAccountWithKey(acc, pass) })
	})
}

// askRole changes the selected account's role (or person, or special flag). A demotion takes the
// special-categories key from its slot and replaces it (store's revokeSpecial): done shows a new
// recovery key when it came with it. A promotion seals the key to the account's slot at once
// (store's grantSpecial, to the slot's public key): its next unlock holds it.
func (a *accountsDialog) askRole() {
	old, ok := a.selected()
	if !ok {
		return
	}
	if old.Name == a.db.Actor().Name {
		kit.ShowInformation(a.m.win, lang.X("accounts.role.change", "Смени ролята…"),
			lang.X("accounts.role.self", "Ролята на профила, с който работите, сменя друг профил на директор."))
		return
	}
	f := newAccountForm(a.db, a.people(), old)
	text := lang.X("accounts.role.text", "Профил „{{.Name}}“. Профил, който получава достъп до специалните категории данни, получава ключа им веднага, със същата си парола; профил, който го губи, го губи веднага и ключът се сменя за останалите.",
		map[string]any{"Name": old.Name})
	showAccountDialog(a.m, lang.X("accounts.role.title", "Роля на профила"), text, lang.X("accounts.role.ok", "Запази"), f.items(false), nil, func(hide func()) {
		next := f.account(old)
		a.work(hide, func() error { return a.db.Update(func(tx *store.Tx) error { return tx.PutAccount(next) }) })
	})
}

// askPassphrase gives the selected account a new passphrase without its old one — a director
// does it for an account that forgot its own (store.DB.SetPassphrase, `tchas account passphrase
// --name`). Its slot holds the special-categories key when the account may see them.
func (a *accountsDialog) askPassphrase() {
	acc, ok := a.selected()
	if !ok {
		return
	}
	pp := newPassphrasePair()
	text := lang.X("accounts.passphrase.text", "Нова парола за профила „{{.Name}}“ (поне {{.N}} знака), два пъти. Старата му парола вече няма да отваря файла.",
		map[string]any{"Name": acc.Name, "N": minPassphrase})
	showAccountDialog(a.m, lang.X("accounts.passphrase.title", "Нова парола на профил"), text, lang.X("passphrase.ok", "Смени паролата"),
		pp.items(), []*kit.DialogEntry{pp.first, pp.second}, func(hide func()) {
			p, ok := pp.value(a.m.win)
			if !ok {
				return
			}
			a.work(hide, func() error { return a.db.SetPassphrase(acc.Name, p) })
		})
}

// askEnable lets a disabled account in again. Disabling took its key slot (store.DB.
// DisableAccount), so it comes back with a new passphrase: the account and its slot in one
// transaction, as store.DB.AddAccountWithKey does for a new one.
func (a *accountsDialog) askEnable(acc model.Account) {
	pp := newPassphrasePair()
	items, entries := []*widget.FormItem(nil), []*kit.DialogEntry(nil)
	if a.db.Encrypted() {
		items, entries = pp.items(), []*kit.DialogEntry{pp.first, pp.second}
	}
	text := lang.X("accounts.enable.text", "Профилът „{{.Name}}“ ще отваря файла отново, с нова парола (поне {{.N}} знака): спирането му взе старата.",
		map[string]any{"Name": acc.Name, "N": minPassphrase})
	showAccountDialog(a.m, lang.X("accounts.enable", "Пусни профила…"), text, lang.X("accounts.enable.ok", "Пусни"), items, entries, func(hide func()) {
		var pass []byte
		if a.db.Encrypted() {
			p, ok := pp.value(a.m.win)
			if !ok {
				return
			}
			pass = p
		}
		acc.Disabled = false
		a.work(hide, func() error {
			return a.db.Update(func(tx *store.Tx) error {
				if err := tx.PutAccount(acc); err != nil || pass == nil {
					return err
				}
				return tx.SetAccountKey(acc.Name, pass, acc.SeesSpecial())
			})
		})
	})
}
