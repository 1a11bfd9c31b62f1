package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"go.etcd.io/bbolt"
)

// writeV1 makes a file as schema 1 left it: meta with the version and a setting under the
// "setting/" prefix, a bucket per kind, no settings or blobs bucket.
func writeV1(t *testing.T, path string, schema string) {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = b.Update(func(tx *bbolt.Tx) error {
		meta, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		for k, v := range map[string]string{"schemaVersion": schema, "installation": "00000000000000v1", "setting/year": "2025"} {
			if err := meta.Put([]byte(k), []byte(v)); err != nil {
				return err
			}
		}
		for _, k := range model.Kinds {
			if _, err := tx.CreateBucket([]byte(k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// inspect reads the raw file: schema version, meta keys and top-level buckets.
func inspect(t *testing.T, path string) (schema string, metaKeys, buckets []string) {
	t.Helper()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_ = b.View(func(tx *bbolt.Tx) error {
		meta := tx.Bucket([]byte("meta"))
		schema = string(meta.Get([]byte("schemaVersion")))
		_ = meta.ForEach(func(k, _ []byte) error { metaKeys = append(metaKeys, string(k)); return nil })
		return tx.ForEach(func(name []byte, _ *bbolt.Bucket) error { buckets = append(buckets, string(name)); return nil })
	})
	return schema, metaKeys, buckets
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

func TestOpen_UpgradesV1File(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "school.db")
	writeV1(t, path, "1")
	c := newClock()
	db := openAt(t, path, store.Options{Now: c.Now})

	if v, err := db.SchemaVersion(); err != nil || v != store.AppSchema() {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, store.AppSchema())
	}
	if v, err := db.Setting("year"); err != nil || v != "2025" {
		t.Errorf("Setting(year) after migration 2 = %q, %v; want 2025 moved from meta", v, err)
	}
	if _, err := db.PutBlob([]byte("scan")); err != nil {
		t.Errorf("PutBlob after migration 2: %v", err)
	}
	if db.Installation() != "00000000000000v1" {
		t.Errorf("Installation = %q; want the one in the file", db.Installation())
	}
	mustPut(t, db, student(2025, "Иван"))

	backups, err := db.Backups()
	if err != nil || len(backups) != 1 {
		t.Fatalf("Backups = %v, %v; want the one taken before the upgrade", backups, err)
	}
	if schema, keys, _ := inspect(t, backups[0]); schema != "1" || !contains(keys, "setting/year") {
		t.Errorf("backup has schema %q and meta keys %v; want the v1 file as it was", schema, keys)
	}
}

func TestOpen_RefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	writeV1(t, path, strconv.Itoa(store.AppSchema()+1))
	before, _ := os.ReadFile(path)

	db, err := store.Open(path, store.Options{})
	if !errors.Is(err, store.ErrNewerSchema) {
		t.Fatalf("Open = %v, %v; want ErrNewerSchema", db, err)
	}
	if model.ErrorCode(err) != "newer_schema" {
		t.Errorf("ErrorCode = %q; want newer_schema with a Bulgarian message", model.ErrorCode(err))
	}
	var me *model.Error
	if errors.As(err, &me) && !bytes.Contains([]byte(me.Msg), []byte("по-нова версия")) {
		t.Errorf("message %q does not say the file is from a newer version", me.Msg)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file was changed")
	}
}

func TestOpen_FailedMigrationLeavesFileAsItWas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	writeV1(t, path, "1")
	restore := store.AppendMigrationForTest(t, "fails", func(tx *bbolt.Tx) error {
		if tx.Bucket([]byte("blobs")) == nil {
			t.Error("migration 3 ran before migration 2")
		}
		return errors.New("disk on fire")
	})

	db, err := store.Open(path, store.Options{})
	if err == nil {
		_ = db.Close()
		t.Fatal("Open succeeded with a failing migration")
	}
	schema, keys, buckets := inspect(t, path)
	if schema != "1" || !contains(keys, "setting/year") || contains(buckets, "blobs") || contains(buckets, "settings") {
		t.Errorf("after a failed upgrade: schema %q, meta %v, buckets %v; want the v1 file unchanged", schema, keys, buckets)
	}
	// The failed open released the file: without the failing migration it opens and upgrades.
	restore()
	db = openAt(t, path, store.Options{})
	if v, _ := db.SchemaVersion(); v != store.AppSchema() {
		t.Errorf("SchemaVersion after a good upgrade = %d; want %d", v, store.AppSchema())
	}
}
