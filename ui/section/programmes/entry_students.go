package programmes

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// studentsField is the students who took part in an entry: the school's shared records, named by
// ID (never copied), picked in a dialog that searches the year's students by name or class.
type studentsField struct {
	e       *entryPane
	ids     []model.ID // the chosen, the form's own copy
	label   *widget.Label
	content fyne.CanvasObject
}

func newStudentsField(e *entryPane) *studentsField {
	f := &studentsField{e: e, label: widget.NewLabel("")}
	pick := widget.NewButton(lang.X("programmes.st.pick", "Избери…"), f.pick)
	f.content = container.NewBorder(nil, nil, nil, pick, f.label)
	return f
}

// set shows ids (read-only: copied).
func (f *studentsField) set(ids []model.ID) {
	f.ids = slices.Clone(ids)
	f.label.SetText(lang.X("programmes.st.count", "{{.N}} ученици", map[string]any{"N": len(f.ids)}))
}

// students are the year's students, read-only.
func (f *studentsField) students() []model.Student {
	if f.e.s.prj.year == nil {
		return nil
	}
	return f.e.s.prj.year.Students
}

// pick opens the dialog; Готово (Enter) takes the ticked students, Отказ (Esc) leaves them.
func (f *studentsField) pick() {
	all := f.students()
	chosen := map[model.ID]bool{}
	for _, id := range f.ids {
		chosen[id] = true
	}
	var shown []int // indexes into all that match the search
	search := widget.NewEntry()
	search.SetPlaceHolder(lang.X("programmes.st.search", "търсене по име или клас"))
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*widget.Check)
			st := &all[shown[i]]
			c.OnChanged = nil
			c.SetText(kit.StudentLine(st))
			c.SetChecked(chosen[st.ID])
			c.OnChanged = func(on bool) { chosen[st.ID] = on }
		})
	filter := func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		shown = shown[:0]
		for i := range all {
			if q == "" || strings.Contains(strings.ToLower(kit.StudentLine(&all[i])), q) {
				shown = append(shown, i)
			}
		}
		list.Refresh()
	}
	search.OnChanged = filter
	filter("")
	body := container.NewBorder(search, nil, nil, nil, list)
	d := dialog.NewCustomConfirm(lang.X("programmes.st.title", "Ученици, участвали в записа"),
		lang.X("programmes.st.done", "Готово"), lang.X("programmes.st.cancel", "Отказ"), body, func(ok bool) {
			if !ok {
				return
			}
			var ids []model.ID
			for _, st := range all { // in the year's order, each once
				if chosen[st.ID] {
					ids = append(ids, st.ID)
				}
			}
			f.set(ids)
			f.e.changed()
		}, f.e.s.env.Window)
	search.OnSubmitted = func(string) { d.Confirm() }
	d.Resize(fyne.NewSize(520, 480))
	kit.DialogKeys(f.e.s.env.Window, d, func() { d.Confirm() }, d.Dismiss)
	d.Show()
	f.e.s.env.Window.Canvas().Focus(search)
}
