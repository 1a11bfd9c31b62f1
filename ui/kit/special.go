package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The special categories of personal data (issue #13; Art. 9 GDPR): the ESF panel's answers of
// Приложение № 2 and the needs flags of чл. 57, ал. 2 are sealed under a key that only some
// accounts hold (the director's by default). A screen that shows them, opened by an account
// without that key, says so in their place (SealedNote) and offers to unlock them for this
// session with the passphrase of an account that holds the key, or the recovery key
// (AskSpecialKey, store.DB.UnlockSpecial): kept in memory until the file is closed, never
// written. The store then reads the year again and tells every screen (a Change with Reset).

// SpecialSealed reports whether this session reads the open file without its special categories.
func SpecialSealed(env *Env) bool { return env != nil && env.DB != nil && !env.DB.HasSpecial() }

// AskSpecialKey asks for the passphrase of an account that holds the special-categories key (or
// the recovery key) and unlocks the key for this session; then runs done, when not nil, on the
// window's goroutine. A wrong passphrase, or one of an account without the key, is said in the
// dialog, which keeps what was typed; Отказ (Esc) closes it and then done is not called. The
// Argon2id of each slot tried runs away from the window (Env.Go).
func AskSpecialKey(env *Env, done func()) {
	if !SpecialSealed(env) {
		if done != nil {
			done()
		}
		return
	}
	win := env.Window
	var d *dialog.CustomDialog
	entry := NewDialogPasswordEntry()
	entry.SetPlaceHolder(lang.X("special.placeholder", "Парола или ключ за възстановяване"))
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	busy := false
	unlock := func() {
		if busy {
			return
		}
		pass := []byte(entry.Text)
		busy = true
		problem.SetText(lang.X("special.working", "Проверка на паролата…"))
		work := func() {
			err := env.DB.UnlockSpecial(pass)
			fyne.Do(func() {
				busy = false
				if err != nil {
					_, msg, _ := DescribeError(err)
					problem.SetText(msg)
					win.Canvas().Focus(entry)
					return
				}
				d.Hide()
				if done != nil {
					done()
				}
			})
		}
		if env.Go != nil {
			env.Go(work)
		} else {
			work()
		}
	}
	cancel := func() { d.Hide() }
	entry.OnSubmitted = func(string) { unlock() }
	entry.OnEscape = cancel
	entry.OnChanged = func(string) {
		if !busy {
			problem.SetText("")
		}
	}
	ok := widget.NewButtonWithIcon(lang.X("special.unlock", "Отключи"), theme.ConfirmIcon(), unlock)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	text := Wrapped(lang.X("special.text",
		"Отговорите от панела за ЕСФ (Приложение № 2) и критериите за затруднения (чл. 57, ал. 2) са специални категории лични данни (чл. 9 от GDPR): запечатани са с отделен ключ, който профилът „{{.Account}}“ няма. Въведете паролата на профил, който го има (директора), или ключа за възстановяване: ключът се пази само в паметта, докато файлът е отворен, и не се записва никъде.",
		map[string]any{"Account": env.DB.Actor().Name}))
	d = dialog.NewCustomWithoutButtons(lang.X("special.title", "Отключване на специалните категории данни"),
		container.NewVBox(text, entry, problem), win)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(520, 0))
	DialogKeys(win, d, unlock, cancel)
	d.Show()
	win.Canvas().Focus(entry)
}

// SealedNote stands in a screen where special-category data would be shown: while the session
// does not hold their key it says that they are sealed and offers Отключи…; once it does, it is
// hidden. The screen calls Update when it fills its form (and after the store's Reset).
type SealedNote struct {
	env  *Env
	text *widget.Label
	box  *fyne.Container
}

// NewSealedNote returns the note, saying text — what is sealed here and what that means for the
// screen — shown or hidden as the session holds the key; then runs after a successful unlock
// (may be nil: the store's Reset reaches the screen anyway).
func NewSealedNote(env *Env, text Phrase, then func()) *SealedNote {
	n := &SealedNote{env: env, text: Wrapped(text.String())}
	n.text.Importance = widget.WarningImportance
	btn := widget.NewButtonWithIcon(lang.X("special.ask", "Отключи за тази сесия…"), theme.VisibilityIcon(), func() {
		AskSpecialKey(env, func() {
			n.Update()
			if then != nil {
				then()
			}
		})
	})
	n.box = container.NewVBox(n.text, container.NewHBox(btn), widget.NewSeparator())
	n.Update()
	return n
}

// Object is the note's widget.
func (n *SealedNote) Object() fyne.CanvasObject { return n.box }

// Update shows the note while the session does not hold the key, hides it once it does, and
// reports whether the data is sealed.
func (n *SealedNote) Update() bool {
	sealed := SpecialSealed(n.env)
	if sealed {
		n.box.Show()
	} else {
		n.box.Hide()
	}
	return sealed
}
