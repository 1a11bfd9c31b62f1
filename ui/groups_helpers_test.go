package ui_test

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// sectionGroups is the index of Групи in the navigation.
const sectionGroups = 3

// grpChoose selects option in the drop-down next to the form label, which may sit in a box.
func (h *harness) grpChoose(label, option string) {
	h.t.Helper()
	var sel *widget.Select
	walk(h.field(label), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && sel == nil {
			sel = s
		}
	})
	if sel == nil {
		h.t.Fatalf("field %q has no drop-down", label)
	}
	for _, o := range sel.Options {
		if o == option {
			sel.SetSelected(option)
			return
		}
	}
	h.t.Fatalf("drop-down %q has no option %q (has %v)", label, option, sel.Options)
}

// lists returns the lists of the window's content other than the navigation, in layout order:
// on Групи the groups, then the members of the Състав tab, then the students to add.
func (h *harness) lists() []*widget.List {
	nav := h.nav()
	var out []*widget.List
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && l != nav && !containsList(out, l) {
			out = append(out, l)
		}
	})
	return out
}

// dialogLists returns the lists of the dialogs shown over the window, in layout order.
func (h *harness) dialogLists() []*widget.List {
	var out []*widget.List
	h.dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && !containsList(out, l) {
			out = append(out, l)
		}
	})
	return out
}

func containsList(ls []*widget.List, l *widget.List) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// showGroupTab shows the tab titled title of the Групи screen (Група, Състав, Програма,
// Дневник) and returns its content: only the shown tab is in the window's tree.
func (h *harness) showGroupTab(title string) fyne.CanvasObject {
	h.t.Helper()
	var tabs *container.AppTabs
	h.content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && tabs == nil {
			tabs = t
		}
	})
	if tabs == nil {
		h.t.Fatal("the Групи screen shows no tabs")
	}
	for i, it := range tabs.Items {
		if it.Text == title {
			tabs.SelectIndex(i)
			return it.Content
		}
	}
	h.t.Fatalf("no tab %q", title)
	return nil
}

// shownGroupTab is the title of the tab the Групи screen shows.
func (h *harness) shownGroupTab() string {
	var title string
	h.content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && title == "" && t.Selected() != nil {
			title = t.Selected().Text
		}
	})
	return title
}

// selectGroup selects the group named name in the list of groups, reading its name on the
// Група tab, and leaves the Състав tab shown, where the group's members are.
func (h *harness) selectGroup(name string) {
	h.t.Helper()
	h.showGroupTab("Група")
	defer h.showGroupTab("Състав")
	l := h.lists()[0]
	for i := range l.Length() {
		l.Select(i)
		if h.entry("Наименование").Text == name {
			return
		}
	}
	h.t.Fatalf("no group %q in the list", name)
}

// searchEntry returns the first entry whose placeholder is ph.
func (h *harness) searchEntry(ph string) *widget.Entry {
	h.t.Helper()
	var found *widget.Entry
	h.content(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph && found == nil {
			found = e
		}
	})
	if found == nil {
		h.t.Fatalf("no entry with placeholder %q", ph)
	}
	return found
}

// addMember searches the students of the Състав tab for text and adds the first one found.
func (h *harness) addMember(text string) {
	h.t.Helper()
	h.showGroupTab("Състав")
	e := h.searchEntry("Търсене на ученик по име или клас")
	e.SetText("")
	test.Type(e, text)
	candidates := h.lists()[2] // the groups, the members, the students to add
	if candidates.Length() == 0 {
		h.t.Fatalf("no student to add matches %q", text)
	}
	candidates.Select(0)
	h.tap("Включи на датата")
}

// grpLabelWith returns the text of a label in the window that contains text, or "".
func (h *harness) grpLabelWith(text string) string {
	var found string
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, text) {
			found = l.Text
		}
	})
	return found
}
