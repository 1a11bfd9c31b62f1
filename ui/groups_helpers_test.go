package ui_test

import (
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

// dialogLists returns the lists of the dialogs shown over the window, in layout order.
func (h *harness) dialogLists() []*widget.List {
	var out []*widget.List
	h.dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			out = append(out, l)
		}
	})
	return out
}

// showGroupTab shows the tab titled title of the Групи screen (Група, Състав, Програма,
// Дневник) and returns its content: only the shown tab is in the window's tree.
func (h *harness) showGroupTab(title string) fyne.CanvasObject {
	h.t.Helper()
	h.showTab(title)
	return h.groupTab().Content
}

// shownGroupTab is the title of the tab the Групи screen shows.
func (h *harness) shownGroupTab() string {
	if it := h.groupTab(); it != nil {
		return it.Text
	}
	return ""
}

// groupTab is the tab the Групи screen shows, or nil.
func (h *harness) groupTab() *container.TabItem {
	var it *container.TabItem
	h.content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && it == nil {
			it = t.Selected()
		}
	})
	return it
}

// selectGroup selects the group named name in the list of groups, reading its name on the
// Група tab, and leaves the Състав tab shown, where the group's members are.
func (h *harness) selectGroup(name string) {
	h.t.Helper()
	h.showGroupTab("Група")
	defer h.showGroupTab("Състав")
	l := h.screenLists()[0]
	for i := range l.Length() {
		l.Select(i)
		if h.entry("Наименование").Text == name {
			return
		}
	}
	h.t.Fatalf("no group %q in the list", name)
}

// addMember searches the students of the Състав tab for text and adds the first one found.
func (h *harness) addMember(text string) {
	h.t.Helper()
	h.showGroupTab("Състав")
	e := h.entryWith("Търсене на ученик по име или клас")
	e.SetText("")
	test.Type(e, text)
	candidates := h.screenLists()[2] // the groups, the members, the students to add
	if candidates.Length() == 0 {
		h.t.Fatalf("no student to add matches %q", text)
	}
	candidates.Select(0)
	h.tap("Включи на датата")
}
