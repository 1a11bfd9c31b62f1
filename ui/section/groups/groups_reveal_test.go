package groups_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// middleSession returns a session of group g from the middle of its journal, so that showing
// it is not what the journal shows anyway: its first or its last day.
func middleSession(t *testing.T, d *model.YearData, g model.ID) model.Session {
	t.Helper()
	var ss []model.Session
	for _, s := range d.Sessions {
		if s.GroupID == g {
			ss = append(ss, s)
		}
	}
	if len(ss) < 3 {
		t.Fatalf("group %s has %d sessions in the demo year, want at least 3", g, len(ss))
	}
	slices.SortFunc(ss, func(a, b model.Session) int { return a.Date.Compare(b.Date) })
	return ss[len(ss)/2]
}

func TestGroups_Art52_2_SessionFindingOpensJournal(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	s := middleSession(t, data, g.ID)
	s.LeaderAbsent, s.RescheduledTo, s.Marks = true, s.Date, nil // moved to its own day
	if err := db.Put(&s); err != nil {
		t.Fatalf("reschedule the session to its own day: %v", err)
	}

	h.Nav().Select(uitest.SectionChecks)
	if !h.HasText("чл. 52, ал. 2 — занятието от " + s.Date.String() + " е пренасрочено за същия ден") {
		t.Fatalf("Проверки shows no чл. 52, ал. 2 finding about the session of %s", s.Date)
	}
	uitest.SelectFinding(h, "• Занятие "+string(s.ID)) // the details name the session; the row does not
	h.Tap("Отвори: Занятие " + string(s.ID))

	if got := h.Heading(); got != "Групи" {
		t.Fatalf("opening the session of the finding shows section %q, want Групи", got)
	}
	if got := h.ShownGroupTab(); got != "Дневник" {
		t.Fatalf("opening the session shows tab %q, want Дневник", got)
	}
	tab := uitest.PanelTab{H: h, Root: h.ShowGroupTab("Дневник")}
	if got := tab.EntryAfter("Дата").Text; got != s.Date.String() {
		t.Errorf("the journal shows the session of %s, want the one of %s", got, s.Date)
	}
	h.ShowGroupTab("Група")
	if got := h.Entry("Наименование").Text; got != g.Name {
		t.Errorf("the screen shows group %q, want %q, the session's", got, g.Name)
	}
}
