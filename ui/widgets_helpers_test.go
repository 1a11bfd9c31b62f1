package ui_test

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

// newDemoHarness shows a main window on a data file seeded with the demo year 2025/2026 of
// 120 students; it returns the open data file, shared with the window.
func newDemoHarness(t *testing.T) (*harness, *store.DB, *model.YearData) {
	t.Helper()
	return newDemoHarnessWith(t, ui.Options{Now: today, Inline: true})
}

// newPrintingHarness is newDemoHarness whose printed files are written into dir, no dialog asked.
func newPrintingHarness(t *testing.T, dir string) (*harness, *store.DB, *model.YearData) {
	t.Helper()
	return newDemoHarnessWith(t, printingOptions(dir))
}

// newDemoHarnessWith is newDemoHarness with the window's options opts.
func newDemoHarnessWith(t *testing.T, opts ui.Options) (*harness, *store.DB, *model.YearData) {
	t.Helper()
	h := &harness{t: t, app: test.NewTempApp(t), path: filepath.Join(t.TempDir(), "school.db")}
	db := h.openStore()
	data := seedDemo(t, db, 120)
	h.show(db, opts)
	return h, db, data
}

// seedDemo puts the demo year 2025/2026 of n students into db and returns it.
func seedDemo(t *testing.T, db *store.DB, n int) *model.YearData {
	t.Helper()
	data := demo.Generate(demo.Options{Students: n, Seed: 1, Year: 2025})
	if err := db.PutAll(data.Records()...); err != nil {
		t.Fatalf("seed the demo year: %v", err)
	}
	return data
}

// printingOptions are the window's options of the tests, with printed files written into dir.
func printingOptions(dir string) ui.Options {
	return ui.Options{Now: today, Inline: true, SavePath: func(name string) string { return filepath.Join(dir, name) }}
}

// reopen closes the window and the data file and shows the file again in a new window.
func (h *harness) reopen() {
	h.t.Helper()
	h.closeWindow()
	h.start()
}

// reopenPrinting is reopen with printed files written into dir.
func (h *harness) reopenPrinting(dir string) {
	h.t.Helper()
	h.closeWindow()
	h.show(h.openStore(), printingOptions(dir))
}

// showTab shows the tab titled title of the first tabs on the screen.
func (h *harness) showTab(title string) {
	h.t.Helper()
	var tabs *container.AppTabs
	h.content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && tabs == nil {
			tabs = t
		}
	})
	if tabs == nil {
		h.t.Fatal("the screen has no tabs")
	}
	for _, it := range tabs.Items {
		if it.Text == title {
			tabs.Select(it)
			return
		}
	}
	h.t.Fatalf("no tab %q", title)
}

// choose picks option in the drop-down or radio group next to label, or ticks the tick box
// there when option is not "".
func (h *harness) choose(label, option string) {
	h.t.Helper()
	switch w := h.field(label).(type) {
	case *widget.Select:
		w.SetSelected(option)
	case *widget.RadioGroup:
		w.SetSelected(option)
	case *widget.Check:
		w.SetChecked(option != "")
	default:
		h.t.Fatalf("field %q is a %T, not a choice", label, w)
	}
}

// entriesWith returns the visible entries of the window whose placeholder is ph, in layout order.
func (h *harness) entriesWith(ph string) []*widget.Entry {
	var out []*widget.Entry
	h.content(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph && e.Visible() {
			out = append(out, e)
		}
	})
	return out
}

// entryWith returns the last visible entry whose placeholder is ph: a search or a path the
// screen asks for by its placeholder, not by a form label.
func (h *harness) entryWith(ph string) *widget.Entry {
	h.t.Helper()
	es := h.entriesWith(ph)
	if len(es) == 0 {
		h.t.Fatalf("no entry %q", ph)
	}
	return es[len(es)-1]
}

// button returns the visible button labelled text in the window's content, or nil.
func (h *harness) button(text string) *widget.Button {
	var found *widget.Button
	h.content(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	return found
}

// labelWith returns the text of the first label containing text, or "".
func (h *harness) labelWith(text string) string {
	found := ""
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == "" && strings.Contains(l.Text, text) {
			found = l.Text
		}
	})
	return found
}

// screenLists returns the lists of the shown screen, not the navigation, in the order shown.
func (h *harness) screenLists() []*widget.List {
	nav := h.nav()
	var out []*widget.List
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && l != nav {
			out = append(out, l)
		}
	})
	return out
}

// selectRow selects the row of l whose text contains text.
func (h *harness) selectRow(l *widget.List, text string) {
	h.t.Helper()
	i, _ := rowOf(l, text)
	if i < 0 {
		h.t.Fatalf("no row %q in the list", text)
	}
	l.Select(i)
}

// rowText returns the text of the row of l that contains text, or "".
func rowText(l *widget.List, text string) string {
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

// selectUntil selects each row of l in turn until shown reports that the row sought is open,
// and reports whether one was: the rows whose text the test cannot know in advance.
func selectUntil(l *widget.List, shown func() bool) bool {
	for i := range l.Length() {
		l.Select(i)
		if shown() {
			return true
		}
	}
	return false
}

// assertWritten fails t unless every file named in magic was written into dir and starts with
// its magic bytes: "%PDF" for a PDF, "PK" for an XLSX.
func assertWritten(t *testing.T, dir string, magic map[string]string) {
	t.Helper()
	for name, m := range magic {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(b, []byte(m)) {
			t.Errorf("%s: %v, want a file starting with %q", name, err, m)
		}
	}
}

// poll asks ok up to n times, every d, until it holds, and reports whether it did: background
// work (a package checked, a batch printed) updates the window a moment after it is started.
func poll(n int, d time.Duration, ok func() bool) bool {
	for range n {
		if ok() {
			return true
		}
		time.Sleep(d)
	}
	return false
}

// printOne taps the print button labelled button and returns the one file it wrote into dir
// whose name matches pattern; a dialog or any other number of such files fails the test.
func (h *harness) printOne(button, dir, pattern string) string {
	h.t.Helper()
	h.tap(button)
	if d := h.dialogText(); d != "" {
		h.t.Fatalf("%s showed: %s", button, d)
	}
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) != 1 {
		h.t.Fatalf("%s wrote %v, want one %s", button, files, pattern)
	}
	return files[0]
}
