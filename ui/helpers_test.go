package ui_test

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
	"github.com/tvoyatchas/tvoyatchas/ui"
)

// today is the tests' clock: school year 2026/2027.
func today() time.Time { return time.Date(2026, time.November, 23, 10, 0, 0, 0, time.UTC) }

// harness is a main window on a real data file in a temporary folder.
type harness struct {
	t    *testing.T
	app  fyne.App
	win  fyne.Window
	main *ui.Main
	path string
}

// newHarness opens a new data file and shows it in a main window.
func newHarness(t *testing.T) *harness {
	t.Helper()
	h := &harness{t: t, app: test.NewTempApp(t), path: filepath.Join(t.TempDir(), "school.db")}
	h.start()
	return h
}

// start shows the data file at h.path in a new main window.
func (h *harness) start() {
	h.t.Helper()
	h.show(h.openStore(), ui.Options{Now: today, Inline: true})
}

// show shows db in a new main window with opts; the window is closed when the test ends.
func (h *harness) show(db *store.DB, opts ui.Options) {
	h.win = test.NewWindow(nil)
	h.win.Resize(fyne.NewSize(1200, 800))
	opts.Inline = true // no work on other goroutines: the test driver runs fyne.Do on the caller's
	h.main = ui.New(h.app, h.win, opts)
	h.main.Attach(db)
	h.t.Cleanup(h.main.RequestClose)
}

// openStore opens the data file directly, as another program would.
func (h *harness) openStore() *store.DB {
	h.t.Helper()
	db, err := store.Open(h.path, store.Options{Now: today})
	if err != nil {
		h.t.Fatalf("open store: %v", err)
	}
	return db
}

// closeWindow closes the window, which must not ask anything, and so the data file.
func (h *harness) closeWindow() {
	h.t.Helper()
	h.main.RequestClose()
	if d := h.dialogText(); d != "" {
		h.t.Fatalf("closing asked: %s", d)
	}
}

// walk visits o and every object inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walk(child, visit)
		}
	}
}

// content walks the window's content (not the dialogs).
func (h *harness) content(visit func(fyne.CanvasObject)) { walk(h.win.Content(), visit) }

// dialogs walks the dialogs shown over the window.
func (h *harness) dialogs(visit func(fyne.CanvasObject)) {
	for _, o := range h.win.Canvas().Overlays().List() {
		walk(o, visit)
	}
}

// dialogText returns the texts of the dialogs on top of the window, or "" when none is shown.
func (h *harness) dialogText() string {
	var texts []string
	h.dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			texts = append(texts, l.Text)
		}
	})
	return strings.Join(texts, " | ")
}

// field returns the input next to the form label text.
func (h *harness) field(label string) fyne.CanvasObject {
	h.t.Helper()
	var found fyne.CanvasObject
	h.content(func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					found = it.Widget
				}
			}
		}
	})
	if found == nil {
		h.t.Fatalf("no field %q on the screen", label)
	}
	return found
}

// entry returns the entry next to label.
func (h *harness) entry(label string) *widget.Entry {
	h.t.Helper()
	e, ok := h.field(label).(*widget.Entry)
	if !ok {
		h.t.Fatalf("field %q is not an entry", label)
	}
	return e
}

// typeIn types text into the entry next to label, replacing what it held.
func (h *harness) typeIn(label, text string) {
	h.t.Helper()
	e := h.entry(label)
	e.SetText("")
	test.Type(e, text)
}

// tap taps the button labelled text, in a dialog when one is shown, else in the window.
func (h *harness) tap(text string) {
	h.t.Helper()
	var found *widget.Button
	find := func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	}
	h.dialogs(find)
	if found == nil {
		h.content(find)
	}
	if found == nil {
		h.t.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

// nav returns the navigation list.
func (h *harness) nav() *widget.List {
	h.t.Helper()
	if l := h.list(true); l != nil {
		return l
	}
	h.t.Fatal("no navigation list")
	return nil
}

// screenList returns the shown screen's own list: the list that is not the navigation.
func (h *harness) screenList() *widget.List {
	h.t.Helper()
	if l := h.list(false); l != nil {
		return l
	}
	h.t.Fatal("the screen shows no list of its own")
	return nil
}

// list returns the navigation (nav) or the first other list in the window's content. The
// navigation is the list showing the first section, „Училище“ (“School” in English): a screen
// may hold lists of its own, so the first list found is not always the navigation.
func (h *harness) list(nav bool) *widget.List {
	var found *widget.List
	h.content(func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || found != nil {
			return
		}
		isNav := false
		walk(l, func(o fyne.CanvasObject) {
			if lb, ok := o.(*widget.Label); ok && (lb.Text == "Училище" || lb.Text == "School") {
				isNav = true
			}
		})
		if isNav == nav {
			found = l
		}
	})
	return found
}

// hasText reports whether a label in the window's content shows text.
func (h *harness) hasText(text string) bool {
	found := false
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}

// menuItem returns the item labelled label of the main menu labelled menu (one level of submenus searched).
func (h *harness) menuItem(menu, label string) *fyne.MenuItem {
	h.t.Helper()
	for _, m := range h.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
			if it.ChildMenu != nil {
				for _, sub := range it.ChildMenu.Items {
					if sub.Label == label {
						return sub
					}
				}
			}
		}
	}
	h.t.Fatalf("no menu item %s → %s", menu, label)
	return nil
}

// heading returns the title of the section the window shows: the sub-heading above the screen.
func (h *harness) heading() string {
	title := ""
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.SizeName == theme.SizeNameSubHeadingText && title == "" {
			title = l.Text
		}
	})
	return title
}
