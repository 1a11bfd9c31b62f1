package ui_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// dialogEntries are the dialogs' entries, in layout order.
func dialogEntries(h *uitest.Harness) []*kit.DialogEntry {
	var es []*kit.DialogEntry
	h.Dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.DialogEntry); ok {
			es = append(es, e)
		}
	})
	return es
}

// dialogButton is the button labelled text in the dialogs.
func dialogButton(t *testing.T, h *uitest.Harness, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	h.Dialogs(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in the dialogs (%q)", text, h.DialogText())
	}
	return found
}

// openAccounts opens Файл → Профили… and returns its list.
func openAccounts(t *testing.T, h *uitest.Harness) *widget.List {
	t.Helper()
	h.MenuItem("Файл", "Профили…").Action()
	ls := h.DialogLists()
	if len(ls) != 1 {
		t.Fatalf("the accounts dialog shows %d lists, want 1 (%q)", len(ls), h.DialogText())
	}
	return ls[0]
}

// selectAccount selects name in the list of accounts (ordered by name, store.DB.Accounts).
func selectAccount(t *testing.T, db *store.DB, l *widget.List, name string) {
	t.Helper()
	as, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(as, func(a model.Account) bool { return a.Name == name })
	if i < 0 {
		t.Fatalf("no account %q", name)
	}
	l.Select(i)
}

// addAccount fills „Добави профил…“ with name and the two passphrases (the role stays the
// default, счетоводител) and presses Enter in the last entry.
func addAccount(t *testing.T, h *uitest.Harness, name, pass, again string) {
	t.Helper()
	h.Tap("Добави профил…")
	es := dialogEntries(h)
	if len(es) != 3 {
		t.Fatalf("the add dialog has %d entries, want name and the passphrase twice", len(es))
	}
	for i, s := range []string{name, pass, again} {
		test.Type(es[i], s)
	}
	es[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// The director adds an accountant with its passphrase: the new account unlocks its own slot
// with it, and the list shows it with its role in Bulgarian.
func TestAccounts_DirectorAddsAnAccountantThatUnlocks(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	openAccounts(t, h)
	const pass = "парола на касиера"
	addAccount(t, h, "Касиер", pass, pass)
	if err := db.CheckPassphrase("Касиер", []byte(pass)); err != nil {
		t.Fatalf("the added account does not unlock with its passphrase: %v (dialogs: %q)", err, h.DialogText())
	}
	as, _ := db.Accounts()
	i := slices.IndexFunc(as, func(a model.Account) bool { return a.Name == "Касиер" })
	if i < 0 || as[i].Role != model.AccountAccountant || as[i].SeesSpecial() {
		t.Fatalf("the accounts after the add: %+v", as)
	}
	shown := false
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == "Касиер · счетоводител" {
			shown = true
		}
	})
	if !shown {
		t.Fatalf("the list does not show „Касиер · счетоводител“: %q", h.DialogText())
	}
}

// A passphrase shorter than the store's minimum is refused with the store's message, and no
// account is added without its key slot; two different passphrases are refused before the store.
func TestAccounts_ShortPassphraseRefusedWithTheMessage(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	openAccounts(t, h)
	addAccount(t, h, "Касиер", "кратка", "кратка")
	if d := h.DialogText(); !strings.Contains(d, "трябва да има поне 8 знака") {
		t.Fatalf("a 6-letter passphrase: the dialogs say %q", d)
	}
	typeOnWindow(h, fyne.KeyReturn) // closes the error; the add dialog stays with its input
	es := dialogEntries(h)
	if len(es) != 3 || es[0].Text != "Касиер" {
		t.Fatal("the error closed the add dialog or lost its input")
	}
	es[1].SetText("дълга парола едно")
	es[2].SetText("дълга парола две")
	es[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.DialogText(); !strings.Contains(d, "Двете пароли се различават") {
		t.Fatalf("two different passphrases: the dialogs say %q", d)
	}
	as, _ := db.Accounts()
	if slices.ContainsFunc(as, func(a model.Account) bool { return a.Name == "Касиер" }) {
		t.Fatal("a refused passphrase still added the account")
	}
}

// typeOnWindow presses key on the window (where kit.DialogKeys listens).
func typeOnWindow(h *uitest.Harness, key fyne.KeyName) {
	if f := h.Win.Canvas().OnTypedKey(); f != nil {
		f(&fyne.KeyEvent{Name: key})
	}
}

// An accountant sees the accounts read-only: its buttons are off, and the store refuses its add
// all the same (the role's check is the store's, not the button's).
func TestAccounts_NonDirectorCannotAdd(t *testing.T) {
	now := uitest.Today()
	_, setup := encryptedHarness(t, &now)
	path := setup.Path()
	if err := setup.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path, store.Options{Now: uitest.Today, Account: "Счетоводител", Passphrase: []byte(accountantPass)})
	if err != nil {
		t.Fatal(err)
	}
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: path}
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true})
	l := openAccounts(t, h)
	if d := h.DialogText(); !strings.Contains(d, "само за четене") {
		t.Fatalf("the accountant's dialog does not say it is read-only: %q", d)
	}
	selectAccount(t, db, l, "Директор")
	for _, b := range []string{"Добави профил…", "Спри профила", "Смени ролята…", "Нова парола…"} {
		if !dialogButton(t, h, b).Disabled() {
			t.Errorf("the accountant can press „%s“", b)
		}
	}
	err = db.AddAccountWithKey(model.Account{Name: "Касиер", Role: model.AccountAccountant}, []byte("парола на касиера"))
	if !strings.Contains(errTextOf(err), "добавя и променя директорът") {
		t.Fatalf("the store lets the accountant add an account: %v", err)
	}
}

func errTextOf(err error) string {
	if err == nil {
		return ""
	}
	_, msg, _ := kit.DescribeError(err)
	return msg
}

// Disabling asks first: „Не“ changes nothing; „Да“ disables the account, whose passphrase no
// longer unlocks the file, and the list says so; „Пусни профила…“ lets it in with a new one.
func TestAccounts_DisableAsksThenTheAccountCannotUnlock(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	l := openAccounts(t, h)
	selectAccount(t, db, l, "Счетоводител")
	h.Tap("Спри профила")
	if d := h.DialogText(); !strings.Contains(d, "Да спра ли профила „Счетоводител“") {
		t.Fatalf("disabling does not ask: %q", d)
	}
	h.Tap("Не")
	if err := db.CheckPassphrase("Счетоводител", []byte(accountantPass)); err != nil {
		t.Fatalf("„Не“ disabled the account: %v", err)
	}
	h.Tap("Спри профила")
	h.Tap("Да")
	if err := db.CheckPassphrase("Счетоводител", []byte(accountantPass)); err == nil {
		t.Fatal("the disabled account still unlocks the file")
	}
	if !strings.Contains(h.DialogText(), "Счетоводител · счетоводител · спрян") {
		t.Fatalf("the list does not show the account disabled: %q", h.DialogText())
	}
	// Let in again: with a new passphrase, as disabling took the old one's slot.
	h.Tap("Пусни профила…")
	es := dialogEntries(h)
	if len(es) != 2 {
		t.Fatalf("enabling asks %d entries, want the new passphrase twice", len(es))
	}
	const next = "нова парола след спирането"
	test.Type(es[0], next)
	test.Type(es[1], next)
	es[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if err := db.CheckPassphrase("Счетоводител", []byte(next)); err != nil {
		t.Fatalf("the account let in again does not unlock with its new passphrase: %v (%q)", err, h.DialogText())
	}
	if strings.Contains(h.DialogText(), "спрян") {
		t.Fatalf("the list still shows the account disabled: %q", h.DialogText())
	}
}

// The director gives another account a new passphrase without its old one; the old one no
// longer opens that account's slot. The role change then demotes nobody below the last director.
func TestAccounts_NewPassphraseForAnotherAccount(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	l := openAccounts(t, h)
	selectAccount(t, db, l, "Счетоводител")
	h.Tap("Нова парола…")
	es := dialogEntries(h)
	if len(es) != 2 {
		t.Fatalf("the dialog has %d entries, want the passphrase twice", len(es))
	}
	const next = "нова парола на счетоводителя"
	test.Type(es[0], next)
	test.Type(es[1], next)
	typeOnWindow(h, fyne.KeyReturn)
	if err := db.CheckPassphrase("Счетоводител", []byte(next)); err != nil {
		t.Fatalf("the new passphrase does not unlock: %v (%q)", err, h.DialogText())
	}
	if err := db.CheckPassphrase("Счетоводител", []byte(accountantPass)); err == nil {
		t.Fatal("the old passphrase still unlocks")
	}
	if len(dialogEntries(h)) != 0 {
		t.Fatal("the passphrase dialog stays open after the change")
	}
}

// dialogSelect is the drop-down in the dialogs that shows selected.
func dialogSelect(t *testing.T, h *uitest.Harness, selected string) *widget.Select {
	t.Helper()
	var found *widget.Select
	h.Dialogs(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.Selected == selected {
			found = s
		}
	})
	if found == nil {
		t.Fatalf("no drop-down showing %q in the dialogs", selected)
	}
	return found
}

// The director changes another account's role: a leader without the person whose groups it keeps
// is refused with the model's message (чл. 52), and nothing changes; an inspector is saved.
func TestAccounts_ChangeRole(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	l := openAccounts(t, h)
	selectAccount(t, db, l, "Счетоводител")
	h.Tap("Смени ролята…")
	role := dialogSelect(t, h, "счетоводител")
	role.SetSelected("ръководител на група")
	typeOnWindow(h, fyne.KeyReturn)
	if d := h.DialogText(); !strings.Contains(d, "чиито групи води профилът (чл. 52)") {
		t.Fatalf("a leader without a person: the dialogs say %q", d)
	}
	typeOnWindow(h, fyne.KeyReturn) // closes the error
	role.SetSelected("проверител (РУО, председател на съвета)")
	typeOnWindow(h, fyne.KeyReturn)
	as, _ := db.Accounts()
	i := slices.IndexFunc(as, func(a model.Account) bool { return a.Name == "Счетоводител" })
	if as[i].Role != model.AccountInspector {
		t.Fatalf("after the change the role is %q (%q)", as[i].Role, h.DialogText())
	}
	if !strings.Contains(h.DialogText(), "Счетоводител · проверител (РУО, председател на съвета)") {
		t.Fatalf("the list does not show the new role: %q", h.DialogText())
	}
}
