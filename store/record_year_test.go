package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// RecordYear reads only the data's Year field: it must agree with the decoded record's
// SchoolYear for every record of every kind, or a sync package would leave records out.
func TestRecordYear_AgreesWithDecodedRecord(t *testing.T) {
	db, _ := openTest(t)
	d := demo.Generate(demo.Options{Students: 30, Seed: 2})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	for _, kind := range model.Kinds {
		envs, err := db.Envelopes(kind, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range envs {
			r, err := store.DecodeRecord(e)
			if err != nil {
				t.Fatal(err)
			}
			y, scoped, err := store.RecordYear(e)
			if err != nil {
				t.Fatalf("RecordYear(%s %s): %v", kind, e.Meta.ID, err)
			}
			ys, want := r.(model.YearScoped)
			if scoped != want || (scoped && y != ys.SchoolYear()) {
				t.Errorf("RecordYear(%s %s) = %s, %v; want the record's year (scoped %v)", kind, e.Meta.ID, y, scoped, want)
			}
		}
	}
}

// Every year-scoped kind must keep its year in the Year field RecordYear reads.
func TestRecordYear_EveryYearScopedKind(t *testing.T) {
	for _, kind := range model.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			e := store.Envelope{Meta: store.Meta{Kind: kind, ID: "x"}, Data: []byte(`{"ID":"x","Year":2031}`)}
			r, err := store.DecodeRecord(e)
			if err != nil {
				t.Fatal(err)
			}
			y, scoped, err := store.RecordYear(e)
			ys, want := r.(model.YearScoped)
			switch {
			case err != nil:
				t.Errorf("RecordYear: %v", err)
			case scoped != want:
				t.Errorf("RecordYear says scoped %v; the kind is YearScoped: %v", scoped, want)
			case scoped && (y != 2031 || ys.SchoolYear() != 2031):
				t.Errorf("RecordYear = %s, SchoolYear = %s; want 2031/2032 from the Year field", y, ys.SchoolYear())
			}
		})
	}
}
