package ui_test

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

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
