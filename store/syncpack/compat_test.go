package syncpack_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// allEnvelopes returns every envelope of s's file by kind.
func (s *side) allEnvelopes() map[model.Kind][]syncpack.Envelope {
	s.t.Helper()
	out := map[model.Kind][]syncpack.Envelope{}
	for _, kind := range model.Kinds {
		envs, err := s.db.Envelopes(kind, nil)
		if err != nil {
			s.t.Fatal(err)
		}
		if len(envs) > 0 {
			out[kind] = envs
		}
	}
	return out
}

// format1 writes a package as a version of format 1 did — no version vectors, "format": 1 —
// signed with the test key, which must be s's.
func (s *side) format1(seq uint64) *syncpack.Package {
	s.t.Helper()
	s.sent++
	path := filepath.Join(s.dir, fmt.Sprintf("%s-v1-%d.zip", s.name, s.sent))
	m := syncpack.Manifest{AppVersion: "1.0.0", NEISPUO: "2206123", Year: 2025, Installation: s.db.Installation(),
		Sequence: seq, Created: time.Date(2025, 11, 23, 9, 30, 0, 0, time.UTC), Acks: map[string]uint64{}}
	if err := syncpack.Write(path, m, s.allEnvelopes(), nil, s.key.Private); err != nil {
		s.t.Fatal(err)
	}
	entries := editManifest(s.t, unpack(s.t, path), func(m map[string]any) { m["format"] = 1 })
	p, err := syncpack.Verify(save(s.t, pack(s.t, entries)), syncpack.DefaultLimits)
	if err != nil {
		s.t.Fatal(err)
	}
	if p.Manifest.Format != 1 {
		s.t.Fatalf("format %d, want 1", p.Manifest.Format)
	}
	return p
}

// TestApply_Format1PackageStillImports: a package of the previous format (no version vectors)
// is applied, and a change in it of another field than this file's own change is merged.
func TestApply_Format1PackageStillImports(t *testing.T) {
	now := steppingClock()
	a, b := openSideAt(t, "A", now), openSideAt(t, "B", now)
	a.key = testKey(t)
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	x := student("Христо")
	a.putStudent(x)
	assertCounts(t, "first format 1 package", b.apply(a.format1(1)), [4]int{2, 0, 0, 0})

	bx := getStudent(t, b, x.ID)
	bx.Grade = 9
	b.putStudent(bx)
	ax := getStudent(t, a, x.ID)
	ax.Name.First = "Преименуван"
	a.putStudent(ax)
	plan := b.apply(a.format1(2))
	if plan.Count(syncpack.ActionMerge) != 1 || plan.Count(syncpack.ActionConflict) != 0 {
		t.Errorf("second format 1 package: %+v, want X merged", plan.Changes)
	}
	if got := getStudent(t, b, x.ID); got.Name.First != "Преименуван" || got.Grade != 9 {
		t.Errorf("X is %s, grade %d; want Преименуван, 9", got.Name.First, got.Grade)
	}
}

// legacyState is the sync state as format 1 saved it.
func legacyState(t *testing.T, s *side, peer *side, applied, acked uint64) {
	t.Helper()
	var mark store.Version
	for _, envs := range s.allEnvelopes() {
		for _, e := range envs {
			if e.Meta.Version.Compare(mark) > 0 {
				mark = e.Meta.Version
			}
		}
	}
	st := map[string]any{"sequence": 1, "marks": map[string]any{"1": mark},
		"peers": map[string]any{peer.db.Installation(): map[string]any{"fingerprint": peer.key.Fingerprint(), "applied": applied, "acked": acked}}}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.SetSetting("syncpack", string(b)); err != nil {
		t.Fatal(err)
	}
}

// TestMigrate_Format1StateBuildsTrails: two files that exchanged with the previous version (the
// records copied as its Apply did, the state in its form) get their trails from what they hold:
// an edit made on one side before the upgrade is not a conflict when the other did not touch the
// record, both edits of different records arrive, a concurrent edit of one record made before
// the upgrade is shown rather than lost, and the state is then of format 2.
func TestMigrate_Format1StateBuildsTrails(t *testing.T) {
	now := steppingClock()
	a, b := openSideAt(t, "A", now), openSideAt(t, "B", now)
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	x, y, z := student("Христо"), student("Петър"), student("Мария")
	a.putStudent(x)
	a.putStudent(y)
	a.putStudent(z)
	err := b.db.Update(func(tx *store.Tx) error { // format 1's Apply of A's first package
		for _, envs := range a.allEnvelopes() {
			for _, e := range envs {
				if err := tx.PutEnvelope(e); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	legacyState(t, b, a, 1, 0)
	legacyState(t, a, b, 1, 1) // A applied B's first package, which acknowledged A's

	bx := getStudent(t, b, x.ID) // edits made before the upgrade
	bx.Grade = 11
	b.putStudent(bx)
	ay := getStudent(t, a, y.ID)
	ay.Grade = 3
	a.putStudent(ay)
	az, bz := getStudent(t, a, z.ID), getStudent(t, b, z.ID)
	az.Section, bz.Section = "Б", "В"
	a.putStudent(az)
	b.putStudent(bz)

	plan := b.apply(a.export())
	assertCounts(t, "A's package at B", plan, [4]int{0, 1, 0, 1})
	if cs := plan.Conflicts(); len(cs) != 1 || cs[0].Ref().ID != z.ID {
		t.Errorf("conflicts %+v, want Z's concurrent section", cs)
	}
	if g := getStudent(t, b, x.ID).Grade; g != 11 {
		t.Errorf("B's edit made before the upgrade was overwritten: grade %d", g)
	}
	assertCounts(t, "B's package at A", a.apply(b.export()), [4]int{0, 2, 0, 0})
	if g := getStudent(t, a, x.ID).Grade; g != 11 {
		t.Errorf("A has grade %d of X, want B's 11", g)
	}
	for _, s := range []*side{a, b} {
		if st := mustSetting(t, s.db); !strings.Contains(st, `"format":2`) || strings.Contains(st, `"marks"`) {
			t.Errorf("%s: state not migrated: %s", s.name, st)
		}
	}
}
