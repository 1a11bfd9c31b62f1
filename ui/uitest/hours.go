package uitest

import (
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const SectionHours = 5

// OpenHours shows the Часове screen with person and month chosen (month as „юни 2026“).
func (h *Harness) OpenHours(person model.PersonName, month string) {
	h.T.Helper()
	h.Nav().Select(SectionHours)
	lists := h.ScreenLists()
	if len(lists) != 2 {
		h.T.Fatalf("the Часове screen shows %d lists, want the people and the months", len(lists))
	}
	h.SelectRow(lists[0], person.String())
	h.SelectRow(h.ScreenLists()[1], month)
}

// AddDay adds a row to the shown report and types date, hours and activity into it.
func (h *Harness) AddDay(date, hours, activity string) {
	h.T.Helper()
	h.Tap("Добави ден")
	for _, x := range []struct{ ph, text string }{{"дд.мм.гггг", date}, {"часове", hours}, {"извършена дейност", activity}} {
		es := h.EntriesWith(x.ph)
		if len(es) == 0 {
			h.T.Fatalf("no day row with %q", x.ph)
		}
		test.Type(es[len(es)-1], x.text)
	}
}

// PersonWith returns the first person of d with role r.
func PersonWith(d *model.YearData, r model.PersonRole) model.Person {
	for _, p := range d.People {
		if p.Has(r) {
			return p
		}
	}
	return model.Person{}
}

// TimesheetOf returns the stored report of person id for month m, or nil.
func TimesheetOf(d *model.YearData, id model.ID, m model.Month) *model.Timesheet {
	for i := range d.Timesheets {
		if t := &d.Timesheets[i]; t.PersonID == id && t.Month == m {
			return t
		}
	}
	return nil
}
