package ui_test

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// yearPicker returns the year picker above the navigation: the select labelled by the years.
func (h *harness) yearPicker() *widget.Select {
	h.t.Helper()
	var found *widget.Select
	h.content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil && slices.ContainsFunc(s.Options, func(x string) bool { return strings.HasPrefix(x, "2025/2026") }) {
			found = s
		}
	})
	if found == nil {
		h.t.Fatal("no year picker")
	}
	return found
}

// visibleLabelWith returns the text of the first shown label containing text, or "".
func (h *harness) visibleLabelWith(text string) string {
	found := ""
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == "" && l.Visible() && strings.Contains(l.Text, text) {
			found = l.Text
		}
	})
	return found
}

// dialogEntries returns the entries of the dialog shown, in layout order.
func (h *harness) dialogEntries() []*widget.Entry {
	var es []*widget.Entry
	h.dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			es = append(es, e)
		}
	})
	return es
}

// dialogEntryWith returns the entry of the shown dialogs whose placeholder is placeholder.
func (h *harness) dialogEntryWith(placeholder string) *widget.Entry {
	h.t.Helper()
	var found *widget.Entry
	h.dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && found == nil && e.PlaceHolder == placeholder {
			found = e
		}
	})
	if found == nil {
		h.t.Fatalf("no entry %q in the dialogs: %s", placeholder, h.dialogText())
	}
	return found
}

// selectWithOption returns the options of the first select offering an option that starts with
// prefix, or nil.
func (h *harness) selectWithOption(prefix string) []string {
	var found []string
	h.content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil && slices.ContainsFunc(s.Options, func(x string) bool { return strings.HasPrefix(x, prefix) }) {
			found = s.Options
		}
	})
	return found
}
