package ui_test

import (
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const sectionHours = 5

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
