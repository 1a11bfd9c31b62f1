package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The English window with a record chosen (issue #21, stop 14): on the demo year every section
// with a list of its own shows its first record, and each tab of the section; nothing on it is
// Cyrillic but the demo's data — the labels, buttons and placeholders the screen walk looks at,
// and also the choices of drop-downs, check groups and radio groups and the checks' texts, which
// a chosen record fills (the thematic areas and subjects of a student's survey and application
// were Bulgarian there).
func TestWalk_ChosenRecordsInEnglish(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	blank := uitest.DataRemover(data)
	h.MenuItem("Изглед", "English").Action()
	h.Win.Resize(laptop)
	reported := map[string]bool{}
	check := func(where string) {
		t.Helper()
		for _, s := range choicesShown(h) {
			if cyrillic(blank(s)) && !reported[s] {
				reported[s] = true
				t.Errorf("%s shows %q in English", where, s)
			}
		}
	}
	nav := h.Nav()
	for i := 0; i < nav.Length(); i++ {
		h.Nav().Select(i)
		h.Win.Resize(laptop)
		sec := h.Heading()
		list := ownList(h, h.Nav())
		if list == nil || list.Length() == 0 {
			continue
		}
		list.Select(0)
		h.CloseDialogs()
		check(sec + " (first record)")
		for _, tabs := range h.Tabs() {
			first := tabs.SelectedIndex()
			for j, item := range tabs.Items {
				tabs.SelectIndex(j)
				h.CloseDialogs()
				check(sec + " / " + item.Text)
			}
			tabs.SelectIndex(first)
		}
	}
}

// ownList is the first list of the window's content that is not the navigation, or nil.
func ownList(h *uitest.Harness, nav *widget.List) *widget.List {
	var found *widget.List
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && found == nil && l != nav {
			found = l
		}
	})
	return found
}

// choicesShown are the texts of the window's content a user reads, the choices of every
// drop-down, check group and radio group among them.
func choicesShown(h *uitest.Harness) []string {
	var out []string
	h.Content(func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *widget.Entry:
			out = append(out, o.PlaceHolder)
		case *widget.Button:
			out = append(out, o.Text)
		case *widget.Check:
			out = append(out, o.Text)
		case *widget.Select:
			out = append(out, o.PlaceHolder, o.Selected)
			out = append(out, o.Options...)
		case *widget.SelectEntry:
			out = append(out, o.PlaceHolder)
		case *widget.CheckGroup:
			out = append(out, o.Options...)
		case *widget.RadioGroup:
			out = append(out, o.Options...)
		case *widget.RichText:
			out = append(out, o.String())
		}
	})
	var texts []string
	for _, s := range out {
		if s = strings.TrimSpace(s); s != "" {
			texts = append(texts, s)
		}
	}
	return texts
}
