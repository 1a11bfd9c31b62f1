package store_test

import (
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func BenchmarkVerify_Demo3000(b *testing.B) {
	path := filepath.Join(b.TempDir(), "s.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	if err := db.PutAll(d.Records()...); err != nil {
		b.Fatal(err)
	}
	db.Close()
	b.Run("Open", func(b *testing.B) {
		for b.Loop() {
			db, err := store.Open(path, store.Options{NoBackup: true})
			if err != nil {
				b.Fatal(err)
			}
			db.Close()
		}
	})
	b.Run("CheckFile", func(b *testing.B) {
		for b.Loop() {
			if r, _ := store.CheckFile(path, nil); !r.OK() {
				b.Fatal(r.Error())
			}
		}
	})
}
