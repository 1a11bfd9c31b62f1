package ui

import (
	"errors"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// A passphrase change for the acting account (issue #13): the old passphrase (or the recovery
// key), the new one twice. The store re-wraps the file's keys in the account's slot with the new
// passphrase; the data is not re-encrypted, so it takes one Argon2id.

// changePassphrase gives the account that unlocked db the passphrase next: old must open its slot
// again (store.DB.ChangePassphrase). A file opened with the recovery key has no old passphrase at
// hand: the acting account's is set by name (store.DB.SetPassphrase) — in a file with no
// accounts yet, the acting user gets a slot of their own.
func changePassphrase(db *store.DB, old, next []byte) error {
	if !db.RecoverySession() {
		return db.ChangePassphrase(old, next)
	}
	a := db.Actor()
	err := db.SetPassphrase(a.Name, next)
	if errors.Is(err, store.ErrNoAccount) {
		return db.Update(func(tx *store.Tx) error { return tx.SetAccountKey(a.Name, next, a.SeesSpecial()) })
	}
	return err
}

// askChangePassphrase shows the dialog (Файл → Смяна на паролата…).
func (m *Main) askChangePassphrase() {
	if m.env == nil || !m.env.DB.Encrypted() {
		return
	}
	db := m.env.DB
	old, first, second := kit.NewDialogPasswordEntry(), kit.NewDialogPasswordEntry(), kit.NewDialogPasswordEntry()
	first.Validator = func(s string) error {
		if utf8.RuneCountInString(s) < minPassphrase {
			return errors.New(lang.X("unlock.short", "Поне {{.N}} знака", map[string]any{"N": minPassphrase}))
		}
		return nil
	}
	second.Validator = func(s string) error {
		if s != first.Text {
			return errors.New(lang.X("unlock.mismatch", "Двете пароли се различават"))
		}
		return nil
	}
	first.OnChanged = func(string) { _ = second.Validate() }
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	busy := false
	submit := func() {
		if busy {
			return
		}
		if first.Validate() != nil || second.Validate() != nil {
			problem.SetText(lang.X("passphrase.invalid", "Новата парола трябва да има поне {{.N}} знака и да е въведена два пъти еднакво.", map[string]any{"N": minPassphrase}))
			return
		}
		o, n := []byte(old.Text), []byte(first.Text)
		busy = true
		problem.SetText(lang.X("passphrase.working", "Смяна на паролата…"))
		m.goWork(func() {
			err := changePassphrase(db, o, n)
			fyne.Do(func() {
				busy = false
				if err != nil {
					problem.SetText(errText(err))
					return
				}
				d.Hide()
				kit.ShowInformation(m.win, lang.X("passphrase.title", "Смяна на паролата"),
					lang.X("passphrase.done", "Паролата на профила „{{.Name}}“ е сменена. От следващото отваряне на файла въвеждайте новата.", map[string]any{"Name": db.Actor().Name}))
			})
		})
	}
	cancel := func() { d.Hide() }
	for _, e := range []*kit.DialogEntry{old, first, second} {
		e.OnSubmitted = func(string) { submit() }
		e.OnEscape = cancel
	}
	text := lang.X("passphrase.text", "Профил „{{.Name}}“. Въведете сегашната парола (или ключа за възстановяване) и новата два пъти.",
		map[string]any{"Name": db.Actor().Name})
	if db.UnlockedWithRecoveryKey() {
		text = lang.X("passphrase.recovery", "Файлът е отворен с ключа за възстановяване: изберете нова парола за профила „{{.Name}}“. Като сегашна въведете ключа за възстановяване.",
			map[string]any{"Name": db.Actor().Name})
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.X("passphrase.old", "Сегашна парола"), old),
		widget.NewFormItem(lang.X("passphrase.new", "Нова парола"), first),
		widget.NewFormItem(lang.X("unlock.again", "Отново"), second))
	ok := widget.NewButtonWithIcon(lang.X("passphrase.ok", "Смени паролата"), theme.ConfirmIcon(), submit)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	d = dialog.NewCustomWithoutButtons(lang.X("passphrase.title", "Смяна на паролата"), container.NewVBox(kit.Wrapped(text), form, problem), m.win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(500, 0))
	kit.DialogKeys(m.win, d, submit, cancel)
	d.Show()
	m.win.Canvas().Focus(old)
}
