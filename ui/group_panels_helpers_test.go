package ui_test

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// panelTab is one tab of the Групи screen, found by its title, for the tests of the Програма
// and Дневник panels: everything is looked up inside the tab, since the tabs share labels.
type panelTab struct {
	h    *harness
	root fyne.CanvasObject
}

// openGroupTab shows Групи, selects group name in the screen's list and shows the tab title.
func (h *harness) openGroupTab(group, title string) panelTab {
	h.t.Helper()
	h.nav().Select(3)
	h.selectGroup(group)
	return panelTab{h: h, root: h.showGroupTab(title)}
}

// labelsOf joins the texts of the labels inside o.
func (h *harness) labelsOf(o fyne.CanvasObject) string {
	var texts []string
	walk(o, func(o fyne.CanvasObject) {
		if lb, ok := o.(*widget.Label); ok && lb.Visible() && lb.Text != "" {
			texts = append(texts, lb.Text)
		}
	})
	return strings.Join(texts, " | ")
}

// tap taps the tab's button labelled text.
func (p panelTab) tap(text string) {
	p.h.t.Helper()
	var found *widget.Button
	walk(p.root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		p.h.t.Fatalf("no button %q in the tab", text)
	}
	test.Tap(found)
}

// text joins what the tab's labels show.
func (p panelTab) text() string { return p.h.labelsOf(p.root) }

// placeholderEntry returns the tab's entry whose placeholder is ph.
func (p panelTab) placeholderEntry(ph string) *widget.Entry {
	p.h.t.Helper()
	var found *widget.Entry
	walk(p.root, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph {
			found = e
		}
	})
	if found == nil {
		p.h.t.Fatalf("no entry with placeholder %q in the tab", ph)
	}
	return found
}

// list returns the tab's first list.
func (p panelTab) list() *widget.List {
	p.h.t.Helper()
	var found *widget.List
	walk(p.root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && found == nil {
			found = l
		}
	})
	if found == nil {
		p.h.t.Fatal("no list in the tab")
	}
	return found
}

// table returns the tab's first table.
func (p panelTab) table() *widget.Table {
	p.h.t.Helper()
	var found *widget.Table
	walk(p.root, func(o fyne.CanvasObject) {
		if t, ok := o.(*widget.Table); ok && found == nil {
			found = t
		}
	})
	if found == nil {
		p.h.t.Fatal("no table in the tab")
	}
	return found
}

// key sends key to the focused object of the window.
func (h *harness) key(name fyne.KeyName) {
	h.t.Helper()
	f := h.win.Canvas().Focused()
	if f == nil {
		h.t.Fatal("nothing has the keyboard focus")
	}
	f.TypedKey(&fyne.KeyEvent{Name: name})
}

// groupWithSchedule returns the first group of d with a weekly schedule.
func groupWithSchedule(d *model.YearData) *model.Group {
	for i := range d.Groups {
		if len(d.Groups[i].Schedule) > 0 {
			return &d.Groups[i]
		}
	}
	return nil
}

// entryAfter returns the entry that follows the label text in a row of the tab.
func (p panelTab) entryAfter(text string) *widget.Entry {
	p.h.t.Helper()
	var found *widget.Entry
	walk(p.root, func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		for i, x := range c.Objects {
			if l, ok := x.(*widget.Label); ok && l.Text == text && i+1 < len(c.Objects) {
				walk(c.Objects[i+1], func(o fyne.CanvasObject) {
					if e, ok := o.(*widget.Entry); ok && found == nil {
						found = e
					}
				})
			}
		}
	})
	if found == nil {
		p.h.t.Fatalf("no entry after %q in the tab", text)
	}
	return found
}

// entryWithText returns the tab's entry that holds text.
func (p panelTab) entryWithText(text string) *widget.Entry {
	p.h.t.Helper()
	var found *widget.Entry
	walk(p.root, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Text == text && found == nil {
			found = e
		}
	})
	if found == nil {
		p.h.t.Fatalf("no entry holds %q in the tab", text)
	}
	return found
}

// selectWith returns the tab's drop-down that shows selected.
func (p panelTab) selectWith(selected string) *widget.Select {
	p.h.t.Helper()
	var found *widget.Select
	walk(p.root, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.Selected == selected && found == nil {
			found = s
		}
	})
	if found == nil {
		p.h.t.Fatalf("no drop-down shows %q in the tab", selected)
	}
	return found
}
