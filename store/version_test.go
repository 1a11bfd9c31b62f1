package store_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestVersion_Compare(t *testing.T) {
	base := store.Version{Wall: 100, Logical: 2, Node: "b"}
	tests := []struct {
		name  string
		other store.Version
		want  int
	}{
		{"equal", base, 0},
		{"later wall wins over counter", store.Version{Wall: 101, Logical: 0, Node: "a"}, -1},
		{"earlier wall", store.Version{Wall: 99, Logical: 9, Node: "z"}, 1},
		{"same wall, higher counter", store.Version{Wall: 100, Logical: 3, Node: "a"}, -1},
		{"same wall and counter, node breaks the tie", store.Version{Wall: 100, Logical: 2, Node: "c"}, -1},
		{"same wall and counter, lower node", store.Version{Wall: 100, Logical: 2, Node: "a"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := base.Compare(tt.other); got != tt.want {
				t.Errorf("%v.Compare(%v) = %d; want %d", base, tt.other, got, tt.want)
			}
			if got := tt.other.Compare(base); got != -tt.want {
				t.Errorf("reverse Compare = %d; want %d", got, -tt.want)
			}
		})
	}
	if s := base.String(); s != "100.2@b" {
		t.Errorf("String = %q", s)
	}
}

// The versions of one file only grow: while the clock stands still, goes back, and after a
// restart with a clock that is behind.
func TestVersion_MonotonicWhenClockGoesBack(t *testing.T) {
	db, c := openTest(t)
	steps := []struct {
		name string
		move time.Duration
	}{
		{"first", 0},
		{"same millisecond", 0},
		{"clock back an hour", -time.Hour},
		{"clock back a day", -24 * time.Hour},
		{"clock forward again", 48 * time.Hour},
		{"back a minute", -time.Minute},
	}
	var last store.Version
	s := student(2025, "Иван")
	for _, st := range steps {
		c.Add(st.move)
		mustPut(t, db, s)
		m, err := db.Meta(model.KindStudent, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if m.Version.Compare(last) <= 0 {
			t.Errorf("%s: version %v not after %v", st.name, m.Version, last)
		}
		if m.Version.Node != db.Installation() {
			t.Errorf("%s: node %q; want the installation %q", st.name, m.Version.Node, db.Installation())
		}
		last = m.Version
	}

	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	c.Add(-72 * time.Hour)
	db = openAt(t, path, store.Options{Now: c.Now})
	if err := db.Delete(model.KindStudent, s.ID); err != nil {
		t.Fatal(err)
	}
	m, _ := db.Meta(model.KindStudent, s.ID)
	if m.Version.Compare(last) <= 0 {
		t.Errorf("after restart with the clock 3 days back: version %v not after %v", m.Version, last)
	}
}

func TestPutEnvelope_KeepsVersionAndAdvancesClock(t *testing.T) {
	db, c := openTest(t)
	remote := store.Version{Wall: c.Now().Add(time.Hour).UnixMilli(), Logical: 7, Node: "other"}
	s := student(2025, "Гост")
	s.ID = "remote-1"
	data, _ := json.Marshal(s)
	e := store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: s.ID, Version: remote,
		Created: c.Now(), Updated: c.Now(), By: "учител"}, Data: data}
	if err := db.Update(func(tx *store.Tx) error { return tx.PutEnvelope(e) }); err != nil {
		t.Fatal(err)
	}
	m, err := db.Meta(model.KindStudent, s.ID)
	if err != nil || m.Version != remote || m.By != "учител" {
		t.Fatalf("Meta = %+v, %v; want the received version and author", m, err)
	}
	var got model.Student
	if err := db.Get(model.KindStudent, s.ID, &got); err != nil || got.Name != s.Name {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	// The local clock is an hour behind the remote one: the next local change must still be later.
	local := student(2025, "Местен")
	mustPut(t, db, local)
	lm, _ := db.Meta(model.KindStudent, local.ID)
	if lm.Version.Compare(remote) <= 0 {
		t.Errorf("local version %v not after received %v", lm.Version, remote)
	}

	envs, err := db.Envelopes(model.KindStudent, func(m store.Meta) bool { return m.Version.Compare(remote) > 0 })
	if err != nil || len(envs) != 1 || envs[0].Meta.ID != local.ID {
		t.Errorf("Envelopes since the remote version = %+v, %v; want only the local change", envs, err)
	}
	r, err := store.DecodeRecord(envs[0])
	if err != nil || r.RecordID() != local.ID {
		t.Errorf("DecodeRecord = %+v, %v", r, err)
	}
}

func TestPutEnvelope_Refuses(t *testing.T) {
	db, _ := openTest(t)
	v := store.Version{Wall: 1, Node: "x"}
	tests := []struct {
		name        string
		e           store.Envelope
		undecodable bool
	}{
		{"no id", store.Envelope{Meta: store.Meta{Kind: model.KindStudent, Version: v}, Data: []byte(`{}`)}, false},
		{"no version", store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: "a"}, Data: []byte(`{"ID":"a"}`)}, false},
		{"unknown kind", store.Envelope{Meta: store.Meta{Kind: "nope", ID: "a", Version: v}, Data: []byte(`{}`)}, false},
		{"data not of the kind", store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: "a", Version: v}, Data: []byte(`{"Grade":"x"}`)}, true},
		{"data of another id", store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: "a", Version: v}, Data: []byte(`{"ID":"b"}`)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := db.Update(func(tx *store.Tx) error { return tx.PutEnvelope(tt.e) })
			if err == nil {
				t.Error("PutEnvelope succeeded")
			}
			// syncpack tells the user which received record this version cannot read
			if got := errors.Is(err, store.ErrUndecodable); got != tt.undecodable {
				t.Errorf("errors.Is(%v, ErrUndecodable) = %v; want %v", err, got, tt.undecodable)
			}
		})
	}
	if envs, _ := db.Envelopes(model.KindStudent, nil); len(envs) != 0 {
		t.Errorf("%d envelopes stored; want none", len(envs))
	}
	tomb := store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: "gone", Version: v, Deleted: true}}
	if err := db.Update(func(tx *store.Tx) error { return tx.PutEnvelope(tomb) }); err != nil {
		t.Fatalf("PutEnvelope(tombstone) = %v", err)
	}
	if err := db.Get(model.KindStudent, "gone", &model.Student{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get of a received tombstone = %v; want ErrNotFound", err)
	}
}

// Envelopes are used after their transaction (a sync package writes them out later): their
// data must not point into the file's memory map, which a growing file replaces.
func TestEnvelopes_DataOutlivesTransaction(t *testing.T) {
	db, _ := openTest(t)
	rs := students3000(2025)[:100] // more than fits in a bucket inlined (and copied) by bbolt
	mustPut(t, db, rs...)
	envs, err := db.Envelopes(model.KindStudent, nil)
	if err != nil || len(envs) != len(rs) {
		t.Fatalf("Envelopes = %d, %v; want %d", len(envs), err, len(rs))
	}
	if err := db.Close(); err != nil { // unmaps the file
		t.Fatal(err)
	}
	for _, e := range envs {
		if _, err := store.DecodeRecord(e); err != nil {
			t.Fatalf("DecodeRecord after the file was closed: %v", err)
		}
	}
}
