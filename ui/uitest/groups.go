package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// SectionGroups is the index of Групи in the navigation.
const SectionGroups = 3

// GrpChoose selects option in the drop-down next to the form label, which may sit in a box.
func (h *Harness) GrpChoose(label, option string) {
	h.T.Helper()
	var sel *widget.Select
	Walk(h.Field(label), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && sel == nil {
			sel = s
		}
	})
	if sel == nil {
		h.T.Fatalf("field %q has no drop-down", label)
	}
	for _, o := range sel.Options {
		if o == option {
			sel.SetSelected(option)
			return
		}
	}
	h.T.Fatalf("drop-down %q has no option %q (has %v)", label, option, sel.Options)
}

// DialogLists returns the lists of the dialogs shown over the window, in layout order.
func (h *Harness) DialogLists() []*widget.List {
	var out []*widget.List
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			out = append(out, l)
		}
	})
	return out
}

// ShowGroupTab shows the tab titled title of the Групи screen (Група, Състав, Програма,
// Дневник) and returns its content: only the shown tab is in the window's tree.
func (h *Harness) ShowGroupTab(title string) fyne.CanvasObject {
	h.T.Helper()
	h.ShowTab(title)
	return h.groupTab().Content
}

// ShownGroupTab is the title of the tab the Групи screen shows.
func (h *Harness) ShownGroupTab() string {
	if it := h.groupTab(); it != nil {
		return it.Text
	}
	return ""
}

// groupTab is the tab the Групи screen shows, or nil.
func (h *Harness) groupTab() *container.TabItem {
	var it *container.TabItem
	h.Content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && it == nil {
			it = t.Selected()
		}
	})
	return it
}

// SelectGroup selects the group named name in the list of groups, reading its name on the
// Група tab, and leaves the Състав tab shown, where the group's members are.
func (h *Harness) SelectGroup(name string) {
	h.T.Helper()
	h.ShowGroupTab("Група")
	defer h.ShowGroupTab("Състав")
	l := h.ScreenLists()[0]
	for i := range l.Length() {
		l.Select(i)
		if h.Entry("Наименование").Text == name {
			return
		}
	}
	h.T.Fatalf("no group %q in the list", name)
}

// AddMember searches the students of the Състав tab for text and adds the first one found.
func (h *Harness) AddMember(text string) {
	h.T.Helper()
	h.ShowGroupTab("Състав")
	e := h.EntryWith("Търсене на ученик по име или клас")
	e.SetText("")
	test.Type(e, text)
	candidates := h.ScreenLists()[2] // the groups, the members, the students to add
	if candidates.Length() == 0 {
		h.T.Fatalf("no student to add matches %q", text)
	}
	candidates.Select(0)
	h.Tap("Включи на датата")
}
