package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// passwordEntries returns the password entries of the window's top dialog, in order.
func passwordEntries(w fyne.Window) []*widget.Entry {
	var out []*widget.Entry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Entry:
			if v.Password {
				out = append(out, v)
			}
		case *widget.Form:
			for _, it := range v.Items {
				walk(it.Widget)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(v)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(w.Canvas().Overlays().Top())
	return out
}

func enter(e *widget.Entry) { e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

// A new passphrase is typed twice; Enter submits only when it is long enough and both agree.
func TestUnlock_NewPassphraseTwiceEnterSubmits(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(800, 600))
	var got []string
	passphraseDialog(w, "school.db", true, nil, func(p []byte, ok bool) {
		if ok {
			got = append(got, string(p))
		}
	}).Show()
	es := passwordEntries(w)
	if len(es) != 2 {
		t.Fatalf("%d password entries, want 2", len(es))
	}
	for _, c := range []struct{ a, b string }{{"кратка", "кратка"}, {"дълга парола 1", "дълга парола 2"}} {
		es[0].SetText(c.a)
		es[1].SetText(c.b)
		enter(es[1])
		if len(got) != 0 {
			t.Fatalf("%q / %q submitted", c.a, c.b)
		}
	}
	es[1].SetText("")
	test.Type(es[1], "дълга парола 1")
	enter(es[1])
	if len(got) != 1 || got[0] != "дълга парола 1" {
		t.Fatalf("submitted %q", got)
	}
}

// An encrypted file opens without a question when TCHAS_PASSPHRASE unlocks it; the unlock
// dialog asks for one passphrase and Enter submits it.
func TestUnlock_EnvironmentThenDialog(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "demo.db")
	db, err := store.Open(path, store.Options{Passphrase: []byte(store.DemoPassphrase)})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	w := test.NewWindow(nil)
	m := New(a, w, Options{Inline: true})
	t.Setenv(store.EnvPassphrase, store.DemoPassphrase)
	db, err = openUnlocked(m, path, envPassphraseFor(path, path))
	if err != nil || !db.Encrypted() {
		t.Fatalf("openUnlocked with %s: %v", store.EnvPassphrase, err)
	}
	_ = db.Close()
	os.Unsetenv(store.EnvPassphrase)

	var got []string
	passphraseDialog(w, "demo.db", false, nil, func(p []byte, ok bool) { got = append(got, string(p)) }).Show()
	es := passwordEntries(w)
	if len(es) != 1 {
		t.Fatalf("%d password entries, want 1", len(es))
	}
	enter(es[0])
	test.Type(es[0], store.DemoPassphrase)
	enter(es[0])
	if len(got) != 1 || got[0] != store.DemoPassphrase {
		t.Fatalf("submitted %q", got)
	}
}

// TCHAS_PASSPHRASE unlocks the file the application was started with, not another file opened
// later in the session (issue #13): that one asks for its own passphrase.
func TestUnlock_EnvPassphraseOnlyForTheStartFile(t *testing.T) {
	dir := t.TempDir()
	start, other := filepath.Join(dir, "school.db"), filepath.Join(dir, "other.db")
	t.Setenv(store.EnvPassphrase, "парола от средата")
	if got := envPassphraseFor(start, start); got != "парола от средата" {
		t.Errorf("the start file gets %q, want the variable", got)
	}
	if got := envPassphraseFor(filepath.Join(dir, ".", "school.db"), start); got != "парола от средата" {
		t.Errorf("the start file named another way gets %q, want the variable", got)
	}
	if got := envPassphraseFor(other, start); got != "" {
		t.Errorf("another file gets %q, want none", got)
	}
	if got := envPassphraseFor(other, ""); got != "" {
		t.Errorf("with no start file, another file gets %q", got)
	}
}

// overlayWalk visits every object of the dialogs shown over w.
func overlayWalk(w fyne.Window, visit func(fyne.CanvasObject)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil {
			return
		}
		visit(o)
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	for _, o := range w.Canvas().Overlays().List() {
		walk(o)
	}
}

// shownDialogText returns the texts the dialogs over w show, joined by " | ".
func shownDialogText(w fyne.Window) string {
	var texts []string
	overlayWalk(w, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			if v.Visible() && v.Text != "" {
				texts = append(texts, v.Text)
			}
		case *canvas.Text:
			if v.Visible() && v.Text != "" {
				texts = append(texts, v.Text)
			}
		}
	})
	return strings.Join(texts, " | ")
}

// tapIn taps the button labelled text in the dialogs over w.
func tapIn(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	var found *widget.Button
	overlayWalk(w, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in %q", text, shownDialogText(w))
	}
	test.Tap(found)
}

// answerNew is a passphrase prompt in place of waitPassphrase (which blocks until the dialog is
// answered): it shows the same dialog, types first and again, and presses Enter; when the dialog
// refuses them it says why, then the user cancels. It fails t when anything is written to the
// file before the dialog is answered.
func answerNew(t *testing.T, w fyne.Window, first, again string, refusal *string) func(string, bool, error) ([]byte, bool) {
	return func(path string, set bool, wrong error) ([]byte, bool) {
		t.Helper()
		if !set || wrong != nil {
			t.Errorf("a new file asked with set=%v, wrong=%v: want a new passphrase", set, wrong)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
			t.Errorf("before the passphrase was given the file is %v, %v: want it empty", fi, err)
		}
		type answer struct {
			pass []byte
			ok   bool
		}
		var got *answer
		passphraseDialog(w, filepath.Base(path), set, wrong, func(p []byte, ok bool) { got = &answer{p, ok} }).Show()
		es := passwordEntries(w)
		if len(es) != 2 {
			t.Fatalf("%d password entries, want 2", len(es))
		}
		shownDialogText(w) // drawn, as the window's next frame does: the form's fields get their checks
		for i, text := range []string{first, again} {
			w.Canvas().Focus(es[i]) // as the user does, by a click or Tab
			test.Type(es[i], text)
		}
		enter(es[1])
		if got == nil { // refused: the dialog stays and says why
			*refusal = shownDialogText(w)
			tapIn(t, w, "Отказ")
		}
		if got == nil {
			t.Fatal("the passphrase dialog was neither submitted nor cancelled")
		}
		return got.pass, got.ok
	}
}

// filesIn returns the files under dir, by their path from it, with their sizes.
func filesIn(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = fi.Size()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The window's own way to start a new school in an empty file (initUnlocked, issue #13): the
// passphrase is asked before anything is written, typed twice; the file is encrypted with it
// from its first byte — no plain data file at any time, backups included — opens with that
// passphrase only, and its recovery key is shown once. Two passphrases that differ are refused
// in Bulgarian, and cancelling then creates nothing.
func TestUnlock_InitEmptyCreatesAnEncryptedFileOnly(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme()) // the test theme has no bold monospace face: the recovery key's
	const pass = "дълга парола 1"
	for _, c := range []struct {
		name, first, again string
	}{{"same passphrase twice", pass, pass}, {"two passphrases differ", pass, "дълга парола 2"}} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "училище.db")
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			w := test.NewWindow(nil)
			w.Resize(fyne.NewSize(1093, 614))
			defer w.Close()
			m := New(a, w, Options{Inline: true})
			refusal := ""
			m.promptPassphrase = answerNew(t, w, c.first, c.again, &refusal)
			db, err := initUnlocked(m, path)
			if c.first != c.again {
				if err != nil || db != nil {
					t.Fatalf("after the refusal and Отказ initUnlocked gave %v, %v: want nothing", db, err)
				}
				if !strings.Contains(refusal, "Двете пароли се различават") {
					t.Errorf("two passphrases that differ: the dialog says %q, want „Двете пароли се различават“", refusal)
				}
				if got := filesIn(t, dir); len(got) != 1 || got["училище.db"] != 0 {
					t.Errorf("the folder holds %v after the refusal, want only the empty file", got)
				}
				if d := shownDialogText(w); d != "" {
					t.Errorf("a dialog is still shown: %s", d)
				}
				return
			}
			if err != nil || db == nil {
				t.Fatalf("initUnlocked: %v", err)
			}
			if !db.Encrypted() {
				t.Error("the new school's file is not encrypted")
			}
			if d := shownDialogText(w); !strings.Contains(d, "Ключ за възстановяване") || !strings.Contains(d, db.RecoveryKey()) {
				t.Errorf("the recovery key is not shown: %q", d)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			for rel, size := range filesIn(t, dir) {
				if size == 0 {
					t.Errorf("%s is empty", rel)
					continue
				}
				if enc, err := store.IsEncrypted(filepath.Join(dir, rel)); err != nil || !enc {
					t.Errorf("%s is not an encrypted data file (%v)", rel, err)
				}
			}
			if _, err := store.Open(path, store.Options{}); !errors.Is(err, store.ErrPassphraseRequired) {
				t.Errorf("opened without a passphrase: %v, want %v", err, store.ErrPassphraseRequired)
			}
			if _, err := store.Open(path, store.Options{Passphrase: []byte("дълга парола 2")}); !errors.Is(err, store.ErrWrongPassphrase) {
				t.Errorf("opened with another passphrase: %v, want %v", err, store.ErrWrongPassphrase)
			}
			db, err = store.Open(path, store.Options{Passphrase: []byte(pass)})
			if err != nil {
				t.Fatalf("the file does not open with its passphrase: %v", err)
			}
			if !db.Encrypted() {
				t.Error("reopened, the file is not encrypted")
			}
			_ = db.Close()
		})
	}
}

// The same from the window: an empty file opened is offered as a new school (askInitEmpty); Да
// asks for the new passphrase, and the file attached is the encrypted one.
func TestUnlock_EmptyFileOpenedBecomesAnEncryptedSchool(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme()) // as above: the recovery key is shown
	path := filepath.Join(t.TempDir(), "училище.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1093, 614))
	var m *Main
	m = New(a, w, Options{Inline: true, InitEmpty: func(p string) (*store.DB, error) { return initUnlocked(m, p) }})
	t.Cleanup(m.RequestClose)
	m.promptPassphrase = answerNew(t, w, "дълга парола 1", "дълга парола 1", new(string))
	m.OpenPath(path)
	if d := shownDialogText(w); !strings.Contains(d, "Празен файл") {
		t.Fatalf("opening an empty file asked %q", d)
	}
	tapIn(t, w, "Да")
	if m.env == nil {
		t.Fatalf("no file attached; the window shows %q", shownDialogText(w))
	}
	if !m.env.DB.Encrypted() || !samePath(m.env.DB.Path(), path) {
		t.Errorf("attached %s, encrypted %v: want %s, encrypted", m.env.DB.Path(), m.env.DB.Encrypted(), path)
	}
	if d := shownDialogText(w); !strings.Contains(d, "Ключ за възстановяване") {
		t.Errorf("the recovery key is not shown: %q", d)
	}
}

// Отказ at the passphrase of a new file („Нов файл…“) or of an encrypted one leaves the file
// closed and says nothing: no „Действието не можа да завърши…“ of an unexpected error, and no
// file made.
func TestUnlock_CancelledPassphraseSaysNothing(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "ново.db")
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1093, 614))
	var m *Main
	m = New(a, w, Options{Inline: true, Open: func(p string) (*store.DB, error) { return openUnlocked(m, p, "") }})
	t.Cleanup(m.RequestClose)
	asked := 0
	m.promptPassphrase = func(p string, set bool, wrong error) ([]byte, bool) {
		asked++
		var got *bool
		passphraseDialog(w, filepath.Base(p), set, wrong, func(_ []byte, ok bool) { got = &ok }).Show()
		shownDialogText(w)
		tapIn(t, w, "Отказ")
		return nil, got != nil && *got
	}
	m.OpenPath(path)
	if asked != 1 {
		t.Fatalf("the passphrase was asked %d times, want once", asked)
	}
	if d := shownDialogText(w); d != "" {
		t.Errorf("after Отказ the window shows %q, want nothing", d)
	}
	if m.env != nil {
		t.Error("a file was opened")
	}
	if got := filesIn(t, dir); len(got) != 0 {
		t.Errorf("the folder holds %v, want nothing", got)
	}
}
