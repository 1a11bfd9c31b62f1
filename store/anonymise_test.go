package store_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Anonymising the demo's closed year 2025/2026: refused before the retention's end of Art. 82
// (31.12.2031) and without a reason when forced; on 01.01.2032 one backup first, then every
// name and ЕГН of the students is gone from the file while their grades and groups stay; a
// second time is refused.
func TestAnonymiseYear_Art82(t *testing.T) {
	db, d := demoFile(t)
	if _, err := db.CloseYear(2025, profile(t), model.NewDate(2026, time.September, 1)); err != nil {
		t.Fatal(err)
	}
	backups := func() int {
		bs, err := db.Backups()
		if err != nil {
			t.Fatal(err)
		}
		return len(bs)
	}
	n0 := backups()

	_, err := db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2031, time.December, 31)})
	wantCode(t, err, "retention_running")
	_, err = db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2030, time.May, 1), Force: true, Reason: "писмо"})
	wantCode(t, err, "reason_required")
	if backups() != n0 {
		t.Errorf("a refused anonymisation took a backup")
	}
	if got, err := db.LoadYear(2025); err != nil || got.Students[0].Name != d.Students[0].Name {
		t.Fatalf("a refused anonymisation changed the year (%v)", err)
	}

	a, err := db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2032, time.January, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if backups() != n0+1 || a.Backup == "" || a.Records < len(d.Students) {
		t.Errorf("anonymisation %+v: %d backups (want %d), %d records changed", a, backups(), n0+1, a.Records)
	}
	if a.Retention.Article != model.ArticleRetention82 {
		t.Errorf("retention %+v; want Art. 82", a.Retention)
	}
	got, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got.Students {
		was := d.Students[i]
		if s.PersonalNumber != "" || s.Name == was.Name || s.Grade != was.Grade || s.Female != was.Female {
			t.Errorf("student %s: %+v after anonymising %+v", s.ID, s, was)
		}
	}
	for i, g := range got.Groups {
		if len(g.Members) != len(d.Groups[i].Members) {
			t.Errorf("group %s lost members", g.ID)
		}
	}
	if kept, err := db.Anonymised(2025); err != nil || kept.Records != a.Records || kept.Backup != a.Backup {
		t.Errorf("kept %+v, %v; want %+v", kept, err, a)
	}
	if closed, _ := db.ClosedYears(); !closed[2025] {
		t.Error("the year is no longer closed")
	}
	_, err = db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2032, time.January, 2)})
	wantCode(t, err, "already_anonymised")
}

func TestAnonymiseYear_ForcedWithReason(t *testing.T) {
	db, d := demoFile(t)
	a, err := db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2027, time.March, 1),
		Force: true, Reason: "писмо на УО № 12/01.03.2027"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Forced || !strings.Contains(a.Reason, "УО") {
		t.Errorf("kept %+v; want forced with the reason", a)
	}
	got, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got.People {
		if p.PersonalNumber != "" || p.IBAN != "" {
			t.Errorf("person %s keeps ЕГН or IBAN", p.ID)
		}
	}
	if len(got.Students) != len(d.Students) {
		t.Errorf("%d students; want %d", len(got.Students), len(d.Students))
	}
}

func TestAnonymiseYear_NoSuchYear(t *testing.T) {
	db, _ := demoFile(t)
	_, err := db.AnonymiseYear(2019, store.AnonymiseOptions{Today: model.NewDate(2032, time.January, 1)})
	wantCode(t, err, "no_programme")
}

// bbolt keeps the replaced values in free pages: after anonymising, CompactFile rewrites the file
// so that none of the year's ЕГН is in its raw bytes, and the file opens with the same year.
func TestCompactFile_NoReplacedValueLeft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "school.db")
	db, err := store.Open(path, store.Options{User: "директор", Now: newClock().Now, BackupDir: filepath.Join(dir, "backups")})
	if err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 60, Seed: 3})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AnonymiseYear(2025, store.AnonymiseOptions{Today: model.NewDate(2032, time.January, 1)}); err != nil {
		t.Fatal(err)
	}
	before, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	raw := func() []byte {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	left := func(b []byte) int {
		n := 0
		for _, s := range d.Students {
			if s.PersonalNumber != "" && bytes.Contains(b, []byte(s.PersonalNumber)) {
				n++
			}
		}
		return n
	}
	if left(raw()) == 0 {
		t.Log("no ЕГН in the free pages before compacting: the test proves less")
	}
	db.Close()
	if err := store.CompactFile(path); err != nil {
		t.Fatal(err)
	}
	if n := left(raw()); n != 0 {
		t.Errorf("%d ЕГН still in the compacted file", n)
	}
	db = openAt(t, path, store.Options{User: "директор", Now: newClock().Now, BackupDir: filepath.Join(dir, "backups")})
	after, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("the compacted file holds another year")
	}
	if err := db.Put(student(2026, "Нов")); err != nil {
		t.Errorf("the compacted file does not take a new record: %v", err)
	}
}
