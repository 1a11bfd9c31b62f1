package hours_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/hours"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// TestHours_PrefillAndPayOffTheWindow (issue #16): a new month's report is filled from the
// journals, and a person's pay table computed, away from the window (Env.Go): until the work
// comes back the report says it is being filled and takes typing; a month's prefill that comes
// back after another month was chosen is dropped, the chosen month's report is shown.
func TestHours_PrefillAndPayOffTheWindow(t *testing.T) {
	// A leader's month with sessions in the journals whose report is taken out of the demo
	// (first), and a month with its report (second).
	var leader model.Person
	var first, second model.Month
	prepare := func(d *model.YearData) {
		for _, ts := range d.Timesheets {
			if len(ts.Days) == 0 || ts.Role != model.RoleLeader {
				continue
			}
			switch {
			case first.Y == 0:
				first, leader.ID = ts.Month, ts.PersonID
			case ts.PersonID == leader.ID && ts.Month != first && second.Y == 0:
				second = ts.Month
			}
		}
		d.Timesheets = slices.DeleteFunc(d.Timesheets, func(ts model.Timesheet) bool { return ts.PersonID == leader.ID && ts.Month == first })
	}
	s := &uitest.ScreenHarness{LoneScreen: uitest.NewLoneScreen(t, 120, prepare, hours.NewHoursScreen)}
	nav := widget.NewList(func() int { return 1 }, func() fyne.CanvasObject { return widget.NewLabel("Училище") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	s.Win.SetContent(container.NewBorder(nil, nil, nav, nil, s.Screen.Content()))
	s.Win.Resize(fyne.NewSize(1200, 800))
	for _, p := range s.Data.People {
		if p.ID == leader.ID {
			leader = p
		}
	}
	if leader.Name.First == "" || second.Y == 0 || len(model.PrefillTimesheet(s.Data, leader.ID, first)) == 0 {
		t.Fatal("the demo has no leader with two months of reports and sessions")
	}
	var queued []func()
	s.Env.Go = func(work func()) { queued = append(queued, work) }
	run := func() {
		for len(queued) > 0 {
			w := queued[0]
			queued = queued[1:]
			w()
		}
	}
	s.SelectRow(s.ScreenLists()[0], leader.Name.String())
	run() // the person's pay and the year's checks
	if s.HasText("Изчисляване на възнагражденията") {
		t.Error("the pay table still says it is being computed after its work came back")
	}

	s.SelectRow(s.ScreenLists()[1], kit.MonthName(first))
	if !s.HasText("Попълване от дневниците") {
		t.Fatal("a new month's report does not say it is being filled while the work runs")
	}
	if n := len(s.EntriesWith("дд.мм.гггг")); n != 0 {
		t.Fatalf("the report shows %d days before its prefill came back", n)
	}
	// A month with a stored report is chosen before the first month's prefill comes back: the
	// first month's days must not land in it.
	s.SelectRow(s.ScreenLists()[1], kit.MonthName(second))
	run()
	want := uitest.TimesheetOf(s.Data, leader.ID, second).Days
	dates := s.EntriesWith("дд.мм.гггг")
	if len(dates) != len(want) {
		t.Fatalf("the second month shows %d days, want the %d of its report", len(dates), len(want))
	}
	for i, e := range dates {
		if e.Text != want[i].Date.String() {
			t.Errorf("day %d is %s, want %s (a stale month's prefill landed?)", i+1, e.Text, want[i].Date)
		}
	}
	if s.HasText("Попълване от дневниците") {
		t.Error("the report still says it is being filled")
	}
	if s.Screen.(kit.Editor).Dirty() {
		t.Error("a prefilled report counts as unsaved input")
	}
}

// TestHours_PrefillKeepsWhatWasTyped: typing is not blocked while a new report's prefill runs,
// and days typed before it comes back stay: the prefill does not replace them.
func TestHours_PrefillKeepsWhatWasTyped(t *testing.T) {
	s := uitest.NewScreenHarness(t, hours.NewHoursScreen)
	leader := uitest.PersonWith(s.Data, model.RoleLeader)
	var queued []func()
	s.Env.Go = func(work func()) { queued = append(queued, work) }
	s.SelectRow(s.ScreenLists()[0], leader.Name.String())
	s.SelectRow(s.ScreenLists()[1], "юни 2026")
	s.Tap("Добави ден")
	es := s.EntriesWith("дд.мм.гггг")
	es[0].SetText("02.06.2026")
	for len(queued) > 0 {
		w := queued[0]
		queued = queued[1:]
		w()
	}
	es = s.EntriesWith("дд.мм.гггг")
	if len(es) != 1 || es[0].Text != "02.06.2026" {
		var got []string
		for _, e := range es {
			got = append(got, e.Text)
		}
		t.Errorf("after the prefill came back the report shows %v, want the typed day alone", strings.Join(got, ", "))
	}
}
