package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"go.etcd.io/bbolt"
)

// rawUpdate changes the closed file at path with bbolt directly, as damage or another program would.
func rawUpdate(t *testing.T, path string, fn func(tx *bbolt.Tx) error) {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// twoStudents makes a closed file with two students and returns its path and their IDs.
func twoStudents(t *testing.T) (path string, a, b model.ID) {
	t.Helper()
	db, _ := openTest(t)
	s1, s2 := student(2025, "Иван"), student(2025, "Мария")
	mustPut(t, db, s1, s2)
	path = db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, s1.ID, s2.ID
}

func TestSeal_ChangedValueIsDamageNamingTheRecord(t *testing.T) {
	tests := []struct {
		name   string
		change func(b *bbolt.Bucket, a, other model.ID) error
	}{
		{"one byte of the data", func(b *bbolt.Bucket, a, _ model.ID) error {
			v := bytes.Clone(b.Get([]byte(a)))
			i := bytes.Index(v, []byte(`"Grade":5`))
			v[i+len(`"Grade":`)] = '6' // still valid JSON: without the seal it would read as grade 6
			return b.Put([]byte(a), v)
		}},
		{"another record's value under this ID", func(b *bbolt.Bucket, a, other model.ID) error {
			return b.Put([]byte(a), bytes.Clone(b.Get([]byte(other))))
		}},
		{"the seal dropped", func(b *bbolt.Bucket, a, _ model.ID) error {
			return b.Put([]byte(a), bytes.Clone(b.Get([]byte(a))[5:]))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, a, other := twoStudents(t)
			rawUpdate(t, path, func(tx *bbolt.Tx) error { return tt.change(tx.Bucket([]byte(model.KindStudent)), a, other) })

			r, _ := store.CheckFile(path, nil)
			if len(r.Damaged) != 1 || r.Damaged[0].Bucket != string(model.KindStudent) || r.Damaged[0].Key != string(a) {
				t.Fatalf("CheckFile damaged = %v; want exactly student %s", r.Damaged, a)
			}
			if r.Err != nil || r.Values < 2 {
				t.Errorf("CheckFile = %+v; want no structural damage and every value counted", r)
			}
			_, err := store.Open(path, store.Options{})
			var d *store.DamageError
			if !errors.Is(err, store.ErrCorrupt) || !errors.As(err, &d) || d.Key != string(a) {
				t.Fatalf("Open = %v; want ErrCorrupt naming student %s", err, a)
			}
			var me *model.Error
			if !errors.As(err, &me) || !strings.Contains(me.Msg, "повреден запис: student "+string(a)) {
				t.Errorf("the user's message does not name the record: %v", me)
			}
		})
	}
}

func TestSeal_ReadOfDamagedRecordIsErrorNotData(t *testing.T) {
	// A record damaged after the open's verification (the file changed under the program) is
	// refused by Get and List too.
	db, _ := openTest(t)
	s := student(2025, "Иван")
	mustPut(t, db, s)
	err := db.Update(func(tx *store.Tx) error { return store.DamageForTest(tx, model.KindStudent, s.ID) })
	if err != nil {
		t.Fatal(err)
	}
	var got model.Student
	if err := db.Get(model.KindStudent, s.ID, &got); !errors.Is(err, store.ErrCorrupt) || !strings.Contains(err.Error(), string(s.ID)) {
		t.Errorf("Get = %v; want ErrCorrupt naming %s", err, s.ID)
	}
	if _, err := db.List(model.KindStudent); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("List = %v; want ErrCorrupt", err)
	}
	if r := db.Verify(nil); len(r.Damaged) != 1 {
		t.Errorf("Verify = %+v; want the record", r)
	}
	if _, err := db.Backup(); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Backup of a damaged file = %v; want refused with ErrCorrupt", err)
	}
}

func TestOpen_SealsRecordsOfV2File(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "school.db")
	writeV1(t, path, "1")
	plain := []byte(`{"v":{"wall":1,"logical":0,"node":"00000000000000v1"},"created":"2025-09-15T00:00:00Z","updated":"2025-09-15T00:00:00Z",` +
		`"data":{"ID":"s1","Year":2025,"Name":{"First":"Иван","Last":"Петров"},"Grade":5}}`)
	rawUpdate(t, path, func(tx *bbolt.Tx) error { return tx.Bucket([]byte(model.KindStudent)).Put([]byte("s1"), plain) })

	db := openAt(t, path, store.Options{})
	var got model.Student
	if err := db.Get(model.KindStudent, "s1", &got); err != nil || got.Name.First != "Иван" {
		t.Fatalf("Get after migration = %+v, %v; want the student", got, err)
	}
	if r := db.Verify(nil); !r.OK() {
		t.Errorf("Verify after migration: %v", r.Error())
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_ = b.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket([]byte(model.KindStudent)).Get([]byte("s1"))
		if env, err := store.ExpandForTest(v[5:]); v[0] != 0x01 || err != nil || !bytes.Equal(env, plain) {
			t.Errorf("stored value %q (%v); want the plain envelope, compressed and sealed", v, err)
		}
		return nil
	})
	if fi, err := os.Stat(filepath.Join(dir, "backups")); err != nil || !fi.IsDir() {
		t.Errorf("no backup before the migration: %v", err)
	}
}

// The open's full verification reports its progress, for the window's status line.
func TestOpen_ReportsVerificationProgress(t *testing.T) {
	path, _, _ := twoStudents(t)
	var calls, last, total int
	openAt(t, path, store.Options{Progress: func(done, n int) { calls, last, total = calls+1, done, n }})
	if calls == 0 || last != total || total < len(model.Kinds) {
		t.Errorf("progress: %d calls, last %d of %d; want one per bucket, ending at the total", calls, last, total)
	}
}

func TestBlob_ChangedContentIsDamage(t *testing.T) {
	db, _ := openTest(t)
	sha, err := db.PutBlob([]byte("scan of an invoice"))
	if err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	_ = db.Close()
	rawUpdate(t, path, func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte("blobs")).Put([]byte(sha), []byte("scan of an invoicf"))
	})
	if r, _ := store.CheckFile(path, nil); len(r.Damaged) != 1 || r.Damaged[0].Key != sha {
		t.Errorf("CheckFile = %+v; want the blob named", r)
	}
}
