package uitest

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// PanelTab is one tab of the Групи screen, found by its title, for the tests of the Програма
// and Дневник panels: everything is looked up inside the tab, since the tabs share labels.
type PanelTab struct {
	H    *Harness
	Root fyne.CanvasObject
}

// OpenGroupTab shows Групи, selects group name in the screen's list and shows the tab title.
func (h *Harness) OpenGroupTab(group, title string) PanelTab {
	h.T.Helper()
	h.Nav().Select(3)
	h.SelectGroup(group)
	return PanelTab{H: h, Root: h.ShowGroupTab(title)}
}

// labelsOf joins the texts of the labels inside o.
func (h *Harness) labelsOf(o fyne.CanvasObject) string {
	var texts []string
	Walk(o, func(o fyne.CanvasObject) {
		if lb, ok := o.(*widget.Label); ok && lb.Visible() && lb.Text != "" {
			texts = append(texts, lb.Text)
		}
	})
	return strings.Join(texts, " | ")
}

// Tap taps the tab's button labelled text.
func (p PanelTab) Tap(text string) {
	p.H.T.Helper()
	var found *widget.Button
	Walk(p.Root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		p.H.T.Fatalf("no button %q in the tab", text)
	}
	test.Tap(found)
}

// Text joins what the tab's labels show.
func (p PanelTab) Text() string { return p.H.labelsOf(p.Root) }

// PlaceholderEntry returns the tab's entry whose placeholder is ph.
func (p PanelTab) PlaceholderEntry(ph string) *widget.Entry {
	p.H.T.Helper()
	var found *widget.Entry
	Walk(p.Root, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph {
			found = e
		}
	})
	if found == nil {
		p.H.T.Fatalf("no entry with placeholder %q in the tab", ph)
	}
	return found
}

// List returns the tab's first list.
func (p PanelTab) List() *widget.List {
	p.H.T.Helper()
	var found *widget.List
	Walk(p.Root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && found == nil {
			found = l
		}
	})
	if found == nil {
		p.H.T.Fatal("no list in the tab")
	}
	return found
}

// Table returns the tab's first table.
func (p PanelTab) Table() *widget.Table {
	p.H.T.Helper()
	var found *widget.Table
	Walk(p.Root, func(o fyne.CanvasObject) {
		if t, ok := o.(*widget.Table); ok && found == nil {
			found = t
		}
	})
	if found == nil {
		p.H.T.Fatal("no table in the tab")
	}
	return found
}

// Key sends key to the focused object of the window.
func (h *Harness) Key(name fyne.KeyName) {
	h.T.Helper()
	f := h.Win.Canvas().Focused()
	if f == nil {
		h.T.Fatal("nothing has the keyboard focus")
	}
	f.TypedKey(&fyne.KeyEvent{Name: name})
}

// GroupWithSchedule returns the first group of d with a weekly schedule.
func GroupWithSchedule(d *model.YearData) *model.Group {
	for i := range d.Groups {
		if len(d.Groups[i].Schedule) > 0 {
			return &d.Groups[i]
		}
	}
	return nil
}

// EntryAfter returns the entry that follows the label text in a row of the tab.
func (p PanelTab) EntryAfter(text string) *widget.Entry {
	p.H.T.Helper()
	var found *widget.Entry
	Walk(p.Root, func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		for i, x := range c.Objects {
			if l, ok := x.(*widget.Label); ok && l.Text == text && i+1 < len(c.Objects) {
				Walk(c.Objects[i+1], func(o fyne.CanvasObject) {
					if e, ok := o.(*widget.Entry); ok && found == nil {
						found = e
					}
				})
			}
		}
	})
	if found == nil {
		p.H.T.Fatalf("no entry after %q in the tab", text)
	}
	return found
}

// EntryWithText returns the tab's entry that holds text.
func (p PanelTab) EntryWithText(text string) *widget.Entry {
	p.H.T.Helper()
	var found *widget.Entry
	Walk(p.Root, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.Text == text && found == nil {
			found = e
		}
	})
	if found == nil {
		p.H.T.Fatalf("no entry holds %q in the tab", text)
	}
	return found
}

// SelectWith returns the tab's drop-down that shows selected.
func (p PanelTab) SelectWith(selected string) *widget.Select {
	p.H.T.Helper()
	var found *widget.Select
	Walk(p.Root, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.Selected == selected && found == nil {
			found = s
		}
	})
	if found == nil {
		p.H.T.Fatalf("no drop-down shows %q in the tab", selected)
	}
	return found
}

// Button returns the tab's button labelled text.
func (p PanelTab) Button(text string) *widget.Button {
	p.H.T.Helper()
	var found *widget.Button
	Walk(p.Root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		p.H.T.Fatalf("no button %q in the tab", text)
	}
	return found
}

// endDialogEntries returns the one-line entries of the dialogs over the window in their
// order: *widget.Entry, or the Entry inside a widget embedding one (kit.DialogEntry).
// kit.AskEnd's dialog holds the day, then the reason.
func (h *Harness) endDialogEntries() []*widget.Entry {
	var out []*widget.Entry
	h.Dialogs(func(o fyne.CanvasObject) {
		e, ok := o.(*widget.Entry)
		if !ok {
			e = embeddedEntry(o)
		}
		if e != nil && !slices.Contains(out, e) {
			out = append(out, e)
		}
	})
	return out
}

// EndInDialog types day and reason into kit.AskEnd's dialog and presses Enter in the reason, as
// the user ends a record.
func (h *Harness) EndInDialog(day, reason string) {
	h.T.Helper()
	es := h.endDialogEntries()
	if len(es) < 2 {
		h.T.Fatalf("the end dialog shows %d entries, want the day and the reason", len(es))
	}
	es[0].SetText(day)
	es[1].SetText(reason)
	es[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}
