package store_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Every committed change appends one entry of this installation's chain: who, which role,
// what, which fields, hashes of the values — and none of the values in clear.
func TestLog_EveryChangeAppendsAnEntry(t *testing.T) {
	db, c := openTest(t)
	s := student(2025, "Радостина")
	s.PersonalNumber = validEGN
	if err := db.Put(s); err != nil {
		t.Fatal(err)
	}
	c.Add(60e9)
	s.Grade = 6
	if err := db.Put(s); err != nil {
		t.Fatal(err)
	}
	if err := db.Delete(model.KindStudent, s.ID); err != nil {
		t.Fatal(err)
	}
	es, err := db.Log(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("%d entries, want 3", len(es))
	}
	acts := []store.LogAction{store.ActionPut, store.ActionPut, store.ActionDelete}
	for i, e := range es {
		if e.Seq != uint64(i+1) || e.Action != acts[i] || e.Kind != model.KindStudent || e.ID != s.ID ||
			e.Account != "директор" || e.Role != model.AccountDirector || e.Installation != db.Installation() {
			t.Errorf("entry %d = %+v", i, e)
		}
		if i > 0 && e.Prev != es[i-1].Hash {
			t.Errorf("entry %d does not chain", i)
		}
	}
	if !slices.Equal(es[1].Fields, []string{"Grade"}) || es[1].Old != es[0].New || es[2].New != "" || es[2].Old != es[1].New {
		t.Errorf("second/third entry: %+v / %+v", es[1], es[2])
	}
	raw, _ := json.Marshal(es)
	for _, secret := range []string{"Радостина", validEGN} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("the log holds %q in clear", secret)
		}
	}
	if n, err := db.VerifyLog(); err != nil || n != 3 {
		t.Errorf("VerifyLog = %d, %v", n, err)
	}
	h, err := db.History(model.KindStudent, s.ID)
	if err != nil || len(h) != 3 {
		t.Errorf("history: %d, %v", len(h), err)
	}
}

// The change and its entry are written by the same bbolt transaction: when the transaction
// fails after the change, neither is kept (and so no crash can separate them — bbolt commits
// a transaction's pages with one meta-page write).
func TestLog_SameTransactionAsTheChange(t *testing.T) {
	db, _ := openTest(t)
	s := student(2025, "Иван")
	err := db.Update(func(tx *store.Tx) error {
		if err := tx.Put(s); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatal(err)
	}
	es, _ := db.Log(nil)
	if rs, _ := db.List(model.KindStudent); len(es) != 0 || len(rs) != 0 {
		t.Fatalf("after a rollback: %d entries, %d students", len(es), len(rs))
	}
	// A refused change writes no entry either.
	bad := student(2025, "")
	if err := db.Put(bad); err == nil {
		t.Fatal("invalid student saved")
	}
	if es, _ := db.Log(nil); len(es) != 0 {
		t.Fatalf("a refused change left %d entries", len(es))
	}
	if err := db.Put(student(2025, "Петя")); err != nil {
		t.Fatal(err)
	}
	if es, _ := db.Log(nil); len(es) != 1 || es[0].Seq != 1 {
		t.Fatalf("the chain after a rollback: %+v", es)
	}
}

// Entries of another installation's package are kept when they continue its chain, and a
// package whose entries were edited, removed or reordered is refused naming the entry.
func TestReceiveLog_RefusesBrokenChains(t *testing.T) {
	a, _ := openTest(t)
	for _, n := range []string{"А", "Б", "В", "Г"} {
		if err := a.Put(student(2025, n)); err != nil {
			t.Fatal(err)
		}
	}
	sent, _ := a.Log(nil)
	b, _ := openTest(t)
	if err := b.Update(func(tx *store.Tx) error { return tx.ReceiveLog(sent[:2]) }); err != nil {
		t.Fatalf("first two: %v", err)
	}
	cases := []struct {
		name string
		es   func() []store.LogEntry
		seq  uint64
	}{
		{"edited", func() []store.LogEntry { es := slices.Clone(sent); es[2].Account = "директор2"; return es }, 3},
		{"edited and rehashed", func() []store.LogEntry {
			es := slices.Clone(sent)
			es[2].Account = "директор2"
			es[2].Hash = es[2].ComputeHash()
			return es
		}, 4},
		{"one removed", func() []store.LogEntry { return slices.Delete(slices.Clone(sent), 2, 3) }, 3},
		{"reordered", func() []store.LogEntry { es := slices.Clone(sent); es[2], es[3] = es[3], es[2]; return es }, 3},
		{"held one rewritten", func() []store.LogEntry {
			es := slices.Clone(sent[1:])
			es[0].Fields = []string{"Name"}
			es[0].Hash = es[0].ComputeHash()
			return es
		}, 2},
	}
	for _, c := range cases {
		err := b.Update(func(tx *store.Tx) error { return tx.ReceiveLog(c.es()) })
		var brk *store.LogBreak
		if !errors.As(err, &brk) || brk.Seq != c.seq || brk.Installation != a.Installation() || model.ErrorCode(err) != "log_break" {
			t.Errorf("%s: %v, want a break at %d", c.name, err, c.seq)
		}
	}
	// Entries after a gap (a package written for another peer) are checked but not kept yet.
	if err := b.Update(func(tx *store.Tx) error { return tx.ReceiveLog(sent[3:]) }); err != nil {
		t.Fatalf("after a gap: %v", err)
	}
	if got, _ := b.Log(func(e *store.LogEntry) bool { return e.Installation == a.Installation() }); len(got) != 2 {
		t.Fatalf("kept %d entries after a gap", len(got))
	}
	if err := b.Update(func(tx *store.Tx) error { return tx.ReceiveLog(sent) }); err != nil {
		t.Fatalf("the whole chain again: %v", err)
	}
	got, _ := b.Log(func(e *store.LogEntry) bool { return e.Installation == a.Installation() })
	if len(got) != 4 {
		t.Fatalf("kept %d of a's entries", len(got))
	}
	if _, err := b.VerifyLog(); err != nil {
		t.Fatal(err)
	}
}
