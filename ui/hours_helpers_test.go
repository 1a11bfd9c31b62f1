package ui_test

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui"
)

const sectionHours = 5

// screenLists returns the lists of the shown screen, not the navigation, in the order shown.
func (h *harness) screenLists() []*widget.List {
	nav := h.nav()
	var out []*widget.List
	h.content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && l != nav {
			out = append(out, l)
		}
	})
	return out
}

// selectRow selects the row of l whose text contains text.
func (h *harness) selectRow(l *widget.List, text string) {
	h.t.Helper()
	for i := range l.Length() {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		if lb, ok := o.(*widget.Label); ok && strings.Contains(lb.Text, text) {
			l.Select(i)
			return
		}
	}
	h.t.Fatalf("no row %q in the list", text)
}

// rowText returns the text of the row of l that contains text, or "".
func rowText(l *widget.List, text string) string {
	for i := range l.Length() {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		if lb, ok := o.(*widget.Label); ok && strings.Contains(lb.Text, text) {
			return lb.Text
		}
	}
	return ""
}

// openHours shows the Часове screen with person and month chosen (month as „юни 2026“).
func (h *harness) openHours(person model.PersonName, month string) {
	h.t.Helper()
	h.nav().Select(sectionHours)
	lists := h.screenLists()
	if len(lists) != 2 {
		h.t.Fatalf("the Часове screen shows %d lists, want the people and the months", len(lists))
	}
	h.selectRow(lists[0], person.String())
	h.selectRow(h.screenLists()[1], month)
}

// entriesWith returns the entries of the window whose placeholder is ph, in order.
func (h *harness) entriesWith(ph string) []*widget.Entry {
	var out []*widget.Entry
	h.content(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == ph && e.Visible() {
			out = append(out, e)
		}
	})
	return out
}

// addDay adds a row to the shown report and types date, hours and activity into it.
func (h *harness) addDay(date, hours, activity string) {
	h.t.Helper()
	h.tap("Добави ден")
	for _, x := range []struct{ ph, text string }{{"дд.мм.гггг", date}, {"часове", hours}, {"извършена дейност", activity}} {
		es := h.entriesWith(x.ph)
		if len(es) == 0 {
			h.t.Fatalf("no day row with %q", x.ph)
		}
		test.Type(es[len(es)-1], x.text)
	}
}

// button returns the visible button labelled text in the window's content, or nil.
func (h *harness) button(text string) *widget.Button {
	var found *widget.Button
	h.content(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	return found
}

// personWith returns the first person of d with role r.
func personWith(d *model.YearData, r model.PersonRole) model.Person {
	for _, p := range d.People {
		if p.Has(r) {
			return p
		}
	}
	return model.Person{}
}

// timesheetOf returns the stored report of person id for month m, or nil.
func timesheetOf(d *model.YearData, id model.ID, m model.Month) *model.Timesheet {
	for i := range d.Timesheets {
		if t := &d.Timesheets[i]; t.PersonID == id && t.Month == m {
			return t
		}
	}
	return nil
}

// newDemoHarnessSaving is newDemoHarness whose printed files go into dir, without a dialog.
func newDemoHarnessSaving(t *testing.T, dir string) (*harness, *model.YearData) {
	t.Helper()
	h := &harness{t: t, app: test.NewTempApp(t), path: filepath.Join(t.TempDir(), "school.db")}
	data := demo.Generate(demo.Options{Students: 120, Seed: 1, Year: 2025})
	db := h.openStore()
	if err := db.PutAll(data.Records()...); err != nil {
		t.Fatalf("seed the demo year: %v", err)
	}
	h.win = test.NewWindow(nil)
	h.win.Resize(fyne.NewSize(1200, 800))
	h.main = ui.New(h.app, h.win, ui.Options{Now: today, SavePath: func(name string) string { return filepath.Join(dir, name) }})
	h.main.Attach(db)
	t.Cleanup(h.main.RequestClose)
	return h, data
}
