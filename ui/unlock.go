package ui

import (
	"errors"
	"os"
	"path/filepath"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// The data file is encrypted (issue #13): before it opens, the application asks for its
// passphrase — or, for a file still in clear, for a new one (typed twice), encrypts the file
// with it and shows the recovery key once. TCHAS_PASSPHRASE, when set, is tried first (the demo:
// make run DEMO=1); the demo's public passphrase is shown in the window's title.

// minPassphrase is the store's shortest passphrase (store.SetAccountKey), in letters.
const minPassphrase = 8

// RunUnlocked is Run for the application: the files it opens are unlocked first.
func RunUnlocked(a fyne.App, path string) { RunUnlockedWith(a, path, "") }

// RunUnlockedWith is RunUnlocked that then checks the package at receive on Експорт
// (tvoyatchas --receive FILE; "" for none).
func RunUnlockedWith(a fyne.App, path, receive string) {
	w := a.NewWindow("")
	w.Resize(windowSize(a.Preferences())) // as Run: inside a 1366×768 laptop at 125 % (issue #17)
	var m *Main
	start := path
	if start == "" {
		start, _ = DefaultPath()
	}
	m = New(a, w, Options{Open: func(p string) (*store.DB, error) { return openUnlocked(m, p, envPassphraseFor(p, start)) }, Receive: receive,
		InitEmpty: func(p string) (*store.DB, error) { return initUnlocked(m, p) }, Reminders: true})
	openWhenShown(m, path) // the window first, the file after (startup.go)
	w.ShowAndRun()
}

// envPassphraseFor is TCHAS_PASSPHRASE when path is the file the application was started with
// (--db, or the default file), else "": the variable unlocks the file it was set for (a script,
// make run DEMO=1), not every file opened later in the session (issue #13).
func envPassphraseFor(path, start string) string {
	if start == "" || !samePath(path, start) {
		return ""
	}
	return os.Getenv(store.EnvPassphrase)
}

// errNoPassphrase is an open the user cancelled at the passphrase: the window says nothing of it
// (Main.opened), as of any dialog cancelled.
var errNoPassphrase = errors.New("open: no passphrase given")

// openUnlocked opens path as Options.Open does, unlocking it — with env first when it is set;
// it runs away from the window (Main.goWork) and waits there for the user's answers.
func openUnlocked(m *Main, path, env string) (*store.DB, error) {
	opts := store.Options{Now: m.opt.Now, Progress: m.verifying(path)}
	var wrong error
	if env != "" {
		opts.Passphrase = []byte(env)
		db, err := store.Open(path, opts)
		if !errors.Is(err, store.ErrWrongPassphrase) {
			return unlocked(m, db, err, env == store.DemoPassphrase)
		}
		wrong = err
	}
	enc, err := store.IsEncrypted(path)
	_, statErr := os.Stat(path)
	if err != nil || !enc && statErr == nil && !hasData(path) {
		opts.Passphrase = nil
		return store.Open(path, opts) // its own error, or an empty file the window offers to set up
	}
	// A missing file is a new school's: it is encrypted from its first byte.
	for {
		pass, ok := m.askPassphrase(path, !enc, wrong)
		if !ok {
			return nil, errNoPassphrase
		}
		opts.Passphrase = pass
		db, err := store.Open(path, opts)
		if !errors.Is(err, store.ErrWrongPassphrase) {
			return unlocked(m, db, err, string(pass) == store.DemoPassphrase)
		}
		wrong = err
	}
}

// hasData reports whether path is a file with something in it.
func hasData(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Size() > 0
}

// unlocked shows what the user must see of a file just unlocked: the recovery key of a file
// encrypted now, the demo's passphrase (demo: the file opened with it) in the title.
func unlocked(m *Main, db *store.DB, err error, demo bool) (*store.DB, error) {
	if err != nil {
		return nil, err
	}
	rk := db.RecoveryKey()
	fyne.Do(func() {
		m.pendingDemo = demo // shown once the file is attached (opened)
		if rk != "" {
			showRecoveryKey(m.win, rk)
		}
	})
	return db, nil
}

// askPassphrase asks for the passphrase of path — a new one, typed twice, with set — from a
// goroutine away from the window; ok is false when the user cancels. It is waitPassphrase, or
// the prompt a test put in its place (Main.promptPassphrase), which shows the same dialog.
func (m *Main) askPassphrase(path string, set bool, wrong error) ([]byte, bool) {
	if m.promptPassphrase != nil {
		return m.promptPassphrase(path, set, wrong)
	}
	return waitPassphrase(m.win, path, set, wrong)
}

// waitPassphrase shows the passphrase dialog from a goroutine away from the window and waits for
// the answer; ok is false when the user cancels.
func waitPassphrase(win fyne.Window, path string, set bool, wrong error) ([]byte, bool) {
	type answer struct {
		pass []byte
		ok   bool
	}
	ch := make(chan answer, 1)
	fyne.Do(func() {
		passphraseDialog(win, filepath.Base(path), set, wrong, func(p []byte, ok bool) { ch <- answer{p, ok} }).Show()
	})
	a := <-ch
	return a.pass, a.ok
}

// passphraseDialog asks for the passphrase of the file name — or, with set, for a new one typed
// twice. Enter submits; the button stays off until the entries are valid.
func passphraseDialog(win fyne.Window, name string, set bool, wrong error, done func(pass []byte, ok bool)) *dialog.FormDialog {
	first := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.X("unlock.passphrase", "Парола"), first)}
	title := lang.X("unlock.title", "Парола за „{{.Name}}“", map[string]any{"Name": name})
	text := lang.X("unlock.text", "Файлът с данните е шифриран. Въведете паролата си или ключа за възстановяване.")
	var second *widget.Entry
	if set {
		title = lang.X("unlock.set.title", "Нова парола за „{{.Name}}“", map[string]any{"Name": name})
		text = lang.X("unlock.set.text", "Данните на учениците ще бъдат шифрирани. Изберете парола от поне {{.N}} знака и я въведете два пъти; след това ще видите ключа за възстановяване.",
			map[string]any{"N": minPassphrase})
		first.Validator = func(s string) error {
			if utf8.RuneCountInString(s) < minPassphrase {
				return errors.New(lang.X("unlock.short", "Поне {{.N}} знака", map[string]any{"N": minPassphrase}))
			}
			return nil
		}
		second = widget.NewPasswordEntry()
		second.Validator = func(s string) error {
			if s != first.Text {
				return errors.New(lang.X("unlock.mismatch", "Двете пароли се различават"))
			}
			return nil
		}
		items = append(items, widget.NewFormItem(lang.X("unlock.again", "Отново"), second))
		first.OnChanged = func(string) { _ = second.Validate() } // the second is checked against the first
	} else {
		first.Validator = func(s string) error {
			if s == "" {
				return errors.New(lang.X("unlock.empty", "Въведете паролата"))
			}
			return nil
		}
	}
	if wrong != nil {
		text = lang.X("unlock.wrong", "Паролата не е вярна: опитайте отново (главните и малките букви са различни) или въведете ключа за възстановяване.")
	}
	items = append([]*widget.FormItem{widget.NewFormItem("", widget.NewLabel(text))}, items...)
	items[0].Widget.(*widget.Label).Wrapping = fyne.TextWrapWord
	var d *dialog.FormDialog
	d = dialog.NewForm(title, lang.X("unlock.ok", "Отключване"), lang.X("Cancel", "Отказ"), items, func(ok bool) {
		done([]byte(first.Text), ok)
	}, win)
	entries := []*widget.Entry{first}
	if second != nil {
		entries = append(entries, second)
	}
	submit := func(string) {
		for _, e := range entries {
			if e.Validate() != nil {
				// Enter on a refused passphrase says why, in Bulgarian under its field: Fyne shows a
				// field's error only once the field has lost the focus, so it leaves and comes back
				// (issue #17: two passphrases that differ were refused without a word).
				win.Canvas().Unfocus()
				win.Canvas().Focus(e)
				return
			}
		}
		d.Submit()
	}
	for _, e := range entries {
		e.OnSubmitted = submit
	}
	d.Resize(fyne.NewSize(480, 0))
	win.Canvas().Focus(first)
	return d
}

// showRecoveryKey shows the recovery key of a file encrypted now, once.
func showRecoveryKey(win fyne.Window, key string) {
	k := widget.NewLabel(key)
	k.TextStyle = fyne.TextStyle{Monospace: true, Bold: true}
	k.Selectable = true
	text := widget.NewLabel(lang.X("unlock.recovery.text", "Това е ключът за възстановяване на файла. Той се показва само сега: запишете го или го отпечатайте и го пазете в сейфа на училището. С него файлът се отваря, ако паролата бъде забравена."))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.X("unlock.recovery.title", "Ключ за възстановяване"), lang.X("unlock.recovery.ok", "Записах го"),
		container.NewVBox(text, k), win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// initUnlocked sets up a new school in the empty file at path, encrypted with a new passphrase
// the user gives (twice) — never a plain file (issue #13); nil, nil when the user cancels.
func initUnlocked(m *Main, path string) (*store.DB, error) {
	pass, ok := m.askPassphrase(path, true, nil)
	if !ok {
		return nil, nil
	}
	db, err := store.Open(path, store.Options{Now: m.opt.Now, InitEmpty: true, Passphrase: pass})
	return unlocked(m, db, err, false) // shows the recovery key, once
}
