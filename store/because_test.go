package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// A record removed with a reason (issue #17: a meeting entered by mistake) keeps the reason in
// its log entry; a save without one keeps none.
func TestBecause_KeptWithTheRemoval(t *testing.T) {
	db, _ := openTest(t)
	m := model.CouncilMember{Year: 2025, Name: model.PersonName{First: "Нов", Last: "Член"}, Role: model.RoleMember, Quota: model.QuotaParent}
	if err := db.Put(&m); err != nil {
		t.Fatal(err)
	}
	err := db.Update(func(tx *store.Tx) error {
		tx.Because("  въведен по грешка ")
		return tx.Remove(model.KindCouncilMember, m.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	es, err := db.History(model.KindCouncilMember, m.ID)
	if err != nil || len(es) != 2 {
		t.Fatalf("History = %d entries, %v; want the save and the removal", len(es), err)
	}
	if es[0].Reason != "" || es[1].Action != store.ActionDelete || es[1].Reason != "въведен по грешка" {
		t.Errorf("entries %q/%q, %q/%q; want no reason on the save and the trimmed one on the removal",
			es[0].Action, es[0].Reason, es[1].Action, es[1].Reason)
	}
}
