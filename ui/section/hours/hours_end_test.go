package hours_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// TestHours_Art81_1_EndAPersonWhoWorked: a leader with reports is ended, not deleted: „Прекрати…“
// asks the last day and a reason; the day before their last hour worked is refused inside the
// dialog (чл. 81, ал. 1), the day itself is taken; the list and the form show them as ended, the
// log keeps the reason, the reports stay.
func TestHours_Art81_1_EndAPersonWhoWorked(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	var p model.Person
	var last model.Date
	reports := 0
	for _, ts := range data.Timesheets {
		if len(ts.Days) == 0 || (p.ID != "" && ts.PersonID != p.ID) {
			continue
		}
		for i := range data.People {
			if data.People[i].ID == ts.PersonID {
				p = data.People[i]
			}
		}
		reports++
		for _, d := range ts.Days {
			if d.Date.After(last) {
				last = d.Date
			}
		}
	}
	for _, s := range data.Sessions {
		if s.LeaderID == p.ID && !s.LeaderAbsent && s.Date.After(last) {
			last = s.Date
		}
	}
	if p.ID == "" {
		t.Fatal("the demo has no report with days")
	}
	h.Nav().Select(uitest.SectionHours)
	h.SelectRow(h.ScreenLists()[0], p.Name.String())

	h.Tap("Прекрати…")
	h.EndInDialog(last.AddDays(-1).String(), "пенсиониране")
	if d := h.DialogText(); !strings.Contains(d, "чл. 81, ал. 1") {
		t.Fatalf("ending the day before the last hour worked showed %q, want the refusal naming чл. 81, ал. 1", d)
	}
	var got model.Person
	if err := db.Get(model.KindPerson, p.ID, &got); err != nil || !got.LeftOn.IsZero() {
		t.Fatalf("a refused ending stored LeftOn %s (%v)", got.LeftOn, err)
	}
	h.EndInDialog(last.String(), "пенсиониране")
	if d := h.DialogText(); d != "" {
		t.Fatalf("ending on the last day worked showed %q", d)
	}
	if err := db.Get(model.KindPerson, p.ID, &got); err != nil || got.LeftOn != last {
		t.Fatalf("the person left on %s, want %s (%v)", got.LeftOn, last, err)
	}
	if row := uitest.RowText(h.ScreenLists()[0], p.Name.String()); !strings.HasPrefix(row, "Прекратен(а) на "+last.String()) {
		t.Errorf("the list shows %q, want the person as ended first", row)
	}
	if !h.HasText("последният му (ѝ) ден по проекта е " + last.String()) {
		t.Error("the form does not say the person has ended")
	}
	es, err := db.History(model.KindPerson, p.ID)
	if err != nil || es[len(es)-1].Reason != "пенсиониране" {
		t.Errorf("the log's last entry of the person does not keep the reason (%v)", err)
	}
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ts := range d.Timesheets {
		if ts.PersonID == p.ID && len(ts.Days) > 0 {
			n++
		}
	}
	if n != reports {
		t.Errorf("the person has %d reports after ending, want the %d kept", n, reports)
	}
	// Esc closes the dialog without ending.
	h.Tap("Прекрати…")
	h.PressOnWindow(fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Errorf("Esc left the dialog: %s", d)
	}
}
