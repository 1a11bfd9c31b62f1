package uitest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
)

// The helpers every screen's tests share: opening the demo school, and finding and working the
// widgets of the window by what the user reads on them.

// NewDemoHarness shows a main window on a data file seeded with the demo year 2025/2026 of
// 120 students; it returns the open data file, shared with the window.
func NewDemoHarness(t *testing.T) (*Harness, *store.DB, *model.YearData) {
	t.Helper()
	return newDemoHarnessWith(t, ui.Options{Now: Today, Inline: true})
}

// NewPrintingHarness is newDemoHarness whose printed files are written into dir, no dialog asked.
func NewPrintingHarness(t *testing.T, dir string) (*Harness, *store.DB, *model.YearData) {
	t.Helper()
	return newDemoHarnessWith(t, printingOptions(dir))
}

// newDemoHarnessWith is newDemoHarness with the window's options opts.
func newDemoHarnessWith(t *testing.T, opts ui.Options) (*Harness, *store.DB, *model.YearData) {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	data := SeedDemo(t, db, 120)
	h.Show(db, opts)
	return h, db, data
}

// SeedDemo puts the demo year 2025/2026 of n students into db and returns it.
func SeedDemo(t *testing.T, db *store.DB, n int) *model.YearData {
	t.Helper()
	data := demo.Generate(demo.Options{Students: n, Seed: 1, Year: 2025})
	if err := db.PutAll(data.Records()...); err != nil {
		t.Fatalf("seed the demo year: %v", err)
	}
	return data
}

// printingOptions are the window's options of the tests, with printed files written into dir.
func printingOptions(dir string) ui.Options {
	return ui.Options{Now: Today, Inline: true, SavePath: func(name string) string { return filepath.Join(dir, name) }}
}

// Reopen closes the window and the data file and shows the file again in a new window.
func (h *Harness) Reopen() {
	h.T.Helper()
	h.CloseWindow()
	h.Start()
}

// ReopenPrinting is reopen with printed files written into dir.
func (h *Harness) ReopenPrinting(dir string) {
	h.T.Helper()
	h.CloseWindow()
	h.Show(h.OpenStore(), printingOptions(dir))
}

// ShowTab shows the tab titled title of the first tabs on the screen.
func (h *Harness) ShowTab(title string) {
	h.T.Helper()
	var tabs *container.AppTabs
	h.Content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && tabs == nil {
			tabs = t
		}
	})
	if tabs == nil {
		h.T.Fatal("the screen has no tabs")
	}
	for _, it := range tabs.Items {
		if it.Text == title {
			tabs.Select(it)
			return
		}
	}
	h.T.Fatalf("no tab %q", title)
}

// Choose picks option in the drop-down or radio group next to label, or ticks the tick box
// there when option is not "".
func (h *Harness) Choose(label, option string) {
	h.T.Helper()
	switch w := h.Field(label).(type) {
	case *widget.Select:
		w.SetSelected(option)
	case *widget.RadioGroup:
		w.SetSelected(option)
	case *widget.Check:
		w.SetChecked(option != "")
	default:
		h.T.Fatalf("field %q is a %T, not a choice", label, w)
	}
}

// EntriesWith returns the visible entries of the window whose placeholder is ph, in layout order.
func (h *Harness) EntriesWith(ph string) []*widget.Entry {
	var out []*widget.Entry
	h.Content(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph && e.Visible() {
			out = append(out, e)
		}
	})
	return out
}

// EntryWith returns the last visible entry whose placeholder is ph: a search or a path the
// screen asks for by its placeholder, not by a form label.
func (h *Harness) EntryWith(ph string) *widget.Entry {
	h.T.Helper()
	es := h.EntriesWith(ph)
	if len(es) == 0 {
		h.T.Fatalf("no entry %q", ph)
	}
	return es[len(es)-1]
}

// Button returns the visible button labelled text in the window's content, or nil.
func (h *Harness) Button(text string) *widget.Button {
	var found *widget.Button
	h.Content(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	return found
}

// LabelWith returns the text of the first label containing text, or "".
func (h *Harness) LabelWith(text string) string {
	if l := h.LabelShowing(text); l != nil {
		return l.Text
	}
	return ""
}

// LabelShowing returns the first label containing text, or nil.
func (h *Harness) LabelShowing(text string) *widget.Label {
	var found *widget.Label
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == nil && strings.Contains(l.Text, text) {
			found = l
		}
	})
	return found
}

// ScreenLists returns the lists of the shown screen, not the navigation, in the order shown.
func (h *Harness) ScreenLists() []*widget.List {
	nav := h.Nav()
	var out []*widget.List
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && l != nav {
			out = append(out, l)
		}
	})
	return out
}

// SelectRow selects the row of l whose text contains text.
func (h *Harness) SelectRow(l *widget.List, text string) {
	h.T.Helper()
	i, _ := rowOf(l, text)
	if i < 0 {
		h.T.Fatalf("no row %q in the list", text)
	}
	l.Select(i)
}

// RowText returns the text of the row of l that contains text, or "".
func RowText(l *widget.List, text string) string {
	_, s := rowOf(l, text)
	return s
}

// rowOf returns the place and the text of the first row of l whose label contains text, or -1.
func rowOf(l *widget.List, text string) (int, string) {
	for i := range l.Length() {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		if lb, ok := o.(*widget.Label); ok && strings.Contains(lb.Text, text) {
			return i, lb.Text
		}
	}
	return -1, ""
}

// SelectUntil selects each row of l in turn until shown reports that the row sought is open,
// and reports whether one was: the rows whose text the test cannot know in advance.
func SelectUntil(l *widget.List, shown func() bool) bool {
	for i := range l.Length() {
		l.Select(i)
		if shown() {
			return true
		}
	}
	return false
}

// AssertWritten fails t unless every file named in magic was written into dir and starts with
// its magic bytes: "%PDF" for a PDF, "PK" for an XLSX.
func AssertWritten(t *testing.T, dir string, magic map[string]string) {
	t.Helper()
	for name, m := range magic {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(b, []byte(m)) {
			t.Errorf("%s: %v, want a file starting with %q", name, err, m)
		}
	}
}

// Poll asks ok up to n times, every d, until it holds, and reports whether it did: background
// work (a package checked, a batch printed) updates the window a moment after it is started.
func Poll(n int, d time.Duration, ok func() bool) bool {
	for range n {
		if ok() {
			return true
		}
		time.Sleep(d)
	}
	return false
}

// PrintOne taps the print button labelled button and returns the one file it wrote into dir
// whose name matches pattern; a dialog or any other number of such files fails the test.
func (h *Harness) PrintOne(button, dir, pattern string) string {
	h.T.Helper()
	h.Tap(button)
	if d := h.DialogText(); d != "" {
		h.T.Fatalf("%s showed: %s", button, d)
	}
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) != 1 {
		h.T.Fatalf("%s wrote %v, want one %s", button, files, pattern)
	}
	return files[0]
}

// School is a window to try a screen in, started by Start and named for its subtest.
type School struct {
	Name  string
	Start func(t *testing.T) *Harness
}

// Schools are the two a screen's fit is tried on: an empty school and the demo (named "demo").
var Schools = []School{
	{"empty school", NewHarness},
	{"demo", func(t *testing.T) *Harness { h, _, _ := NewDemoHarness(t); return h }},
}
