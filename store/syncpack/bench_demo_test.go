package syncpack_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// demoSide is the demo school of 3,000 students in a data file of its own.
func demoSide(b *testing.B) (*store.DB, syncpack.ExportOptions) {
	b.Helper()
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1})
	db, err := store.Open(filepath.Join(b.TempDir(), "director.db"), store.Options{User: "director"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.PutAll(d.Records()...); err != nil {
		b.Fatal(err)
	}
	key, err := syncpack.NewKey()
	if err != nil {
		b.Fatal(err)
	}
	return db, syncpack.ExportOptions{Key: key, AppVersion: "bench", Year: d.Programme.Year}
}

// BenchmarkExport_Demo3000 exports the whole demo year (Export reads the package back and
// verifies it, as the receiver will): what „Изпращане на пакет“ costs the director.
func BenchmarkExport_Demo3000(b *testing.B) {
	db, opts := demoSide(b)
	path := filepath.Join(b.TempDir(), "year.zip")
	for b.Loop() {
		if _, err := syncpack.Export(db, path, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport_Demo3000 merges the whole demo year into an empty data file, backup included:
// what „Приложи пакета“ costs the accountant the first time.
func BenchmarkImport_Demo3000(b *testing.B) {
	db, opts := demoSide(b)
	path := filepath.Join(b.TempDir(), "year.zip")
	if _, err := syncpack.Export(db, path, opts); err != nil {
		b.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	n := 0
	for b.Loop() {
		b.StopTimer()
		n++
		to, err := store.Open(filepath.Join(dir, fmt.Sprintf("accountant-%d.db", n)), store.Options{User: "accountant"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		plan, err := syncpack.Apply(to, p, opts.Year)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if plan.Count(syncpack.ActionAdd) == 0 {
			b.Fatal("the import added nothing")
		}
		to.Close()
		b.StartTimer()
	}
}

// BenchmarkExport_Demo3000Encrypted is BenchmarkExport_Demo3000 for a paired accountant: the
// year cut for the role and encrypted with age (issue #13), what a package for it costs.
func BenchmarkExport_Demo3000Encrypted(b *testing.B) {
	db, opts := demoSide(b)
	peer, err := store.Open(filepath.Join(b.TempDir(), "accountant.db"), store.Options{User: "accountant"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { peer.Close() })
	text, _, err := syncpack.PairingText(peer)
	if err != nil {
		b.Fatal(err)
	}
	pr, err := syncpack.ParsePairing(text)
	if err != nil {
		b.Fatal(err)
	}
	if err := syncpack.Pair(db, pr, model.AccountAccountant); err != nil {
		b.Fatal(err)
	}
	opts.To = peer.Installation()
	path := filepath.Join(b.TempDir(), "year.age")
	for b.Loop() {
		if _, err := syncpack.Export(db, path, opts); err != nil {
			b.Fatal(err)
		}
	}
}
