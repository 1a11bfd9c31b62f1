package uitest

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ScreenHarness is NewLoneScreen's screen (the programmes' helper: one section alone in a window
// on the demo year, told of every commit as the shell tells its screens) with a stand-in for the
// navigation, so that the Harness's list helpers (ScreenLists, SelectGroup, OpenHours' rows) work
// on it, and a count of the commits it was told of. A test drives it as a user would and writes
// to the file as another writer would (db.Put), then looks whether the screen followed without a
// Refresh (issue #16).
type ScreenHarness struct {
	*LoneScreen
	// Changes counts the commits since the screen was shown.
	Changes int
}

// NewScreenHarness shows build's screen on the demo year of 120 students.
func NewScreenHarness(t *testing.T, build func(env *kit.Env) kit.Screen) *ScreenHarness {
	t.Helper()
	s := &ScreenHarness{LoneScreen: NewLoneScreen(t, 120, nil, build)}
	if _, ok := s.Screen.(kit.Watcher); !ok {
		t.Fatalf("%T is not a kit.Watcher", s.Screen)
	}
	nav := widget.NewList(func() int { return 1 }, func() fyne.CanvasObject { return widget.NewLabel("Училище") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	s.Win.SetContent(container.NewBorder(nil, nil, nav, nil, s.Screen.Content()))
	s.Win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(s.DB.Subscribe(func(store.Change) { s.Changes++ }))
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

// DialogEntry returns the first one-line entry of the dialogs over the window: a *widget.Entry,
// or the Entry inside a widget that embeds one (kit's reason dialog types into such a widget, so
// that it hears Esc).
func (h *Harness) DialogEntry() *widget.Entry {
	h.T.Helper()
	var found *widget.Entry
	h.Dialogs(func(o fyne.CanvasObject) {
		if found != nil {
			return
		}
		if e, ok := o.(*widget.Entry); ok {
			found = e
			return
		}
		if v := reflect.ValueOf(o); v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
			if f := v.Elem().FieldByName("Entry"); f.IsValid() && f.Type() == reflect.TypeOf(widget.Entry{}) && f.CanAddr() {
				found = f.Addr().Interface().(*widget.Entry)
			}
		}
	})
	if found == nil {
		h.T.Fatal("no dialog with an entry")
	}
	return found
}
