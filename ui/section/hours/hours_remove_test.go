package hours_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestHours_RemoveOnlyAnUnusedPersonWithAReason(t *testing.T) {
	s, leader := liveHours(t, model.RoleLeader, "юни 2026")
	s.Tap("Изтрий…")
	first := s.DialogEntry()
	first.SetText("ръководител по грешка")
	first.OnSubmitted(first.Text)
	if d := s.DialogText(); !strings.Contains(d, "не може да се изтрие") {
		t.Fatalf("deleting a leader of a group showed %q, want the store's refusal", d)
	}
	s.Tap("Добре")
	var p model.Person
	if err := s.DB.Get(model.KindPerson, leader.ID, &p); err != nil {
		t.Fatalf("the refused person is gone: %v", err)
	}

	extra := model.Person{Year: 2025, Name: model.PersonName{First: "Въведен", Middle: "По", Last: "Грешка"},
		Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Lev(20, 0)}
	if err := s.DB.Put(&extra); err != nil {
		t.Fatal(err)
	}
	s.SelectRow(s.ScreenLists()[0], "Въведен По Грешка")
	s.Tap("Изтрий…")
	e := s.DialogEntry()
	e.SetText("въведен два пъти")
	e.OnSubmitted(e.Text)
	if err := s.DB.Get(model.KindPerson, extra.ID, &p); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the unused person reads %v, want deleted", err)
	}
	if uitest.RowText(s.ScreenLists()[0], "Въведен По Грешка") != "" {
		t.Error("the list still shows the deleted person")
	}
	es, err := s.DB.History(model.KindPerson, extra.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := es[len(es)-1]; last.Action != store.ActionDelete || last.Reason != "въведен два пъти" {
		t.Errorf("the log's last entry = %s %q, want the deletion with its reason", last.Action, last.Reason)
	}
}
