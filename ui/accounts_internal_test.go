package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// overlayText is the labels' text of the dialogs over win.
func overlayText(t *testing.T, win fyne.Window) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + " | ")
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.TempWidgetRenderer(t, w).Objects() {
				walk(c)
			}
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				walk(x)
			}
		}
	}
	for _, o := range win.Canvas().Overlays().List() {
		walk(o)
	}
	return b.String()
}

// A change that replaced the recovery key (store's revokeSpecial, for a recovery slot from before
// key pairs) shows the new key once, with the words to print it and keep it in the safe; a change
// that left the key as it was shows nothing — not even the set-up key this session already showed.
func TestAccounts_NewRecoveryKeyShownOnce(t *testing.T) {
	now := func() time.Time { return time.Date(2026, time.November, 23, 10, 0, 0, 0, time.UTC) }
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{Now: now, Passphrase: []byte("парола на директора")})
	if err != nil {
		t.Fatal(err)
	}
	rk := db.RecoveryKey()
	if rk == "" {
		t.Fatal("a file encrypted now has no recovery key to show")
	}
	app := test.NewTempApp(t)
	// Fyne's test theme has no bold monospace face, which the recovery key is shown in.
	app.Settings().SetTheme(theme.DefaultTheme())
	win := test.NewWindow(nil)
	m := New(app, win, Options{Now: now, Inline: true})
	m.Attach(db)
	t.Cleanup(m.RequestClose)
	a := &accountsDialog{m: m, db: db, sel: -1}
	if !a.done(nil, rk) || strings.Contains(overlayText(t, win), rk) {
		t.Fatalf("an unchanged recovery key is shown again: %q", overlayText(t, win))
	}
	if !a.done(nil, "") { // as if the change had given the file this key
		t.Fatal("done refused a change without an error")
	}
	if got := overlayText(t, win); !strings.Contains(got, rk) || !strings.Contains(got, "сейфа на училището") {
		t.Fatalf("the new recovery key is not shown with the words to keep it: %q", got)
	}
}
