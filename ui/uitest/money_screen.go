package uitest

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// NewWatchedScreen shows the screen build makes alone in a window on db, and tells it every
// commit of db as the shell tells a kit.Watcher (issue #16): Changed with the commit's change,
// on the window's goroutine (the test driver runs fyne.Do at once). So a screen's reaction to
// another writer is tested without the rest of the window. Background work runs inline.
func NewWatchedScreen(t *testing.T, db *store.DB, build func(*kit.Env) kit.Screen) (*Harness, kit.Screen) {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t)}
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1200, 800))
	env := &kit.Env{Window: h.Win, DB: db, Now: Today,
		ShowError:   func(err error) { kit.ShowError(h.Win, err) },
		MarkChanged: func() {},
		Open:        func(model.Ref) bool { return false },
		Opens:       func(model.Kind) bool { return false },
		Go:          func(work func()) { work() },
		Task: func(tk kit.Task) {
			err := tk.Work(context.Background(), func(int, int) {})
			if tk.Done != nil {
				tk.Done(err)
			}
		},
	}
	s := build(env)
	h.Win.SetContent(s.Content())
	s.Refresh()
	w, ok := s.(kit.Watcher)
	if !ok {
		t.Fatalf("%T is not a kit.Watcher", s)
	}
	cancel := db.Subscribe(func(c store.Change) { fyne.Do(func() { w.Changed(c) }) })
	t.Cleanup(cancel)
	return h, s
}

// DemoStore opens a new, empty data file in a temporary folder (closed when the test ends).
func DemoStore(t *testing.T) *store.DB {
	t.Helper()
	h := &Harness{T: t, Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// TypeInDialog sets the text of the first entry of the shown dialogs — a widget.Entry or a type
// built on it (kit's dialog entries) — and reports whether there was one.
func (h *Harness) TypeInDialog(text string) bool {
	type entry interface {
		fyne.Focusable
		SetText(string)
	}
	var found entry
	h.Dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(entry); ok && found == nil {
			found = e
		}
	})
	if found != nil {
		found.SetText(text)
	}
	return found != nil
}
