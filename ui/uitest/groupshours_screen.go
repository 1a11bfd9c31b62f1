package uitest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ScreenHarness is one section's screen alone in a window, on the demo year, told of every
// commit as the shell tells its screens (kit.Watcher: Changed on the window's goroutine after
// each commit). A test drives it as a user would and writes to the file as another writer
// would (db.Put), then looks whether the screen followed without a Refresh (issue #16).
type ScreenHarness struct {
	*Harness
	DB     *store.DB
	Env    *kit.Env
	Data   *model.YearData // the demo year as seeded
	Screen kit.Screen
	// Changes counts the Changed calls the screen had.
	Changes int
}

// NewScreenHarness seeds the demo year of 120 students, builds the screen with build, shows it
// (Refresh, as the window does) and subscribes it to the file's commits. Work the screen hands
// to Env.Go or Env.Task runs at once, as with Options.Inline.
func NewScreenHarness(t *testing.T, build func(env *kit.Env) kit.Screen) *ScreenHarness {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	t.Cleanup(func() { _ = db.Close() })
	data := SeedDemo(t, db, 120)
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(h.Win.Close)
	env := &kit.Env{
		Window: h.Win, DB: db, Now: Today,
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
	s := &ScreenHarness{Harness: h, DB: db, Env: env, Data: data}
	s.Screen = build(env)
	// A one-row stand-in for the navigation, so the harness's helpers that skip it find the
	// screen's own lists.
	nav := widget.NewList(func() int { return 1 }, func() fyne.CanvasObject { return widget.NewLabel("Училище") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	h.Win.SetContent(container.NewBorder(nil, nil, nav, nil, s.Screen.Content()))
	s.Screen.Refresh()
	s.Watch(s.Screen, &s.Changes)
	return s
}

// Watch tells screen w of every commit from now on, counting the calls in n, as the shell tells
// every screen it has built (shown or not).
func (s *ScreenHarness) Watch(w kit.Screen, n *int) {
	watcher, ok := w.(kit.Watcher)
	if !ok {
		s.T.Fatalf("%T is not a kit.Watcher", w)
	}
	cancel := s.DB.Subscribe(func(c store.Change) {
		fyne.Do(func() {
			*n++
			watcher.Changed(c)
		})
	})
	s.T.Cleanup(cancel)
}

// ShowsText reports whether a label under o, or a row of a list under o, shows text: what a
// screen not in the window lists.
func ShowsText(o fyne.CanvasObject, text string) bool {
	found := false
	Walk(o, func(x fyne.CanvasObject) {
		switch w := x.(type) {
		case *widget.List:
			if i, _ := rowOf(w, text); i >= 0 {
				found = true
			}
		case *widget.Label:
			if strings.Contains(w.Text, text) {
				found = true
			}
		}
	})
	return found
}

// PressOnWindow types key on the window itself, as when no entry has the focus: what answers a
// dialog's Enter and Esc (kit.DialogKeys).
func (h *Harness) PressOnWindow(name fyne.KeyName) {
	h.T.Helper()
	f := h.Win.Canvas().OnTypedKey()
	if f == nil {
		h.T.Fatalf("the window does not answer %s", name)
	}
	f(&fyne.KeyEvent{Name: name})
}
