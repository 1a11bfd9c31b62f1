package ui

import (
	"slices"

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

// accountForm is the fields of one account in the dialogs „Добави профил…“ and „Смени ролята…“:
// the name (fixed when the account exists), the role from model.AccountRoles, for a leader the
// Person whose groups the account keeps (чл. 52), and the special-categories flag where the role
// reads the records that hold them.
type accountForm struct {
	name    *kit.DialogEntry
	role    *widget.Select
	person  *widget.Select
	special *widget.Check
	people  []model.Person
	canGive bool // the acting account holds the special-categories key to give
}

// newAccountForm builds the fields, filled from a (a new account: the accountant's role).
func newAccountForm(db *store.DB, people []model.Person, a model.Account) *accountForm {
	f := &accountForm{name: kit.NewDialogEntry(), people: people, canGive: db.HasSpecial()}
	f.name.SetText(a.Name)
	var roles, names []string
	for _, r := range model.AccountRoles {
		roles = append(roles, kit.RoleText(r))
	}
	for _, p := range people {
		names = append(names, p.Name.String())
	}
	f.person = widget.NewSelect(names, nil)
	if i := slices.IndexFunc(people, func(p model.Person) bool { return p.ID == a.PersonID }); i >= 0 {
		f.person.SetSelectedIndex(i)
	}
	f.special = widget.NewCheck(lang.X("accounts.special", "вижда специалните категории данни (отговорите по ЕСФ, нуждите по чл. 57, ал. 2)"), nil)
	f.special.SetChecked(a.Special)
	f.role = widget.NewSelect(roles, func(string) { f.roleChanged() })
	f.role.SetSelectedIndex(max(0, slices.Index(model.AccountRoles, a.Role)))
	return f
}

// selectedRole is the role picked.
func (f *accountForm) selectedRole() model.AccountRole {
	if i := f.role.SelectedIndex(); i >= 0 {
		return model.AccountRoles[i]
	}
	return ""
}

// roleChanged enables the fields the role uses: the person for a leader; the special flag for a
// role that reads students or applications (where the special part is, model.HasSpecial) and does
// not hold the key by itself — a director always holds it.
func (f *accountForm) roleChanged() {
	r := f.selectedRole()
	if r == model.AccountLeader {
		f.person.Enable()
	} else {
		f.person.ClearSelected()
		f.person.Disable()
	}
	allows := r.CanRead(model.KindStudent) || r.CanRead(model.KindApplication)
	switch {
	case r.SeesSpecial():
		f.special.SetChecked(true)
		f.special.Disable()
	case !allows || !f.canGive:
		f.special.SetChecked(false)
		f.special.Disable()
	default:
		f.special.Enable()
	}
}

// account is the account the fields describe; model.Account.Validate and the store check it.
func (f *accountForm) account(old model.Account) model.Account {
	a := old
	a.Name, a.Role = f.name.Text, f.selectedRole()
	a.Special = f.special.Checked && !a.Role.SeesSpecial()
	// A leader keeps its person when none is picked: it may be of a year other than the shown one.
	if i := f.person.SelectedIndex(); a.Role != model.AccountLeader {
		a.PersonID = ""
	} else if i >= 0 {
		a.PersonID = f.people[i].ID
	}
	return a
}

// items are the form's rows; the name's only for a new account.
func (f *accountForm) items(withName bool) []*widget.FormItem {
	var out []*widget.FormItem
	if withName {
		out = append(out, widget.NewFormItem(lang.X("accounts.name", "Име на профила"), f.name))
	}
	return append(out,
		widget.NewFormItem(lang.X("accounts.role", "Роля"), f.role),
		widget.NewFormItem(lang.X("accounts.person", "Ръководител (чл. 52)"), f.person),
		widget.NewFormItem("", f.special))
}

// passphrasePair is a new passphrase typed twice.
type passphrasePair struct{ first, second *kit.DialogEntry }

func newPassphrasePair() passphrasePair {
	return passphrasePair{kit.NewDialogPasswordEntry(), kit.NewDialogPasswordEntry()}
}

// value is the passphrase; false, after telling the user, when the two differ. Its length is
// the store's to check (store.DB.SetAccountKey): its message says the minimum.
func (p passphrasePair) value(win fyne.Window) ([]byte, bool) {
	if p.first.Text != p.second.Text {
		kit.ShowInformation(win, lang.X("passphrase.new", "Нова парола"), lang.X("unlock.mismatch", "Двете пароли се различават"))
		return nil, false
	}
	return []byte(p.first.Text), true
}

func (p passphrasePair) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(lang.X("passphrase.new", "Нова парола"), p.first),
		widget.NewFormItem(lang.X("unlock.again", "Отново"), p.second)}
}

// showAccountDialog shows a dialog of the accounts: text, rows, the button ok; Enter (in any of
// entries, or on the window) runs submit, which calls hide once the change is made (an Argon2id
// may run away from the window first); Esc closes.
func showAccountDialog(m *Main, title, text, ok string, items []*widget.FormItem, entries []*kit.DialogEntry, submit func(hide func())) {
	var d *dialog.CustomDialog
	cancel := func() { d.Hide() }
	run := func() { submit(cancel) }
	for _, e := range entries {
		e.OnSubmitted = func(string) { run() }
		e.OnEscape = cancel
	}
	yes := widget.NewButtonWithIcon(ok, theme.ConfirmIcon(), run)
	yes.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(kit.Wrapped(text), widget.NewForm(items...)), m.win)
	d.SetButtons([]fyne.CanvasObject{yes, no})
	d.Resize(fyne.NewSize(520, 0))
	kit.DialogKeys(m.win, d, run, cancel)
	d.Show()
	if len(entries) > 0 {
		m.win.Canvas().Focus(entries[0])
	}
}
