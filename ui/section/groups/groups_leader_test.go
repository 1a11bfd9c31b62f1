package groups_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// leaderPicker returns the search entry and the drop-down of the Ръководител field.
func leaderPicker(h *uitest.Harness) (*widget.Entry, *widget.Select) {
	h.T.Helper()
	var e *widget.Entry
	var sel *widget.Select
	uitest.Walk(h.Field("Ръководител"), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Entry:
			if e == nil {
				e = w
			}
		case *widget.Select:
			if sel == nil {
				sel = w
			}
		}
	})
	if e == nil || sel == nil {
		h.T.Fatal("the leader field has no search or no drop-down")
	}
	return e, sel
}

func TestGroups_LeaderPickerSortsInBulgarianAndSearches(t *testing.T) {
	s := liveGroups(t)
	// Leaders whose names sort differently by bytes and by the Bulgarian alphabet.
	for _, first := range []string{"Явор", "Цветан", "Ъгъл", "Ана"} {
		p := model.Person{Year: 2025, Name: model.PersonName{First: first, Middle: "Тестов", Last: "Сортиран"},
			Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Lev(20, 0)}
		if err := s.DB.Put(&p); err != nil {
			t.Fatal(err)
		}
	}
	s.Tap("Нова група")
	search, sel := leaderPicker(s.Harness)
	want := slices.Clone(sel.Options)
	collation.SortFunc(want, func(x string) string { return x })
	if !slices.Equal(sel.Options, want) {
		t.Fatalf("the leaders are not in Bulgarian order: %v", sel.Options)
	}
	if len(sel.Options) < 5 {
		t.Fatalf("the picker offers %d leaders, want the demo's and the four added", len(sel.Options))
	}

	search.SetText("тестов сорт") // lower case, part of the name
	if len(sel.Options) != 4 {
		t.Fatalf("searching „тестов сорт“ offers %v, want the four added", sel.Options)
	}
	search.SetText("цветан тест")
	if len(sel.Options) != 1 || !strings.HasPrefix(sel.Options[0], "Цветан") {
		t.Fatalf("searching „цветан тест“ offers %v, want only Цветан Тестов", sel.Options)
	}
	search.OnSubmitted(search.Text) // Enter takes the only one left
	if !strings.HasPrefix(sel.Selected, "Цветан") {
		t.Fatalf("Enter chose %q, want Цветан", sel.Selected)
	}
	search.SetText("Явор") // the chosen leader stays offered while searching another
	if !slices.ContainsFunc(sel.Options, func(o string) bool { return strings.HasPrefix(o, "Цветан") }) ||
		!strings.HasPrefix(sel.Selected, "Цветан") {
		t.Errorf("searching again dropped the chosen leader: %v, chosen %q", sel.Options, sel.Selected)
	}
}
