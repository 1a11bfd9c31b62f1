package store_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
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
