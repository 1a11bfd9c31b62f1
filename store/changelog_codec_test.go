package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// oldEncodeEntry is the stored form of stop 11 (canonical, then the Hash), written apart from the
// code as the test's oracle of what files of schema 5 hold.
func oldEncodeEntry(e *LogEntry) []byte {
	var buf []byte
	put := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	num := func(n int64) { put(strconv.FormatInt(n, 10)) }
	put(e.Installation)
	num(int64(e.Seq))
	num(e.Time.UnixNano())
	put(e.Account)
	put(string(e.Role))
	put(string(e.Action))
	put(string(e.Kind))
	put(string(e.ID))
	num(e.Version.Wall)
	num(int64(e.Version.Logical))
	put(e.Version.Node)
	num(int64(len(e.Fields)))
	for _, f := range e.Fields {
		put(f)
	}
	put(e.Old)
	put(e.New)
	put(e.Reason)
	put(e.Prev)
	put(e.Hash)
	return buf
}

// randomEntry is an entry of a chain with random fields: hashes as the log writes them, or odd
// text where a received package may carry any.
func randomEntry(rng *rand.Rand) LogEntry {
	hexOf := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return (&LogEntry{Account: string(b)}).ComputeHash()[:2*n]
	}
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	inst := pick("01J9Z3Q8W4ZB6K2V0T5N7R1XQY", "inst.with.dots", "а")
	e := LogEntry{
		Installation: inst,
		Seq:          rng.Uint64N(1 << 40),
		Time:         time.Unix(0, rng.Int64N(4e18)-1e18).UTC(),
		Account:      pick("директор", "Счетоводител", ""),
		Role:         model.AccountRole(pick("director", "accountant")),
		Action:       LogAction(pick("put", "delete", "receive", "reopen")),
		Kind:         model.Kind(pick("student", "expense", "")),
		ID:           model.ID(pick("01J9Z3Q8W4", "")),
		Version:      Version{Wall: rng.Int64N(1e13) - 5e12, Logical: rng.Uint32N(5), Node: pick(inst, "other", "")},
		Old:          pick("", hexOf(16), "ABCDEF", "abc"),
		New:          pick("", hexOf(16)),
		Reason:       pick("", "грешка в часовете"),
		Prev:         pick("", hexOf(32)),
	}
	for range rng.IntN(4) {
		e.Fields = append(e.Fields, pick("Grade", "Name", "Поле"))
	}
	e.Hash = pick(e.ComputeHash(), "not-a-hash")
	e.Redacted = rng.IntN(5) == 0
	return e
}

// TestLogEntry_StoredFormsReadBack_Property: an entry stored in the compact form reads back equal
// under its key; one stored in stop 11's form (the oracle above) reads back equal too; the compact
// form is the shorter; a compact entry read under another key has that key's installation and
// sequence (so its hash no longer matches: a moved entry is found by the verify).
func TestLogEntry_StoredFormsReadBack_Property(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 12))
	for i := range 2000 {
		e := randomEntry(rng)
		k := logKey(e.Installation, e.Seq)
		compact, old := encodeEntry(&e), oldEncodeEntry(&e)
		for form, raw := range map[string][]byte{"compact": compact, "stop 11's": old} {
			got, err := decodeEntry(k, raw)
			if err != nil {
				t.Fatalf("%d: %s form: %v", i, form, err)
			}
			want := e
			want.Redacted = e.Redacted && form == "compact" // stop 11's form had no redacted entries
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d: %s form reads back\n%+v\nwant\n%+v", i, form, got, want)
			}
		}
		if len(compact) >= len(old) {
			t.Errorf("%d: compact form of %d bytes, the old one %d", i, len(compact), len(old))
		}
		moved, err := decodeEntry(logKey(e.Installation, e.Seq+1), compact)
		if err != nil || moved.Seq != e.Seq+1 {
			t.Fatalf("%d: read under the next key: seq %d, %v", i, moved.Seq, err)
		}
		if e.Hash == e.ComputeHash() && moved.ComputeHash() == e.Hash {
			t.Fatalf("%d: an entry moved to another key keeps a matching hash", i)
		}
		for cut := range len(compact) { // a cut entry is refused, never read as another
			if _, err := decodeEntry(k, compact[:cut]); err == nil && !bytes.Equal(compact[:cut], compact) {
				t.Fatalf("%d: the first %d of %d bytes were read as an entry", i, cut, len(compact))
			}
		}
	}
}

// A save of many records stores its log entries in blocks: fewer values than entries, each entry
// found by its sequence, the chain whole; an entry edited inside a block (rehashed and sealed
// again) breaks the chain after it, and one cut out of it at the block's first.
func TestLog_ABatchIsStoredInBlocks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := Open(path, Options{User: "директор"})
	if err != nil {
		t.Fatal(err)
	}
	inst := db.Installation()
	var rs []model.Record
	for i := range 150 {
		rs = append(rs, &model.Student{Year: 2025, Name: model.PersonName{First: fmt.Sprint("Ученик", i), Last: "Петров"}, Grade: 5})
	}
	if err := db.PutAll(rs...); err != nil {
		t.Fatal(err)
	}
	if err := db.Put(&model.Student{Year: 2025, Name: model.PersonName{First: "Сам", Last: "Петров"}, Grade: 6}); err != nil {
		t.Fatal(err)
	}
	if n, err := db.VerifyLog(); err != nil || n != 151 {
		t.Fatalf("VerifyLog = %d, %v; want 151 entries, whole", n, err)
	}
	var values int
	err = db.View(func(tx *Tx) error {
		b := tx.tx.Bucket(bucketLog)
		values = b.Stats().KeyN
		for seq := uint64(1); seq <= 152; seq++ {
			e, err := storedEntry(tx.sl(), b, inst, seq)
			if err != nil {
				return err
			}
			if (e != nil) != (seq <= 151) || e != nil && e.Seq != seq {
				t.Errorf("entry %d: %+v", seq, e)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := (150+logBlockMax-1)/logBlockMax + 1; values != want {
		t.Errorf("%d values for 151 entries; want %d (blocks of %d, and the single save's)", values, want, logBlockMax)
	}
	db.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blockOf := func(b *bbolt.Bucket, seq uint64) ([]byte, []LogEntry) {
		k, v := b.Cursor().Seek(logKey(inst, seq))
		body, err := unseal(string(bucketLog), string(k), v)
		if err != nil {
			t.Fatal(err)
		}
		es, err := decodeEntries(k, body)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Clone(k), es
	}
	cases := []struct {
		name   string
		tamper func(es []LogEntry) []LogEntry
		seq    uint64
	}{
		{"edited and rehashed", func(es []LogEntry) []LogEntry {
			es[9].Account = "счетоводител"
			es[9].Hash = es[9].ComputeHash()
			return es
		}, 11},
		// A block is keyed by its last entry: with one cut out, those before it take the
		// sequences after theirs, and the chain breaks at the block's first.
		{"cut out", func(es []LogEntry) []LogEntry { return slices.Delete(es, 9, 10) }, 1},
		// Only another installation's entries may arrive without their content (syncpack).
		{"redacted", func(es []LogEntry) []LogEntry { es[9] = es[9].Redact(); return es }, 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			copyPath := filepath.Join(t.TempDir(), "copy.db")
			if err := os.WriteFile(copyPath, raw, 0o600); err != nil {
				t.Fatal(err)
			}
			b, err := bbolt.Open(copyPath, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = b.Update(func(tx *bbolt.Tx) error {
				bk := tx.Bucket(bucketLog)
				k, es := blockOf(bk, 10)
				return bk.Put(k, seal(string(bucketLog), string(k), encodeBlock(c.tamper(es))))
			})
			if err != nil {
				t.Fatal(err)
			}
			b.Close()
			db, err := Open(copyPath, Options{NoBackup: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			_, err = db.VerifyLog()
			var brk *LogBreak
			if !errors.As(err, &brk) || brk.Seq != c.seq {
				t.Fatalf("VerifyLog = %v, want a break at entry %d", err, c.seq)
			}
		})
	}
}
