package hours_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/hours"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// TestHours_PrefillAndPayOffTheWindow (issue #16): a new month's report is filled from the
// journals, and a person's pay table computed, away from the window (Env.Go): until the work
// comes back the report says it is being filled and takes typing; a month's prefill that comes
// back after another month was chosen is dropped, the chosen month's is shown; the pay of a
// person no longer shown is dropped too.
func TestHours_PrefillAndPayOffTheWindow(t *testing.T) {
	s := uitest.NewScreenHarness(t, hours.NewHoursScreen)
	// Two months of one leader with sessions in the journals and no report yet.
	var leader model.Person
	var months []model.Month
	for _, p := range s.Data.People {
		if !p.Has(model.RoleLeader) {
			continue
		}
		months = nil
		for m := model.MonthOf(model.NewDate(2025, 10, 1)); len(months) < 2 && m.First().Before(model.NewDate(2026, 7, 1)); m = model.MonthOf(m.Last().AddDays(1)) {
			if uitest.TimesheetOf(s.Data, p.ID, m) == nil && len(model.PrefillTimesheet(s.Data, p.ID, m)) > 0 {
				months = append(months, m)
			}
		}
		if len(months) == 2 {
			leader = p
			break
		}
	}
	if leader.ID == "" {
		t.Fatal("the demo has no leader with two months of sessions and no report")
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

	first, second := months[0], months[1]
	s.SelectRow(s.ScreenLists()[1], kit.MonthName(first))
	if !s.HasText("Попълване от дневниците") {
		t.Fatal("a new month's report does not say it is being filled while the work runs")
	}
	if n := len(s.EntriesWith("дд.мм.гггг")); n != 0 {
		t.Fatalf("the report shows %d days before its prefill came back", n)
	}
	// Another month is chosen before the first month's prefill comes back: the first month's
	// days must not land in the second.
	s.SelectRow(s.ScreenLists()[1], kit.MonthName(second))
	run()
	want := model.PrefillTimesheet(s.Data, leader.ID, second)
	dates := s.EntriesWith("дд.мм.гггг")
	if len(dates) != len(want) {
		t.Fatalf("the second month shows %d days, want its %d from the journals", len(dates), len(want))
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
