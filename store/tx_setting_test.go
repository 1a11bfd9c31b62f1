package store_test

import (
	"errors"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestTx_SettingSavedWithTheRecords(t *testing.T) {
	db, _ := openTest(t)
	boom := errors.New("boom")
	err := db.Update(func(tx *store.Tx) error {
		if err := tx.Put(student(2025, "Иван")); err != nil {
			return err
		}
		if err := tx.PutSetting("k", "v"); err != nil {
			return err
		}
		if v, err := tx.Setting("k"); err != nil || v != "v" {
			t.Errorf("inside the transaction: %q, %v", v, err)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if _, err := db.Setting("k"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a rolled-back setting was kept: %v", err)
	}
	if rs, _ := db.List(model.KindStudent); len(rs) != 0 {
		t.Errorf("a rolled-back record was kept")
	}
	if err := db.Update(func(tx *store.Tx) error { return tx.PutSetting("k", "v") }); err != nil {
		t.Fatal(err)
	}
	if v, err := db.Setting("k"); err != nil || v != "v" {
		t.Errorf("setting = %q, %v", v, err)
	}
}

func TestTx_PutChosenOutranksTheOtherVersion(t *testing.T) {
	db, _ := openTest(t)
	st := student(2025, "Иван")
	if err := db.Put(st); err != nil {
		t.Fatal(err)
	}
	envs, err := db.Envelopes(model.KindStudent, nil)
	if err != nil || len(envs) != 1 {
		t.Fatalf("envelopes: %v", err)
	}
	mine := envs[0]
	// The other side's version is far in the future of this file's clock.
	over := store.Version{Wall: mine.Meta.Version.Wall + 3_600_000, Logical: 5, Node: "other"}
	var got store.Version
	err = db.Update(func(tx *store.Tx) error {
		var err error
		got, err = tx.PutChosen(mine, over)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Compare(over) <= 0 || got.Node != db.Installation() {
		t.Errorf("chosen version %v does not outrank %v as this installation's", got, over)
	}
	m, err := db.Meta(model.KindStudent, st.ID)
	if err != nil || m.Version != got {
		t.Errorf("stored %v (%v), want %v", m.Version, err, got)
	}
	if err := db.Put(st); err != nil {
		t.Fatal(err)
	}
	if m2, _ := db.Meta(model.KindStudent, st.ID); m2.Version.Compare(got) <= 0 {
		t.Error("a later local change is not ordered after the chosen version")
	}
}
