package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// LogAfter gives exactly the entries after each chain's head — whatever the head, inside a block
// of a batch's entries or at its end — and the heads after them; with no heads, the whole log
// (Log is the oracle).
func TestLogAfter_OnlyTheEntriesAfterTheHeads(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "school.db"), Options{User: "директор"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	inst := db.Installation()
	var rs []model.Record
	for i := range 150 {
		rs = append(rs, &model.Student{Year: 2025, Name: model.PersonName{First: fmt.Sprint("Ученик", i), Last: "Петров"}, Grade: 5})
	}
	if err := db.PutAll(rs...); err != nil { // three blocks: 64, 64, 22
		t.Fatal(err)
	}
	for i := range 3 {
		if err := db.Put(&model.Student{Year: 2025, Name: model.PersonName{First: fmt.Sprint("Сам", i), Last: "Петров"}, Grade: 6}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := db.Log(nil)
	if err != nil || len(all) != 153 {
		t.Fatalf("Log: %d entries, %v; want 153", len(all), err)
	}
	for _, head := range []uint64{0, 1, 63, 64, 65, 127, 128, 129, 150, 151, 152, 153} {
		var heads map[string]uint64
		if head > 0 {
			heads = map[string]uint64{inst: head}
		}
		got, next, err := db.LogAfter(heads)
		if err != nil {
			t.Fatalf("head %d: %v", head, err)
		}
		want := all[head:]
		if len(got) != len(want) {
			t.Fatalf("head %d: %d entries, want %d", head, len(got), len(want))
		}
		for i := range want {
			if got[i].Seq != want[i].Seq || got[i].Hash != want[i].Hash || got[i].ID != want[i].ID {
				t.Errorf("head %d, entry %d: %+v, want %+v", head, i, got[i], want[i])
			}
		}
		if next[inst] != 153 || len(next) != 1 {
			t.Errorf("head %d: heads after = %v, want %s: 153", head, next, inst)
		}
		if heads != nil && heads[inst] != head {
			t.Errorf("head %d: the caller's heads were changed: %v", head, heads)
		}
	}
}
