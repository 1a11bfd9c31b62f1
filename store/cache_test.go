package store_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// mustLoad loads year y, failing the test on error.
func mustLoad(t *testing.T, db *store.DB, y model.SchoolYear) *model.YearData {
	t.Helper()
	d, err := db.LoadYear(y)
	if err != nil {
		t.Fatalf("LoadYear(%v): %v", y, err)
	}
	return d
}

// firstNames lists the first names of the year's students, in the store's order.
func firstNames(d *model.YearData) []string {
	var out []string
	for _, s := range d.Students {
		out = append(out, s.Name.First)
	}
	return out
}

// putEnvelopeOf stores the student s, renamed to first, the way a sync package brings it:
// through PutEnvelope, or PutChosen when chosen is true.
func putEnvelopeOf(db *store.DB, s *model.Student, first string, chosen bool) error {
	es, err := db.Envelopes(model.KindStudent, func(m store.Meta) bool { return m.ID == s.ID })
	if err != nil || len(es) != 1 {
		return fmt.Errorf("envelopes of %s: %d, %v", s.ID, len(es), err)
	}
	c := *s
	c.Name.First = first
	e := es[0]
	if e.Data, err = json.Marshal(&c); err != nil {
		return err
	}
	return db.Update(func(tx *store.Tx) error {
		if chosen {
			_, err := tx.PutChosen(e, e.Meta.Version)
			return err
		}
		return tx.PutEnvelope(e)
	})
}

// TestLoadYear_EveryWriteIsSeen: a year loaded (and kept decoded) before a write is loaded
// again after it, whichever way the write is made.
func TestLoadYear_EveryWriteIsSeen(t *testing.T) {
	tests := []struct {
		name  string
		write func(db *store.DB, s *model.Student) error
		want  []string
	}{
		{"Put", func(db *store.DB, s *model.Student) error {
			s.Name.First = "Нова"
			return db.Put(s)
		}, []string{"Нова"}},
		{"PutAll", func(db *store.DB, _ *model.Student) error {
			return db.PutAll(student(2025, "Втори"), student(2025, "Втори"))
		}, []string{"Първи", "Втори", "Втори"}},
		{"Update", func(db *store.DB, s *model.Student) error {
			return db.Update(func(tx *store.Tx) error {
				s.Name.First = "Нова"
				return tx.Put(s)
			})
		}, []string{"Нова"}},
		{"Delete", func(db *store.DB, s *model.Student) error {
			return db.Delete(model.KindStudent, s.ID)
		}, nil},
		{"PutEnvelope of a sync package", func(db *store.DB, s *model.Student) error {
			return putEnvelopeOf(db, s, "Отвън", false)
		}, []string{"Отвън"}},
		{"PutChosen in a sync conflict", func(db *store.DB, s *model.Student) error {
			return putEnvelopeOf(db, s, "Избрана", true)
		}, []string{"Избрана"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t)
			s := student(2025, "Първи")
			mustPut(t, db, s)
			if got := firstNames(mustLoad(t, db, 2025)); !reflect.DeepEqual(got, []string{"Първи"}) {
				t.Fatalf("before the write: %v", got)
			}
			if err := tt.write(db, s); err != nil {
				t.Fatalf("write: %v", err)
			}
			got := firstNames(mustLoad(t, db, 2025))
			slices.Sort(got) // the store's order is by random ID
			slices.Sort(tt.want)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("after the write: %v; want %v", got, tt.want)
			}
		})
	}
}

// TestSettingsAndBlobs_KeepTheLiveYear: settings and blobs change no record: the live year is
// the same snapshot after them, and the subscribers hear of the settings only.
func TestSettingsAndBlobs_KeepTheLiveYear(t *testing.T) {
	tests := []struct {
		name     string
		write    func(db *store.DB) error
		settings []string // nil: no change told
	}{
		{"SetSetting", func(db *store.DB) error { return db.SetSetting("lang", "en") }, []string{"lang"}},
		{"PutBlob", func(db *store.DB) error { _, err := db.PutBlob([]byte("%PDF-1.4")); return err }, nil},
		{"Tx.PutSetting", func(db *store.DB) error {
			return db.Update(func(tx *store.Tx) error { return tx.PutSetting("sync", "1") })
		}, []string{"sync"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t)
			mustPut(t, db, student(2025, "Първи"))
			before, err := db.LiveYear(2025)
			if err != nil {
				t.Fatal(err)
			}
			var told []store.Change
			defer db.Subscribe(func(c store.Change) { told = append(told, c) })()
			if err := tt.write(db); err != nil {
				t.Fatal(err)
			}
			if after, _ := db.LiveYear(2025); after != before {
				t.Error("the live year was replaced after a write of no record")
			}
			var got []string
			for _, c := range told {
				if len(c.Kinds) > 0 || c.Reset || c.Affects(2025) {
					t.Errorf("change %+v names records", c)
				}
				got = append(got, c.Settings...)
			}
			if !reflect.DeepEqual(got, tt.settings) {
				t.Errorf("settings told %v; want %v", got, tt.settings)
			}
		})
	}
}

// bucketPut finds calls of Put and its receiver (Tx.Put is tx.Put; a bucket's is anything else).
var bucketPut = regexp.MustCompile(`(\w+|\))\.Put\(`)

// TestEveryWriteGoesThroughCommit: the live years are kept up to date by DB.commit only, so no
// other code of the store may open a read-write bbolt transaction itself, and records are put
// by Tx.write only.
func TestEveryWriteGoesThroughCommit(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	putters := map[string]bool{"codec.go": true, "migrate.go": true, "blob.go": true, "tx.go": true,
		"codec_compress.go": true, // its pools' Put
		// Buckets no live year holds: the accounts, the change log, and encrypt.go's re-sealing of
		// every value with the same content (it runs in db.update, which drops the live years).
		"account.go": true, "changelog.go": true, "encrypt.go": true,
		"keyring_migrate.go": true, // migration 7 re-keys the accounts
		"migrate_cards.go":   true, // migration 8: the cards' needs sealed apart, contents unchanged
		"keyring_rotate.go":  true} // the special parts sealed again, the records' contents unchanged
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "live.go" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, call := range []string{"bolt.Update(", "bolt.Batch(", "bolt.Begin(true)", ".Begin(true)"} {
			if strings.Contains(string(src), call) {
				t.Errorf("%s calls %s: write through db.commit (live.go), or LiveYear serves stale years", f, call)
			}
		}
		for _, m := range bucketPut.FindAllStringSubmatch(string(src), -1) {
			if m[1] != "tx" && !putters[f] {
				t.Errorf("%s calls %s: records are written by Tx.write (codec.go) only", f, m[0])
			}
		}
	}
}
