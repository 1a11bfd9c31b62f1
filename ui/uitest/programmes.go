package uitest

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// LoneScreen is one section's screen alone in a window, on a data file seeded with the demo
// year, with an Env as the shell makes it (work runs inline) and the shell's delivery of each
// commit to the screen (kit.Watcher.Changed, through fyne.Do): a section is tested before the
// shell lists it in its navigation. The Harness's helpers (Tap, TypeIn, HasText, DialogText)
// work on it; its Main is nil.
type LoneScreen struct {
	*Harness
	DB     *store.DB
	Data   *model.YearData
	Env    *kit.Env
	Screen kit.Screen
	Errors []error     // what the screen showed through Env.ShowError
	Opened []model.Ref // what it asked Env.Open to show
}

// NewLoneScreen shows build's screen on the demo year of n students, changed by prepare
// (nil: as generated) before it is stored, at the tests' clock Today.
func NewLoneScreen(t *testing.T, n int, prepare func(d *model.YearData), build func(env *kit.Env) kit.Screen) *LoneScreen {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	t.Cleanup(func() { db.Close() })
	d := demo.Generate(demo.Options{Students: n, Seed: 1, Year: 2025})
	if prepare != nil {
		prepare(d)
	}
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatalf("seed the demo year: %v", err)
	}
	s := &LoneScreen{Harness: h, DB: db, Data: d}
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1093, 760))
	s.Env = &kit.Env{Window: h.Win, DB: db, Now: Today,
		ShowError:   func(err error) { s.Errors = append(s.Errors, err); kit.ShowError(h.Win, err) },
		MarkChanged: func() {},
		Open:        func(r model.Ref) bool { s.Opened = append(s.Opened, r); return true },
		Opens:       func(model.Kind) bool { return true },
		SaveFile:    func(string, func(io.Writer) error) {},
		Go:          func(work func()) { work() },
		Task: func(tk kit.Task) {
			err := tk.Work(t.Context(), func(int, int) {})
			if tk.Done != nil {
				tk.Done(err)
			}
		},
	}
	s.Screen = build(s.Env)
	cancel := db.Subscribe(func(c store.Change) {
		if w, ok := s.Screen.(kit.Watcher); ok {
			fyne.Do(func() { w.Changed(c) })
		}
	})
	t.Cleanup(cancel)
	h.Win.SetContent(s.Screen.Content())
	s.Screen.Refresh()
	t.Cleanup(h.Win.Close)
	return s
}

// LastError is the message of the last error the screen showed, as its dialog says it, or "".
func (s *LoneScreen) LastError() string {
	if len(s.Errors) == 0 {
		return ""
	}
	_, msg, _ := kit.DescribeError(s.Errors[len(s.Errors)-1])
	return msg
}

// ProgTab selects the tab titled title of the first tabs in the window that have one, and
// returns its content: the part of the screen a test works within when several tabs hold
// buttons of the same name.
func (h *Harness) ProgTab(title string) fyne.CanvasObject {
	h.T.Helper()
	var found fyne.CanvasObject
	h.Content(func(o fyne.CanvasObject) {
		tabs, ok := o.(*container.AppTabs)
		if !ok || found != nil {
			return
		}
		for _, it := range tabs.Items {
			if it.Text == title {
				tabs.Select(it)
				found = it.Content
			}
		}
	})
	if found == nil {
		h.T.Fatalf("no tab %q", title)
	}
	return found
}

// ProgFields returns the inputs next to the form label text within root, in order.
func ProgFields(root fyne.CanvasObject, label string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	Walk(root, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					out = append(out, it.Widget)
				}
			}
		}
	})
	return out
}

// ProgEntry returns the n-th (from 0) entry labelled label within root; an entry beside a button
// in a row counts as the row's.
func (h *Harness) ProgEntry(root fyne.CanvasObject, label string, n int) *widget.Entry {
	h.T.Helper()
	fs := ProgFields(root, label)
	if n >= len(fs) {
		h.T.Fatalf("no field %q number %d (of %d)", label, n, len(fs))
	}
	var e *widget.Entry
	Walk(fs[n], func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Entry); ok && e == nil {
			e = x
		}
	})
	if e == nil {
		h.T.Fatalf("field %q is no entry", label)
	}
	return e
}

// ProgSet sets the text of the n-th entry labelled label within root, as typing it would.
func (h *Harness) ProgSet(root fyne.CanvasObject, label string, n int, text string) {
	h.T.Helper()
	h.ProgEntry(root, label, n).SetText(text)
}

// ProgChoose picks option (the first that starts with it) of the select labelled label within root.
func (h *Harness) ProgChoose(root fyne.CanvasObject, label, option string) {
	h.T.Helper()
	fs := ProgFields(root, label)
	if len(fs) == 0 {
		h.T.Fatalf("no field %q", label)
	}
	sel, ok := fs[0].(*widget.Select)
	if !ok {
		h.T.Fatalf("field %q is no choice", label)
	}
	for _, o := range sel.Options {
		if strings.HasPrefix(o, option) {
			sel.SetSelected(o)
			return
		}
	}
	h.T.Fatalf("field %q offers no %q among %q", label, option, sel.Options)
}

// ProgTap taps the button labelled text within root.
func (h *Harness) ProgTap(root fyne.CanvasObject, text string) {
	h.T.Helper()
	var found *widget.Button
	Walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		h.T.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

// ProgHasText reports whether a label within root shows text.
func ProgHasText(root fyne.CanvasObject, text string) bool {
	found := false
	Walk(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) && l.Visible() {
			found = true
		}
		if n, ok := o.(*kit.NumberText); ok && strings.Contains(n.Text(), text) {
			found = true
		}
	})
	return found
}

// Beside builds a second screen on the same Env, shows it beside the first and delivers each
// commit to it too, as the shell does to every screen it built: a save on one is seen on the
// other without Refresh.
func (s *LoneScreen) Beside(build func(env *kit.Env) kit.Screen) kit.Screen {
	s.T.Helper()
	other := build(s.Env)
	cancel := s.DB.Subscribe(func(c store.Change) {
		if w, ok := other.(kit.Watcher); ok {
			fyne.Do(func() { w.Changed(c) })
		}
	})
	s.T.Cleanup(cancel)
	s.Win.SetContent(container.NewHSplit(s.Screen.Content(), other.Content()))
	other.Refresh()
	return other
}
