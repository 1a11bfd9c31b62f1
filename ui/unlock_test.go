package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
