package groups_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The assistant's dialog answers the keyboard (issue #17): Esc cancels and saves nothing, Enter
// confirms and saves the proposal; the screen lists the groups saved without a Refresh (#16).
func TestGroups_AssistantEscCancelsEnterConfirms(t *testing.T) {
	s := liveGroups(t)
	var recs []model.Record
	for _, st := range freeStudents(t, s.Data, 0, 6) {
		recs = append(recs, &model.Application{Year: 2025, StudentID: st.ID, SubmittedOn: model.NewDate(2025, time.October, 10),
			Wishes: []model.Wish{{Rank: 1, Area: model.AreaArts, Activity: "Оригами"}}})
	}
	if err := s.DB.PutAll(recs...); err != nil {
		t.Fatal(err)
	}
	groupsBefore := s.ScreenLists()[0].Length()
	s.Tap("Помощник (чл. 46)")
	if s.DialogText() == "" {
		t.Fatal("the assistant did not open")
	}
	s.PressOnWindow(fyne.KeyEscape)
	if d := s.DialogText(); d != "" {
		t.Fatalf("Esc left the assistant open: %s", d)
	}
	if rs, _ := s.DB.List(model.KindWaitingList); len(rs) != 0 {
		t.Fatal("cancelling saved waiting lists")
	}
	s.Tap("Помощник (чл. 46)")
	s.PressOnWindow(fyne.KeyReturn)
	if d := s.DialogText(); d != "" {
		t.Fatalf("Enter left the assistant open: %s", d)
	}
	// Six wishes for Оригами, five the fewest for a new group: the proposal's new group is saved
	// and listed at once.
	if got := s.ScreenLists()[0].Length(); got != groupsBefore+1 {
		t.Fatalf("the list has %d groups after Enter, want %d with the proposed one", got, groupsBefore+1)
	}
}
