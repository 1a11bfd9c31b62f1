package store_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// oracleYear builds year y apart from the live year's code: from every kind's envelopes, live
// ones only, kept when they belong to y or to no year, in the store's order (by ID).
func oracleYear(t *testing.T, db *store.DB, y model.SchoolYear) *model.YearData {
	t.Helper()
	d := &model.YearData{}
	for _, kind := range model.Kinds {
		es, err := db.Envelopes(kind, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Meta.Deleted {
				continue
			}
			r, err := store.DecodeRecord(e)
			if err != nil {
				t.Fatal(err)
			}
			if ry, scoped, _ := store.RecordYear(e); scoped && ry != y {
				continue
			}
			if kind == model.KindSchool && d.School.ID != "" {
				continue // the first school
			}
			d.Add(r)
		}
	}
	return d
}

// versions returns each record of the file (tombstones included) as its metadata and data: a
// received record may keep its version with other data.
func versions(t *testing.T, db *store.DB) map[model.Ref]string {
	t.Helper()
	out := map[model.Ref]string{}
	for _, kind := range model.Kinds {
		es, err := db.Envelopes(kind, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			out[model.Ref{Kind: kind, ID: e.Meta.ID}] = fmt.Sprintf("%+v %s", e.Meta, e.Data)
		}
	}
	return out
}

// liveRefs lists the live records of the file but the school and the programmes (their
// deletion is left to a fresh decode: TestLiveYear_SchoolAndProgrammeReplaced).
func liveRefs(t *testing.T, db *store.DB) []model.Ref {
	var out []model.Ref
	for _, kind := range model.Kinds[2:] {
		es, err := db.Envelopes(kind, func(m store.Meta) bool { return !m.Deleted })
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			out = append(out, model.Ref{Kind: kind, ID: e.Meta.ID})
		}
	}
	return out
}

// randomRecord returns a new valid record of a random kind (no school, no programme: one of
// each is allowed) of year 2025 or 2026.
func randomRecord(rng *rand.Rand) model.Record {
	y := model.SchoolYear(2025 + rng.IntN(2))
	kinds := slices.DeleteFunc(slices.Clone(model.Kinds[2:]), func(k model.Kind) bool {
		return k == model.KindInnovation // one a year: the test starts with one in each, changed and deleted at random
	})
	r := validRecords(y)[kinds[rng.IntN(len(kinds))]]
	switch v := r.(type) {
	case *model.Student:
		v.Name.First = fmt.Sprintf("Ученик%d", rng.IntN(1000))
	case *model.Project: // the store keeps one project per contract number
		v.ContractNo = fmt.Sprintf("BG05SFPR001-1.008-%04d-C01", rng.IntN(10000))
	}
	return r
}

// changed returns a copy of the stored record ref with a field changed; a student may move to
// the other year.
func changed(t *testing.T, db *store.DB, rng *rand.Rand, ref model.Ref) model.Record {
	r := model.New(ref.Kind)
	if err := db.Get(ref.Kind, ref.ID, r); err != nil {
		t.Fatal(err)
	}
	switch v := r.(type) {
	case *model.Student:
		v.Name.First = fmt.Sprintf("Сменен%d", rng.IntN(1000))
		if rng.IntN(4) == 0 {
			v.Year = 4051 - v.Year // 2025 ↔ 2026
		}
	case *model.Supplier:
		v.Name = fmt.Sprintf("Доставчик %d", rng.IntN(1000))
	case *model.Group:
		v.Name = fmt.Sprintf("Група %d", rng.IntN(1000))
	}
	return r
}

// TestLiveYear_EqualsAFreshDecode_Property: after a seeded random sequence of every way the
// store is written — saves, batches (what the sheet imports save), deletions, rolled-back
// transactions, received records (a sync package's PutEnvelope) and chosen sides of a conflict
// (PutChosen, deletions too), settings — the live years equal years built apart from the
// envelopes (the oracle), nothing was decoded after the first load, and each commit's Change
// names exactly the records written.
func TestLiveYear_EqualsAFreshDecode_Property(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 16))
			db, clk := openTest(t)
			recs := validRecords(2025)
			mustPut(t, db, recs[model.KindSchool], recs[model.KindProgramme], recs[model.KindInnovation],
				validRecords(2026)[model.KindInnovation])
			var told []store.Change
			defer db.Subscribe(func(c store.Change) { told = append(told, c) })()
			for _, y := range []model.SchoolYear{2025, 2026} {
				mustLive(t, db, y)
			}
			decodes := db.YearDecodes()
			for step := range 120 {
				clk.Add(1e9)
				before := versions(t, db)
				told = nil
				op := randomWrite(t, db, rng)
				after := versions(t, db)
				checkTold(t, step, op, before, after, told)
				for _, y := range []model.SchoolYear{2025, 2026} {
					if got, want := mustLive(t, db, y), oracleYear(t, db, y); !reflect.DeepEqual(got, want) {
						t.Fatalf("step %d (%s): live year %v differs from the file's", step, op, y)
					}
				}
			}
			if n := db.YearDecodes() - decodes; n != 0 {
				t.Errorf("the years were decoded %d times after the first load; want 0", n)
			}
		})
	}
}

// randomWrite makes one random write and names it.
func randomWrite(t *testing.T, db *store.DB, rng *rand.Rand) string {
	refs := liveRefs(t, db)
	pick := func() (model.Ref, bool) {
		if len(refs) == 0 {
			return model.Ref{}, false
		}
		return refs[rng.IntN(len(refs))], true
	}
	switch n := rng.IntN(10); {
	case n < 3:
		mustPut(t, db, randomRecord(rng))
		return "put"
	case n == 3:
		batch := []model.Record{randomRecord(rng), randomRecord(rng)}
		if ref, ok := pick(); ok {
			batch = append(batch, changed(t, db, rng, ref))
		}
		mustPut(t, db, batch...)
		return "batch"
	case n == 4:
		if ref, ok := pick(); ok {
			mustPut(t, db, changed(t, db, rng, ref))
		}
		return "change"
	case n == 5:
		if ref, ok := pick(); ok {
			if err := db.Delete(ref.Kind, ref.ID); err != nil {
				t.Fatal(err)
			}
		}
		return "delete"
	case n == 6:
		err := db.Update(func(tx *store.Tx) error {
			if err := tx.Put(randomRecord(rng)); err != nil {
				return err
			}
			return errors.New("rolled back")
		})
		if err == nil {
			t.Fatal("rolled-back Update returned nil")
		}
		return "rollback"
	case n == 7 || n == 8:
		ref, ok := pick()
		if !ok {
			return "received (nothing)"
		}
		es, err := db.Envelopes(ref.Kind, func(m store.Meta) bool { return m.ID == ref.ID })
		if err != nil || len(es) != 1 {
			t.Fatalf("envelope of %v: %v", ref, err)
		}
		e := es[0]
		if e.Data, err = json.Marshal(changed(t, db, rng, ref)); err != nil {
			t.Fatal(err)
		}
		e.Meta.Deleted = n == 8 && rng.IntN(2) == 0
		err = db.Update(func(tx *store.Tx) error {
			if n == 7 {
				return tx.PutEnvelope(e)
			}
			_, err := tx.PutChosen(e, e.Meta.Version)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return "received"
	default:
		if err := db.SetSetting("step", fmt.Sprint(rng.IntN(100))); err != nil {
			t.Fatal(err)
		}
		return "setting"
	}
}

// checkTold compares the records the step's changes named with those written (changed).
func checkTold(t *testing.T, step int, op string, before, after map[model.Ref]string, told []store.Change) {
	t.Helper()
	want := map[model.Ref]bool{}
	for ref, v := range after {
		if before[ref] != v {
			want[ref] = true
		}
	}
	got := map[model.Ref]bool{}
	for _, c := range told {
		for kind, ids := range c.Kinds {
			for _, id := range ids {
				got[model.Ref{Kind: kind, ID: id}] = true
			}
		}
		for kind, ids := range c.Deleted {
			for _, id := range ids {
				if !slices.Contains(c.Kinds[kind], id) {
					t.Errorf("step %d (%s): deleted %s %s is not among the change's kinds", step, op, kind, id)
				}
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("step %d (%s): told %v; the records written: %v", step, op, got, want)
	}
}
