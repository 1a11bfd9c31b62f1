package uitest

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// YearPicker returns the year picker above the navigation: the select labelled by the years.
func (h *Harness) YearPicker() *widget.Select {
	h.T.Helper()
	var found *widget.Select
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil && slices.ContainsFunc(s.Options, func(x string) bool { return strings.HasPrefix(x, "2025/2026") }) {
			found = s
		}
	})
	if found == nil {
		h.T.Fatal("no year picker")
	}
	return found
}

// VisibleLabelWith returns the text of the first shown label containing text, or "".
func (h *Harness) VisibleLabelWith(text string) string {
	found := ""
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == "" && l.Visible() && strings.Contains(l.Text, text) {
			found = l.Text
		}
	})
	return found
}

// DialogEntries returns the entries of the dialog shown, in layout order.
func (h *Harness) DialogEntries() []*widget.Entry {
	var es []*widget.Entry
	h.Dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			es = append(es, e)
		}
	})
	return es
}

// DialogEntryWith returns the entry of the shown dialogs whose placeholder is placeholder.
func (h *Harness) DialogEntryWith(placeholder string) *widget.Entry {
	h.T.Helper()
	var found *widget.Entry
	h.Dialogs(func(o fyne.CanvasObject) {
		e, ok := o.(*widget.Entry)
		if de, isKit := o.(*kit.DialogEntry); isKit { // the kit's entry, which answers Esc
			e, ok = &de.Entry, true
		}
		if ok && found == nil && e.PlaceHolder == placeholder {
			found = e
		}
	})
	if found == nil {
		h.T.Fatalf("no entry %q in the dialogs: %s", placeholder, h.DialogText())
	}
	return found
}

// SelectWithOption returns the options of the first select offering an option that starts with
// prefix, or nil.
func (h *Harness) SelectWithOption(prefix string) []string {
	var found []string
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil && slices.ContainsFunc(s.Options, func(x string) bool { return strings.HasPrefix(x, prefix) }) {
			found = s.Options
		}
	})
	return found
}
