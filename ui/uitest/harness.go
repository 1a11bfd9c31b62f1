package uitest

import (
	"os"
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
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Today is the tests' clock: school year 2026/2027.
func Today() time.Time { return time.Date(2026, time.November, 23, 10, 0, 0, 0, time.UTC) }

// Harness is a main window on a real data file in a temporary folder.
type Harness struct {
	T    *testing.T
	App  fyne.App
	Win  fyne.Window
	Main *ui.Main
	Path string
}

// NewHarness opens a new data file and shows it in a main window.
func NewHarness(t *testing.T) *Harness {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	h.Start()
	return h
}

// Start shows the data file at h.path in a new main window.
func (h *Harness) Start() {
	h.T.Helper()
	h.Show(h.OpenStore(), ui.Options{Now: Today, Inline: true})
}

// Show shows db in a new main window with opts; the window is closed when the test ends.
func (h *Harness) Show(db *store.DB, opts ui.Options) {
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1200, 800))
	opts.Inline = true // no work on other goroutines: the test driver runs fyne.Do on the caller's
	h.Main = ui.New(h.App, h.Win, opts)
	h.Main.Attach(db)
	h.T.Cleanup(h.Main.RequestClose)
}

// OpenStore opens the data file directly, as another program would.
func (h *Harness) OpenStore() *store.DB {
	h.T.Helper()
	db, err := store.Open(h.Path, store.Options{Now: Today})
	if err != nil {
		h.T.Fatalf("open store: %v", err)
	}
	return db
}

// CloseWindow closes the window, which must not ask anything, and so the data file.
func (h *Harness) CloseWindow() {
	h.T.Helper()
	h.Main.RequestClose()
	if d := h.DialogText(); d != "" {
		h.T.Fatalf("closing asked: %s", d)
	}
}

// Walk visits o and every object inside it.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			Walk(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			Walk(child, visit)
		}
	}
}

// WalkShown visits o and every object inside it on a shown branch (the object and every
// container above it visible: a hidden tab or pane is left out). visit says whether to look
// inside the object.
func WalkShown(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !o.Visible() || !visit(o) {
		return
	}
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			WalkShown(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			WalkShown(child, visit)
		}
	}
}

// Content walks the window's content (not the dialogs).
func (h *Harness) Content(visit func(fyne.CanvasObject)) { Walk(h.Win.Content(), visit) }

// Dialogs walks the dialogs shown over the window.
func (h *Harness) Dialogs(visit func(fyne.CanvasObject)) {
	for _, o := range h.Win.Canvas().Overlays().List() {
		Walk(o, visit)
	}
}

// DialogText returns the texts of the dialogs on top of the window, or "" when none is shown.
func (h *Harness) DialogText() string {
	var texts []string
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			texts = append(texts, l.Text)
		}
	})
	return strings.Join(texts, " | ")
}

// Field returns the input next to the form label text.
func (h *Harness) Field(label string) fyne.CanvasObject {
	h.T.Helper()
	var found fyne.CanvasObject
	h.Content(func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					found = it.Widget
				}
			}
		}
	})
	if found == nil {
		h.T.Fatalf("no field %q on the screen", label)
	}
	return found
}

// Entry returns the entry next to label.
func (h *Harness) Entry(label string) *widget.Entry {
	h.T.Helper()
	switch e := h.Field(label).(type) {
	case *widget.Entry:
		return e
	case *kit.DialogEntry: // an entry that answers Esc
		return &e.Entry
	}
	h.T.Fatalf("field %q is not an entry", label)
	return nil
}

// TypeIn types text into the entry next to label, replacing what it held.
func (h *Harness) TypeIn(label, text string) {
	h.T.Helper()
	e := h.Entry(label)
	e.SetText("")
	test.Type(e, text)
}

// Tap taps the button labelled text, in a dialog when one is shown, else in the window.
func (h *Harness) Tap(text string) {
	h.T.Helper()
	var found *widget.Button
	find := func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	}
	h.Dialogs(find)
	if found == nil {
		h.Content(find)
	}
	if found == nil {
		h.T.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

// Nav returns the navigation list.
func (h *Harness) Nav() *widget.List {
	h.T.Helper()
	if l := h.list(true); l != nil {
		return l
	}
	h.T.Fatal("no navigation list")
	return nil
}

// ScreenList returns the shown screen's own list: the list that is not the navigation.
func (h *Harness) ScreenList() *widget.List {
	h.T.Helper()
	if l := h.list(false); l != nil {
		return l
	}
	h.T.Fatal("the screen shows no list of its own")
	return nil
}

// list returns the navigation (nav) or the first other list in the window's content. The
// navigation is the list showing the first section, „Училище“ (“School” in English): a screen
// may hold lists of its own, so the first list found is not always the navigation.
func (h *Harness) list(nav bool) *widget.List {
	var found *widget.List
	h.Content(func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || found != nil {
			return
		}
		// The first row or, scrolled to the end, the last two (Програми and Дневник are the
		// 11th and 12th: the rows above them need not be drawn).
		seen := map[string]bool{}
		Walk(l, func(o fyne.CanvasObject) {
			if lb, ok := o.(*widget.Label); ok {
				seen[lb.Text] = true
			}
		})
		isNav := seen["Училище"] || seen["School"] || seen["Програми"] && seen["Дневник"] ||
			seen["Programmes"] && seen["Change log"]
		if isNav == nav {
			found = l
		}
	})
	return found
}

// HasText reports whether a label in the window's content shows text.
func (h *Harness) HasText(text string) bool {
	found := false
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
		if n, ok := o.(*kit.NumberText); ok && strings.Contains(n.Text(), text) {
			found = true // its label holds the text flowed into lines
		}
	})
	return found
}

// MenuItem returns the item labelled label of the main menu labelled menu (one level of submenus searched).
func (h *Harness) MenuItem(menu, label string) *fyne.MenuItem {
	h.T.Helper()
	for _, m := range h.Win.MainMenu().Items {
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
	h.T.Fatalf("no menu item %s → %s", menu, label)
	return nil
}

// Heading returns the title of the section the window shows: the sub-heading above the screen.
func (h *Harness) Heading() string {
	title := ""
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.SizeName == theme.SizeNameSubHeadingText && title == "" {
			title = l.Text
		}
	})
	return title
}

// Main runs a test package's tests: the TestMain of the shell and of every section.
func Main(m *testing.M) {
	// Fyne reads the system's languages on every change of translations and logs "C" (of
	// LANG=C.UTF-8) as an error each time. The window's language comes from the data file
	// either way: this only keeps the log readable.
	os.Setenv("LANGUAGE", "en")
	os.Exit(m.Run())
}
