package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// A copy of a file whose log entries someone edited (and sealed again, as anyone with the
// program's source can), removed or reordered fails VerifyLog at the entry concerned.
func TestVerifyLog_TamperedCopy(t *testing.T) {
	dir := t.TempDir()
	orig := filepath.Join(dir, "school.db")
	db, err := Open(orig, Options{User: "директор"})
	if err != nil {
		t.Fatal(err)
	}
	inst := db.Installation()
	for _, n := range []string{"А", "Б", "В", "Г", "Д"} {
		s := &model.Student{Year: 2025, Name: model.PersonName{First: n, Last: "Петров"}, Grade: 5}
		if err := db.Put(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	raw, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	entry := func(b *bbolt.Bucket, seq uint64) LogEntry {
		k := logKey(inst, seq)
		body, err := unseal(string(bucketLog), string(k), b.Get(k))
		if err != nil {
			t.Fatal(err)
		}
		e, err := decodeEntry(k, body)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	put := func(b *bbolt.Bucket, seq uint64, e LogEntry) {
		k := logKey(inst, seq)
		body := encodeEntry(&e)
		if err := b.Put(k, seal(string(bucketLog), string(k), body)); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name   string
		tamper func(b *bbolt.Bucket)
		seq    uint64
	}{
		{"edited", func(b *bbolt.Bucket) { e := entry(b, 2); e.Account = "счетоводител"; put(b, 2, e) }, 2},
		{"edited and rehashed", func(b *bbolt.Bucket) {
			e := entry(b, 2)
			e.Account = "счетоводител"
			e.Hash = e.ComputeHash()
			put(b, 2, e)
		}, 3},
		{"removed", func(b *bbolt.Bucket) { _ = b.Delete(logKey(inst, 3)) }, 3},
		{"reordered", func(b *bbolt.Bucket) { e2, e3 := entry(b, 2), entry(b, 3); put(b, 2, e3); put(b, 3, e2) }, 2},
		{"last removed", func(b *bbolt.Bucket) { _ = b.Delete(logKey(inst, 5)) }, 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "copy.db")
			if err := os.WriteFile(path, raw, 0o600); err != nil {
				t.Fatal(err)
			}
			b, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Update(func(tx *bbolt.Tx) error { c.tamper(tx.Bucket(bucketLog)); return nil }); err != nil {
				t.Fatal(err)
			}
			b.Close()
			db, err := Open(path, Options{NoBackup: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			_, err = db.VerifyLog()
			var brk *LogBreak
			if !errors.As(err, &brk) || brk.Seq != c.seq || brk.Installation != inst {
				t.Fatalf("VerifyLog = %v, want a break at entry %d", err, c.seq)
			}
		})
	}
}
