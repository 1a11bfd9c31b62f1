package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Every ID field of every persisted record names a kind the delete check knows: a new
// reference field fails here until refFields lists it, so no delete leaves a dangling one.
func TestRefFields_Complete(t *testing.T) {
	for _, k := range model.Kinds {
		if u := model.RefFieldsOf(model.New(k)); len(u) > 0 {
			t.Errorf("%s: ID fields the delete check does not know: %v", k, u)
		}
	}
}

func TestRefers(t *testing.T) {
	g := &model.Group{ID: "g", LeaderID: "p", Members: []model.Member{{StudentID: "s1"}}, WaitingList: []model.ID{"s2"}}
	m := &model.Meeting{ID: "m", Present: []model.ID{"c"}}
	e := &model.Expense{ID: "e", SupplierID: "sup", PersonID: "p"}
	tests := []struct {
		r    model.Record
		kind model.Kind
		id   model.ID
		want bool
	}{
		{g, model.KindPerson, "p", true},
		{g, model.KindStudent, "s1", true},
		{g, model.KindStudent, "s2", true},
		{g, model.KindStudent, "s3", false},
		{g, model.KindGroup, "g", false}, // its own ID is no reference
		{g, model.KindSupplier, "p", false},
		{m, model.KindCouncilMember, "c", true},
		{m, model.KindStudent, "c", false},
		{e, model.KindSupplier, "sup", true},
		{e, model.KindPerson, "p", true},
		{e, model.KindContract, "", false},
	}
	for _, tc := range tests {
		if got := model.Refers(tc.r, tc.kind, tc.id); got != tc.want {
			t.Errorf("Refers(%s %s, %s %q) = %v", tc.r.RecordKind(), tc.r.RecordID(), tc.kind, tc.id, got)
		}
	}
}
