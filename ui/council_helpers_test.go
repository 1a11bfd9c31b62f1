package ui_test

import (
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
	"github.com/tvoyatchas/tvoyatchas/ui"
)

// newPrintingHarness is newDemoHarness whose printed files are written into dir, no dialog asked.
func newPrintingHarness(t *testing.T, dir string) (*harness, *store.DB, *model.YearData) {
	t.Helper()
	h := &harness{t: t, app: test.NewTempApp(t), path: filepath.Join(t.TempDir(), "school.db")}
	data := demo.Generate(demo.Options{Students: 120, Seed: 1, Year: 2025})
	db := h.openStore()
	if err := db.PutAll(data.Records()...); err != nil {
		t.Fatalf("seed the demo year: %v", err)
	}
	h.win = test.NewWindow(nil)
	h.win.Resize(fyne.NewSize(1200, 800))
	h.main = ui.New(h.app, h.win, printingOptions(dir))
	h.main.Attach(db)
	t.Cleanup(h.main.RequestClose)
	return h, db, data
}

// printingOptions are the window's options of the tests, with printed files written into dir.
func printingOptions(dir string) ui.Options {
	return ui.Options{Now: today, SavePath: func(name string) string { return filepath.Join(dir, name) }}
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
	h.win = test.NewWindow(nil)
	h.win.Resize(fyne.NewSize(1200, 800))
	h.main = ui.New(h.app, h.win, printingOptions(dir))
	h.main.Attach(h.openStore())
	h.t.Cleanup(h.main.RequestClose)
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

// listShowing returns the list on the screen that shows a row starting with prefix.
func (h *harness) listShowing(prefix string) *widget.List {
	h.t.Helper()
	var found *widget.List
	h.content(func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || found != nil {
			return
		}
		walk(l, func(o fyne.CanvasObject) {
			if lb, ok := o.(*widget.Label); ok && strings.HasPrefix(lb.Text, prefix) {
				found = l
			}
		})
	})
	if found == nil {
		h.t.Fatalf("no list shows a row %q…", prefix)
	}
	return found
}

// tick ticks the options of the check group that offers the first of them.
func (h *harness) tick(options ...string) {
	h.t.Helper()
	var group *widget.CheckGroup
	h.content(func(o fyne.CanvasObject) {
		if g, ok := o.(*widget.CheckGroup); ok {
			for _, opt := range g.Options {
				if opt == options[0] {
					group = g
				}
			}
		}
	})
	if group == nil {
		h.t.Fatalf("no check group offers %q", options[0])
	}
	group.SetSelected(options)
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
