package uitest

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ListShowing returns the list on the screen that shows a row starting with prefix.
func (h *Harness) ListShowing(prefix string) *widget.List {
	h.T.Helper()
	var found *widget.List
	h.Content(func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || found != nil {
			return
		}
		Walk(l, func(o fyne.CanvasObject) {
			if lb, ok := o.(*widget.Label); ok && strings.HasPrefix(lb.Text, prefix) {
				found = l
			}
		})
	})
	if found == nil {
		h.T.Fatalf("no list shows a row %q…", prefix)
	}
	return found
}

// Tick ticks the options of the check group that offers the first of them.
func (h *Harness) Tick(options ...string) {
	h.T.Helper()
	var group *widget.CheckGroup
	h.Content(func(o fyne.CanvasObject) {
		if g, ok := o.(*widget.CheckGroup); ok {
			for _, opt := range g.Options {
				if opt == options[0] {
					group = g
				}
			}
		}
	})
	if group == nil {
		h.T.Fatalf("no check group offers %q", options[0])
	}
	group.SetSelected(options)
}

// RowAt returns the text of row i of l, whose rows are labels.
func RowAt(l *widget.List, i int) string {
	o := l.CreateItem()
	l.UpdateItem(i, o)
	if lb, ok := o.(*widget.Label); ok {
		return lb.Text
	}
	return ""
}
