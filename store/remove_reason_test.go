package store_test

import (
	"errors"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// RemoveWithReason: an unused group is deleted with the user's reason in its log entry; no reason,
// or a group in use, deletes nothing.
func TestRemoveWithReason_KeepsTheReasonInTheLog(t *testing.T) {
	db, d := demoFile(t)
	g := d.Groups[0]
	g.ID, g.Members, g.WaitingList, g.Name = "", nil, nil, "Група по грешка"
	if err := db.Put(&g); err != nil {
		t.Fatal(err)
	}
	var me *model.Error
	if err := db.RemoveWithReason(model.KindGroup, g.ID, "  "); !errors.As(err, &me) || me.Code != model.CodeReasonRequired {
		t.Fatalf("no reason: err = %v, want %s", err, model.CodeReasonRequired)
	}
	if err := db.RemoveWithReason(model.KindGroup, d.Groups[0].ID, "въведена двукратно"); !errors.As(err, &me) || me.Code != model.CodeReferenced {
		t.Fatalf("a group with sessions: err = %v, want %s", err, model.CodeReferenced)
	}
	if err := db.RemoveWithReason(model.KindGroup, g.ID, "въведена двукратно"); err != nil {
		t.Fatalf("remove: %v", err)
	}
	var back model.Group
	if err := db.Get(model.KindGroup, g.ID, &back); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the removed group reads %v, want not found", err)
	}
	es, err := db.History(model.KindGroup, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := es[len(es)-1]; last.Action != store.ActionDelete || last.Reason != "въведена двукратно" {
		t.Errorf("the last entry = %s %q, want the deletion with its reason", last.Action, last.Reason)
	}
}
