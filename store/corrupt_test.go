package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"go.etcd.io/bbolt"
)

// damagedFile builds a file with a few hundred records and one backup, then damages it.
func damagedFile(t *testing.T, damage func(path string, data []byte) []byte) (path string, backups []string) {
	t.Helper()
	db, _ := openTest(t)
	var rs []model.Record
	for i := range 300 {
		rs = append(rs, student(2025, "Ученик"+string(rune('А'+i%30))))
	}
	mustPut(t, db, rs...)
	if _, err := db.Backup(); err != nil {
		t.Fatal(err)
	}
	path = db.Path()
	backups, _ = db.Backups()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, damage(path, data), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, backups
}

// studentValues returns the stored values of the students of the file at path.
func studentValues(t *testing.T, path string) [][]byte {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var out [][]byte
	_ = b.View(func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte(model.KindStudent)).ForEach(func(_, v []byte) error {
			out = append(out, bytes.Clone(v))
			return nil
		})
	})
	return out
}

// garbage overwrites data[from:to] with pseudo-random bytes.
func garbage(data []byte, from, to int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	for i := from; i < to && i < len(data); i++ {
		data[i] = byte(r.UintN(256))
	}
	return data
}

// garbageInLeaves overwrites every leaf page after its first `keep` bytes, leaving its header
// intact, so bbolt.Open and the page checks pass and the damage is met while reading.
func garbageInLeaves(data []byte, page, keep int) []byte {
	for off := 2 * page; off+page <= len(data); off += page {
		id := int(binary.LittleEndian.Uint64(data[off:]))
		if id == off/page && binary.LittleEndian.Uint16(data[off+8:]) == 0x02 {
			garbage(data, off+keep, off+page)
		}
	}
	return data
}

func TestOpen_DetectsCorruption(t *testing.T) {
	const page = 4096
	tests := []struct {
		name   string
		damage func(path string, data []byte) []byte
	}{
		{"truncated to half", func(_ string, d []byte) []byte { return d[:len(d)/2/page*page] }},
		{"truncated mid-page", func(_ string, d []byte) []byte { return d[:len(d)/2+100] }},
		{"truncated to one page", func(_ string, d []byte) []byte { return d[:page] }},
		{"empty", func(_ string, d []byte) []byte { return nil }},
		{"garbage in every data page", func(_ string, d []byte) []byte { return garbage(d, 2*page, len(d)) }},
		{"garbage in the middle", func(_ string, d []byte) []byte { return garbage(d, len(d)/2, len(d)/2+3*page) }},
		{"garbage in both meta pages", func(_ string, d []byte) []byte { return garbage(d, 0, 2*page) }},
		{"garbage in the body of every leaf page", func(_ string, d []byte) []byte { return garbageInLeaves(d, page, 16) }},
		{"garbage in the elements of every leaf page", func(_ string, d []byte) []byte { return garbageInLeaves(d, page, 16+32) }},
		{"damaged record values", func(path string, d []byte) []byte {
			for _, v := range studentValues(t, path) { // compressed: found by their bytes
				w := bytes.Clone(v)
				w[len(w)/2] ^= 0x10
				d = bytes.Replace(d, v, w, 1)
			}
			return d
		}},
		{"zeroed data pages", func(_ string, d []byte) []byte { clear(d[2*page:]); return d }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, backups := damagedFile(t, tt.damage)
			db, err := store.Open(path, store.Options{})
			if err == nil {
				_ = db.Close()
				t.Fatal("Open of a damaged file succeeded")
			}
			t.Logf("Open: %v", err)
			if !errors.Is(err, store.ErrCorrupt) {
				t.Fatalf("Open = %v; want ErrCorrupt", err)
			}
			var ce *store.CorruptError
			if !errors.As(err, &ce) {
				t.Fatalf("Open = %T; want a *CorruptError", err)
			}
			if ce.Path != path || len(ce.Backups) != 1 || ce.Backups[0] != backups[0] {
				t.Errorf("CorruptError{Path %s, Backups %v}; want %s and %v", ce.Path, ce.Backups, path, backups)
			}
			if model.ErrorCode(err) != "corrupt" {
				t.Errorf("ErrorCode = %q; want corrupt with a Bulgarian message", model.ErrorCode(err))
			}

			// The failed open released the file: opening it again finds the damage, not a lock.
			if _, err := store.Open(path, store.Options{Timeout: 50 * time.Millisecond}); !errors.Is(err, store.ErrCorrupt) {
				t.Errorf("second Open = %v; want ErrCorrupt again", err)
			}

			// The way out the UI offers: restore the latest backup and open again.
			if err := store.RestoreBackup(ce.Backups[0], path); err != nil {
				t.Fatalf("RestoreBackup: %v", err)
			}
			db = openAt(t, path, store.Options{})
			if list, err := db.List(model.KindStudent); err != nil || len(list) != 300 {
				t.Errorf("after restore: %d students, %v; want 300", len(list), err)
			}
		})
	}
}

func TestCorruptError_MessageWithoutBackups(t *testing.T) {
	path, backups := damagedFile(t, func(_ string, d []byte) []byte { return garbage(d, 2*4096, len(d)) })
	for _, b := range backups {
		if err := os.Remove(b); err != nil {
			t.Fatal(err)
		}
	}
	_, err := store.Open(path, store.Options{})
	var ce *store.CorruptError
	if !errors.As(err, &ce) || len(ce.Backups) != 0 {
		t.Fatalf("Open = %v; want a *CorruptError with no backups", err)
	}
	var me *model.Error
	if !errors.As(err, &me) || me.Msg == "" {
		t.Errorf("no Bulgarian message in %v", err)
	}
}
