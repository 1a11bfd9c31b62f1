package ui_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

const (
	directorPass   = "парола на директора"
	accountantPass = "парола на счетоводителя"
)

// encryptedHarness shows a new encrypted file with a director's and an accountant's account,
// each with its own passphrase, on a clock the test moves.
func encryptedHarness(t *testing.T, now *time.Time) (*uitest.Harness, *store.DB) {
	t.Helper()
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	clock := func() time.Time { return *now }
	db, err := store.Open(h.Path, store.Options{Now: clock, Passphrase: []byte(directorPass)})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccount(model.Account{Name: "Директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}, []byte(accountantPass)); err != nil {
		t.Fatal(err)
	}
	h.Show(db, ui.Options{Now: clock, Inline: true})
	return h, db
}

// typeFocused types text into the focused entry and presses key.
func typeFocused(t *testing.T, h *uitest.Harness, text string, key fyne.KeyName) {
	t.Helper()
	f, ok := h.Win.Canvas().Focused().(*kit.DialogEntry)
	if !ok {
		t.Fatalf("the focused widget is %T, want the dialog's entry", h.Win.Canvas().Focused())
	}
	f.SetText("")
	test.Type(f, text)
	f.TypedKey(&fyne.KeyEvent{Name: key})
}

// Switching the account reopens the file as the other account after its own passphrase, without
// closing the window; a wrong passphrase changes nothing.
func TestAccount_SwitchWithTheOtherAccountsPassphrase(t *testing.T) {
	now := uitest.Today()
	h, _ := encryptedHarness(t, &now)
	if !h.HasText("Профил: Директор (директор)") {
		t.Fatal("the status line does not name the acting account, Директор")
	}
	h.MenuItem("Файл", "Смяна на профила…").Action()
	typeFocused(t, h, directorPass, fyne.KeyReturn) // the director's passphrase for the accountant
	if d := h.DialogText(); !strings.Contains(d, "не е вярна") {
		t.Fatalf("another account's passphrase: the dialog says %q, want that it is wrong", d)
	}
	if !h.HasText("Профил: Директор (директор)") {
		t.Fatal("a wrong passphrase switched the account")
	}
	typeFocused(t, h, accountantPass, fyne.KeyReturn)
	if !h.HasText("Профил: Счетоводител (счетоводител)") {
		t.Fatalf("after the accountant's passphrase the status line does not name Счетоводител (dialogs: %q)", h.DialogText())
	}
	h.MenuItem("Файл", "Смяна на профила…").Action()
	typeFocused(t, h, "", fyne.KeyEscape)
	if h.DialogText() != "" {
		t.Fatalf("Esc leaves the switch dialog open: %q", h.DialogText())
	}
}

// idleEditor is a screen with one entry whose text is its unsaved input.
type idleEditor struct{ entry *widget.Entry }

func (s *idleEditor) Content() fyne.CanvasObject { return s.entry }
func (s *idleEditor) Refresh()                   { s.entry.SetText("") }
func (s *idleEditor) Dirty() bool                { return s.entry.Text != "" }
func (s *idleEditor) Save() error                { return nil }

// The window locks after the file's idle minutes without activity — typing counts — hides what it
// shows and its menus, refuses a wrong passphrase and gives everything back, unsaved input
// included, with the right one.
func TestIdleLock_AfterMinutesKeepsUnsavedInput(t *testing.T) {
	ed := &idleEditor{entry: widget.NewEntry()}
	ui.ReplaceSection(t, 0, func(*kit.Env) kit.Screen { return ed })
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	if err := db.SetSetting("ui/idle-lock-minutes", "10"); err != nil {
		t.Fatal(err)
	}
	var dlg fyne.CanvasObject
	locked := func() bool { return h.HasText("Прозорецът е заключен") }
	h.Win.Canvas().Focus(ed.entry)
	test.Type(ed.entry, "незапазена бележка")

	for _, step := range []struct {
		after  time.Duration
		typing string
		want   bool
	}{
		{9 * time.Minute, "", false},      // the typing is seen: activity now
		{9 * time.Minute, "", false},      // 9 minutes idle
		{50 * time.Second, " още", false}, // 9:50 idle, then typing
		{9 * time.Minute, "", false},      // the typing was seen at the check
		{61 * time.Second, "", true},      // 10:01 since
	} {
		now = now.Add(step.after)
		if step.typing != "" {
			test.Type(ed.entry, step.typing)
		}
		if step.typing != "" { // a dialog open when the lock comes is hidden with the rest
			kit.ShowInformation(h.Win, "Сведение", "поверително съобщение")
			dlg = h.Win.Canvas().Overlays().Top()
		}
		h.Main.CheckIdle()
		if locked() != step.want {
			t.Fatalf("after %v more: locked %v, want %v", step.after, locked(), step.want)
		}
	}
	if h.Win.MainMenu() != nil {
		t.Fatal("the menus stay usable while the window is locked")
	}
	if dlg == nil || dlg.Visible() || h.Win.Canvas().OnTypedKey() != nil {
		t.Fatal("the dialog open at the lock is shown, or its Enter/Esc still act, while the window is locked")
	}
	shown := false
	h.Content(func(o fyne.CanvasObject) { shown = shown || o == fyne.CanvasObject(ed.entry) })
	if shown {
		t.Fatal("the locked window still shows the screen")
	}
	typeFocused(t, h, accountantPass, fyne.KeyReturn) // another account's: not this session's
	if !locked() || !h.HasText("не е вярна") {
		t.Fatal("another account's passphrase unlocked the window, or was refused without a word")
	}
	typeFocused(t, h, directorPass, fyne.KeyReturn)
	if locked() || h.Win.MainMenu() == nil {
		t.Fatal("the right passphrase does not give the window back")
	}
	if !dlg.Visible() {
		t.Error("the dialog open at the lock does not come back with the window")
	}
	if ed.entry.Text != "незапазена бележка още" {
		t.Fatalf("the unsaved input after the lock is %q", ed.entry.Text)
	}
}

// The passphrase of the acting account changes with the old one; a wrong old one changes nothing.
func TestPassphrase_ChangeForTheActingAccount(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	const next = "нова дълга парола"
	fill := func(old, a, b string) {
		h.MenuItem("Файл", "Смяна на паролата…").Action()
		var es []*kit.DialogEntry
		h.Dialogs(func(o fyne.CanvasObject) {
			if e, ok := o.(*kit.DialogEntry); ok {
				es = append(es, e)
			}
		})
		if len(es) != 3 {
			t.Fatalf("the dialog has %d passphrase entries, want 3", len(es))
		}
		for i, s := range []string{old, a, b} {
			test.Type(es[i], s)
		}
		es[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	fill("грешна парола", next, next)
	if d := h.DialogText(); !strings.Contains(d, "не е вярна") {
		t.Fatalf("a wrong old passphrase: the dialog says %q", d)
	}
	if err := db.CheckUnlockPassphrase([]byte(directorPass)); err != nil {
		t.Fatalf("a refused change changed the passphrase: %v", err)
	}
	typeFocused(t, h, "", fyne.KeyEscape)
	fill(directorPass, next, next+"x")
	if d := h.DialogText(); !strings.Contains(d, "два пъти еднакво") {
		t.Fatalf("two different new passphrases: the dialog says %q", d)
	}
	typeFocused(t, h, "", fyne.KeyEscape)
	fill(directorPass, next, next)
	if d := h.DialogText(); !strings.Contains(d, "е сменена") {
		t.Fatalf("the change says %q", d)
	}
	if err := db.CheckUnlockPassphrase([]byte(next)); err != nil {
		t.Fatalf("the new passphrase does not open the slot: %v", err)
	}
	if err := db.CheckUnlockPassphrase([]byte(directorPass)); err == nil {
		t.Fatal("the old passphrase still opens the slot")
	}
}

// A file opened with its recovery key leads at once to a new passphrase for the acting account.
func TestPassphrase_RecoveryKeyAsksANewOne(t *testing.T) {
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db, err := store.Open(h.Path, store.Options{Now: uitest.Today, Passphrase: []byte(directorPass)})
	if err != nil {
		t.Fatal(err)
	}
	rk := db.RecoveryKey()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(h.Path, store.Options{Now: uitest.Today, Passphrase: []byte(rk)})
	if err != nil {
		t.Fatal(err)
	}
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true})
	if d := h.DialogText(); !strings.Contains(d, "отворен с ключа за възстановяване") {
		t.Fatalf("opened with the recovery key, the window asks %q", d)
	}
	var es []*kit.DialogEntry
	h.Dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.DialogEntry); ok {
			es = append(es, e)
		}
	})
	const next = "съвсем нова парола"
	for i, s := range []string{rk, next, next} {
		test.Type(es[i], s)
	}
	es[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if err := db.CheckPassphrase(db.Actor().Name, []byte(next)); err != nil {
		t.Fatalf("the new passphrase does not open the acting account's slot %q: %v", db.Actor().Name, err)
	}
}
