package store_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// allEnvelopes returns every envelope of the file, tombstones included, by kind.
func allEnvelopes(t *testing.T, db *store.DB) map[model.Kind][]store.Envelope {
	t.Helper()
	out := map[model.Kind][]store.Envelope{}
	for _, k := range model.Kinds {
		es, err := db.Envelopes(k, nil)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = es
	}
	return out
}

// TestOpen_CompressesRecordsKeepingVersions: a file of the schema before compression is upgraded
// on open — after a backup — into a smaller one whose every record, tombstones included, has
// the same version, metadata and data.
func TestOpen_CompressesRecordsKeepingVersions(t *testing.T) {
	db, _ := openTest(t)
	path := db.Path()
	var rs []model.Record
	for _, k := range model.Kinds {
		rs = append(rs, validRecords(2025)[k])
	}
	for i := range 200 {
		rs = append(rs, student(2025, "Ученик"+string(rune('А'+i%30))))
	}
	mustPut(t, db, rs...)
	if err := db.Delete(model.KindStudent, rs[len(rs)-1].RecordID()); err != nil {
		t.Fatal(err)
	}
	want := allEnvelopes(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	store.UncompressForTest(t, path)
	plain := fileSize(t, path)

	db = openAt(t, path, store.Options{User: "директор"})
	if v, err := db.SchemaVersion(); err != nil || v != store.AppSchema() {
		t.Fatalf("schema %d, %v; want %d", v, err, store.AppSchema())
	}
	if got := allEnvelopes(t, db); !reflect.DeepEqual(got, want) {
		t.Error("the records changed in the upgrade")
	}
	if bs, _ := db.Backups(); len(bs) == 0 {
		t.Error("no backup before the upgrade")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if got := fileSize(t, path); got >= plain*2/3 {
		t.Errorf("file of %d bytes after the upgrade; want less than two thirds of %d", got, plain)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestDataFile_Demo3000_AtMost5KBAStudent: the demo school of 3,000 students, its year written
// in one batch with its change log, takes at most 5 KB of file a student (issue #16; 18 KB
// before), encrypted as `tchas demo` writes it (each value carries 41 bytes of nonce and tag)
// and plain.
func TestDataFile_Demo3000_AtMost5KBAStudent(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the whole demo year")
	}
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	for _, c := range []struct {
		pass string
		kb   int
	}{{"", 5}, {testPass, 5}} {
		path := filepath.Join(t.TempDir(), "demo.db")
		db := openAt(t, path, store.Options{User: "tchas demo", Passphrase: []byte(c.pass)})
		mustPut(t, db, d.Records()...)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		size := fileSize(t, path)
		t.Logf("encrypted %v: %d bytes, %.2f KB a student", c.pass != "", size, float64(size)/3000/1024)
		if size > int64(3000*c.kb*1024) {
			t.Errorf("encrypted %v: %d bytes: %.1f KB a student; want at most %d", c.pass != "", size, float64(size)/3000/1024, c.kb)
		}
	}
}
