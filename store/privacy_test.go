package store_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// needles are personal data of the demo that must never be found in clear: the students' ЕГН and
// surnames, the parents' phones, the staff's ЕГН and IBAN, and the names of the accounts
// (accountsOf) the director gives to the staff.
func needles(d *model.YearData) []string {
	var out []string
	for _, a := range accountsOf(d) {
		out = append(out, a.Name)
	}
	for i, s := range d.Students {
		if i%10 == 0 && s.PersonalNumber != "" {
			out = append(out, s.PersonalNumber, s.Name.First+`","Middle":"`+s.Name.Middle)
		}
	}
	for i, a := range d.Applications {
		if i%10 == 0 && a.ParentPhone != "" {
			out = append(out, a.ParentPhone)
		}
	}
	for _, p := range d.People {
		if p.PersonalNumber != "" {
			out = append(out, p.PersonalNumber)
		}
		if p.IBAN != "" {
			out = append(out, p.IBAN)
		}
	}
	return out
}

// accountsOf are the accounts of the demo's first two people, named after them as a director
// would (a director's and an accountant's).
func accountsOf(d *model.YearData) []model.Account {
	return []model.Account{
		{Name: d.People[0].Name.String(), Role: model.AccountDirector},
		{Name: d.People[1].Name.String(), Role: model.AccountAccountant},
	}
}

// found returns the needles found in the raw bytes of every file under dir.
func found(t *testing.T, dir string, ns []string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		for _, n := range ns {
			if bytes.Contains(raw, []byte(n)) {
				out[filepath.Base(p)] = append(out[filepath.Base(p)], n)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The demo written encrypted, its backups (the day's first, one taken by hand, the next day's)
// and what bbolt freed hold none of the demo's ЕГН, names, phones or IBANs in clear. The same
// demo in a plain file holds them all: the needles are real.
func TestPrivacy_DemoAndBackupsHoldNoPersonalDataInClear(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 300, Seed: 13})
	ns := needles(d)
	if len(ns) < 50 {
		t.Fatalf("only %d needles", len(ns))
	}
	write := func(dir string, pass []byte) {
		c := newClock()
		path := filepath.Join(dir, "school.db")
		db := openAt(t, path, store.Options{Now: c.Now, Passphrase: pass})
		for i, a := range accountsOf(d) { // a plain file gives no account a key slot
			if err := db.AddAccountWithKey(a, []byte(fmt.Sprintf("парола на профил %d", i))); err != nil {
				t.Fatal(err)
			}
		}
		mustPut(t, db, d.Records()...)
		for i := range d.Students[:20] { // rewrites: the freed pages held the old values
			s := d.Students[i]
			s.Grade = s.Grade%12 + 1
			mustPut(t, db, &s)
		}
		if _, err := db.Backup(); err != nil {
			t.Fatal(err)
		}
		_ = db.Close()
		c.Add(24 * 3600e9)
		accPass := pass // the accountant's own passphrase in the encrypted file
		if pass != nil {
			accPass = []byte("парола на профил 1")
		}
		db = openAt(t, path, store.Options{Now: c.Now, Passphrase: accPass, Account: accountsOf(d)[1].Name})
		if pass != nil && (db.Account() != accountsOf(d)[1].Name || db.Actor().Role != model.AccountAccountant) {
			t.Fatalf("reopened with the accountant's account: slot %q, actor %+v", db.Account(), db.Actor())
		}
		_ = db.Close()
		if bs, _ := db.Backups(); len(bs) < 2 {
			t.Fatalf("backups: %v", bs)
		}
	}
	plain := t.TempDir()
	write(plain, nil)
	store.UncompressForTest(t, filepath.Join(plain, "school.db")) // the values as written, not compressed
	if got := found(t, plain, ns)["school.db"]; len(got) != len(ns) {
		t.Fatalf("the plain file holds %d of %d needles: they do not show what the test looks for", len(got), len(ns))
	}
	enc := t.TempDir()
	write(enc, []byte(testPass))
	for file, got := range found(t, enc, ns) {
		t.Errorf("%s holds in clear %d of the personal data, e.g. %q", file, len(got), got[0])
	}
}
