package groups_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// yearOf is the demo year as stored now.
func yearOf(t *testing.T, db *store.DB) *model.YearData {
	t.Helper()
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestGroups_Art41_4_EndingKeepsTheHistory(t *testing.T) {
	s := liveGroups(t)
	g := uitest.RemedialGroup(t, s.Data)
	var last model.Date
	sessions := 0
	for _, x := range s.Data.Sessions {
		if x.GroupID == g.ID {
			sessions++
			if x.Date.After(last) {
				last = x.Date
			}
		}
	}
	if sessions == 0 {
		t.Fatal("the demo group has no sessions: the test needs some")
	}
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")

	// A day before the last session is refused, naming чл. 52, inside the dialog, which stays
	// open for another day; nothing changes.
	s.Tap("Прекрати групата…")
	s.EndInDialog(last.AddDays(-1).String(), "групата се закрива")
	if d := s.DialogText(); !strings.Contains(d, "чл. 52") {
		t.Fatalf("ending before the last session showed %q, want the refusal naming чл. 52", d)
	}
	if got := storedGroup(t, s.DB, g.Name); len(got.ActiveMembers(last)) != len(g.ActiveMembers(last)) || !got.EndedOn.IsZero() {
		t.Fatal("a refused ending changed the group")
	}
	// Without a reason nothing is ended either.
	s.EndInDialog(last.String(), "")
	if got := storedGroup(t, s.DB, g.Name); !got.EndedOn.IsZero() {
		t.Fatal("the group was ended without a reason")
	}
	s.PressOnWindow(fyne.KeyEscape)
	if d := s.DialogText(); d != "" {
		t.Fatalf("Esc left the dialog: %s", d)
	}

	end := model.NewDate(2026, time.May, 29)
	if end.Before(last) {
		end = last
	}
	s.Tap("Прекрати групата…")
	s.EndInDialog(end.String(), "групата се закрива") // Enter ends it
	if d := s.DialogText(); d != "" {
		t.Fatalf("ending showed: %s", d)
	}
	if got := storedGroup(t, s.DB, g.Name); got.EndedOn != end || got.RunsOn(end.AddDays(1)) || !got.RunsOn(end) {
		t.Fatalf("the group ended on %s, want %s", got.EndedOn, end)
	}
	if row := uitest.RowText(s.ScreenLists()[0], g.Name); !strings.Contains(row, "прекратена "+end.String()) {
		t.Errorf("the list shows %q, want the group as ended on %s", row, end)
	}
	if es, err := s.DB.History(model.KindGroup, g.ID); err != nil || es[len(es)-1].Reason != "групата се закрива" {
		t.Errorf("the log's last entry of the group does not keep the reason (%v)", err)
	}
	got := storedGroup(t, s.DB, g.Name)
	if len(got.Members) != len(g.Members) {
		t.Fatalf("members = %d, want %d: ending must keep them", len(got.Members), len(g.Members))
	}
	if n := len(got.ActiveMembers(end.AddDays(1))); n != 0 {
		t.Errorf("%d members still active after the end", n)
	}
	if n := len(got.ActiveMembers(end)); n == 0 {
		t.Error("no member on the last day: the day itself must still count")
	}
	d := yearOf(t, s.DB)
	kept := 0
	for _, x := range d.Sessions {
		if x.GroupID == g.ID {
			kept++
		}
	}
	if kept != sessions {
		t.Errorf("sessions = %d, want the %d of the journal kept", kept, sessions)
	}
	for _, r := range d.ProgrammeRows {
		if r.GroupID == g.ID && r.Date.After(end) {
			t.Errorf("the programme keeps a row on %s, after the end", r.Date)
		}
	}
}

func TestGroups_RemoveOnlyAnUnusedGroupWithAReason(t *testing.T) {
	s := liveGroups(t)
	used := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(used.Name)
	s.ShowGroupTab("Група")
	s.Tap("Изтрий групата…")
	if d := s.DialogText(); !strings.Contains(d, "прекратява") {
		t.Fatalf("deleting a group with students showed %q, want it to be ended instead", d)
	}
	s.Tap("Добре")

	g := model.Group{Year: 2025, Name: "Група по грешка", Kind: model.Interest, Area: model.AreaArts}
	if err := s.DB.Put(&g); err != nil {
		t.Fatal(err)
	}
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")
	s.Tap("Изтрий групата…")
	e := s.DialogEntry()
	e.OnSubmitted("") // Enter without a reason
	if storedGroup(t, s.DB, g.Name) == nil {
		t.Fatal("the group was deleted without a reason")
	}
	e.SetText("въведена двукратно")
	e.OnSubmitted(e.Text)
	if storedGroup(t, s.DB, g.Name) != nil {
		t.Fatal("the unused group was not deleted")
	}
	if uitest.RowText(s.ScreenLists()[0], "Група по грешка") != "" {
		t.Error("the list still shows the deleted group")
	}
	es, err := s.DB.History(model.KindGroup, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := es[len(es)-1]; last.Action != store.ActionDelete || last.Reason != "въведена двукратно" {
		t.Errorf("the log's last entry = %s %q, want the deletion with its reason", last.Action, last.Reason)
	}
	s.Tap("История") // a new group: nothing to show
	if d := s.DialogText(); d != "" {
		t.Errorf("История of an unsaved group showed %q", d)
	}
}

func TestGroups_HistoryShowsTheGroupsLog(t *testing.T) {
	s := liveGroups(t)
	g := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")
	s.Entry("Място").SetText("Кабинет 7")
	s.Tap("Запази (Ctrl+S)")
	s.Tap("История")
	if d := s.DialogText(); !strings.Contains(d, uitest.Today().Format("02.01.2006")) {
		t.Errorf("История showed %q, want the entries of the group with their day", d)
	}
}
