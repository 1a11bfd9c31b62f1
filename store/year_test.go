package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// demoFile holds the demo year 2025/2026 of 60 students.
func demoFile(t *testing.T) (*store.DB, *model.YearData) {
	t.Helper()
	db, _ := openTest(t)
	d := demo.Generate(demo.Options{Students: 60, Seed: 3})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	return db, d
}

func profile(t *testing.T) *model.Profile {
	t.Helper()
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func wantCode(t *testing.T, err error, code model.Code) {
	t.Helper()
	if got := model.ErrorCode(err); got != code {
		t.Errorf("err %v (code %q), want code %q", err, got, code)
	}
}

// The carry-over on the demo: every carried record is valid in the new year, no record of one
// year's kinds is carried, the students go one grade up and XII graduates; the old year is
// untouched; the new year can be deleted while it is empty, not once work has begun.
func TestStartNextYear_Demo(t *testing.T) {
	db, old := demoFile(t)
	c, err := db.StartNextYear(2025, 0)
	if err != nil {
		t.Fatal(err)
	}
	d, err := db.LoadYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range d.Records()[1:] {
		if _, ok := r.(model.YearScoped); !ok {
			continue // suppliers belong to every year
		}
		n++
		if !isCarried(r.RecordKind()) {
			t.Errorf("a %s was carried into 2026/2027", r.RecordKind())
		}
		if err := r.Validate(); err != nil {
			t.Errorf("carried %s %s not valid: %v", r.RecordKind(), r.RecordID(), err)
		}
	}
	if want := len(c.Records()); n != want {
		t.Errorf("2026/2027 holds %d records, the plan %d", n, want)
	}
	byName := map[string]int{}
	for _, s := range old.Students {
		byName[s.Name.String()+s.BirthDate.String()] = s.Grade
	}
	for _, s := range d.Students {
		if g := byName[s.Name.String()+s.BirthDate.String()]; s.Grade != g+1 || g >= 12 {
			t.Errorf("%s: grade %d in 2026/2027, %d before", s.Name, s.Grade, g)
		}
	}
	if len(d.Students)+len(c.Graduates)+len(c.Leavers) != len(old.Students) || len(d.People) != len(old.People) {
		t.Errorf("students %d + graduates %d + leavers %d of %d; people %d of %d", len(d.Students), len(c.Graduates), len(c.Leavers), len(old.Students), len(d.People), len(old.People))
	}
	again, err := db.LoadYear(2025)
	if err != nil || len(again.Records()) != len(old.Records()) {
		t.Errorf("2025/2026 changed: %d records, had %d (%v)", len(again.Records()), len(old.Records()), err)
	}
	_, err = db.StartNextYear(2025, 0)
	wantCode(t, err, "programme_exists")
	wantCode(t, db.DeleteEmptyYear(2025), "year_not_last")

	g := &model.Group{Year: 2026, Name: "Роботика", Kind: model.Interest, Area: model.AreaDigital}
	if err := db.Put(g); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteEmptyYear(2026), "year_not_empty")
	if err := db.Delete(model.KindGroup, g.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteEmptyYear(2026); err != nil {
		t.Fatal(err)
	}
	if ys, _ := db.Years(); len(ys) != 1 || ys[0] != 2025 {
		t.Errorf("years after the undo %v, want only 2025/2026", ys)
	}
}

func isCarried(k model.Kind) bool {
	for _, c := range model.CarriedKinds {
		if c == k {
			return true
		}
	}
	return false
}

// A closed year is read-only in store.Tx itself: every local writer and a received package
// are refused with year_closed; the next year stays writable; reopening needs the director and
// a reason, and then the year takes changes again.
func TestClosedYear_ReadOnlyThroughTx(t *testing.T) {
	db, d := demoFile(t)
	if _, err := db.StartNextYear(2025, 0); err != nil {
		t.Fatal(err)
	}
	_, err := db.CloseYear(2025, profile(t), model.NewDate(2026, time.August, 31))
	wantCode(t, err, "year_not_over")
	end, err := db.CloseYear(2025, profile(t), model.NewDate(2026, time.September, 15))
	if err != nil {
		t.Fatal(err)
	}
	if end.Correction.Interest.Covered == 0 {
		t.Errorf("year-end counted no covered students: %+v", end.Correction)
	}
	if c, err := db.Closing(2025); err != nil || c.On != model.NewDate(2026, time.September, 15) {
		t.Errorf("Closing = %+v, %v", c, err)
	}
	_, err = db.CloseYear(2025, profile(t), model.NewDate(2026, time.September, 16))
	wantCode(t, err, "year_closed")

	s := d.Students[0]
	env := func(kind model.Kind, id model.ID) store.Envelope {
		es, _ := db.Envelopes(kind, func(m store.Meta) bool { return m.ID == id })
		return es[0]
	}
	moved := s
	moved.Year = 2026
	writers := map[string]func(tx *store.Tx) error{
		"change":       func(tx *store.Tx) error { s2 := s; s2.Grade = 1; return tx.Put(&s2) },
		"add":          func(tx *store.Tx) error { return tx.Put(student(2025, "Нов")) },
		"delete":       func(tx *store.Tx) error { return tx.Delete(model.KindStudent, s.ID) },
		"move to 2026": func(tx *store.Tx) error { return tx.Put(&moved) },
		"programme":    func(tx *store.Tx) error { p := d.Programme; p.Students++; p.Closed = true; return tx.Put(&p) },
		"received": func(tx *store.Tx) error {
			e := env(model.KindStudent, s.ID)
			e.Meta.Version.Wall++
			return tx.PutEnvelope(e)
		},
		"received/chose": func(tx *store.Tx) error {
			_, err := tx.PutChosen(env(model.KindStudent, s.ID), store.Version{})
			return err
		},
	}
	for name, w := range writers {
		t.Run(name, func(t *testing.T) {
			err := db.Update(w)
			wantCode(t, err, "year_closed")
		})
	}
	if err := db.Put(student(2026, "Нов")); err != nil {
		t.Errorf("2026/2027 refused a student: %v", err)
	}

	wantCode(t, db.ReopenYear(2025, "Някой Друг", "поправка на разход № 12", model.NewDate(2026, time.October, 1)), "not_director")
	wantCode(t, db.ReopenYear(2025, d.School.DirectorName, "грешка", model.NewDate(2026, time.October, 1)), "reason_required")
	if err := db.ReopenYear(2025, d.School.DirectorName, "поправка на разход № 12 при проверка на РУО", model.NewDate(2026, time.October, 1)); err != nil {
		t.Fatal(err)
	}
	if log, err := db.Reopenings(2025); err != nil || len(log) != 1 || log[0].Reason != "поправка на разход № 12 при проверка на РУО" {
		t.Errorf("Reopenings = %+v, %v", log, err)
	}
	// The reason is in the change log, with the programme's change (issue #14), not in a setting.
	es, _ := db.Log(func(e *store.LogEntry) bool { return e.Action == store.ActionReopen })
	if len(es) != 1 || es[0].Kind != model.KindProgramme || es[0].Reason != "поправка на разход № 12 при проверка на РУО" {
		t.Errorf("reopen entries: %+v", es)
	}
	if _, err := db.Setting("year/2025/reopened"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the reason is still kept in a setting: %v", err)
	}
	if err := db.Update(writers["change"]); err != nil {
		t.Errorf("a reopened year refused a change: %v", err)
	}
}

// Every year-scoped kind is refused in a closed year; the kinds of no year (school, suppliers)
// stay writable, since they belong to every year.
func TestClosedYear_EveryKind(t *testing.T) {
	db, _ := openTest(t)
	rs := validRecords(2025)
	prog := rs[model.KindProgramme].(*model.Programme)
	prog.Closed, prog.ClosedOn = true, model.NewDate(2026, time.September, 15)
	if err := db.PutAll(rs[model.KindSchool], prog); err != nil {
		t.Fatal(err)
	}
	for kind, r := range rs {
		if kind == model.KindSchool || kind == model.KindProgramme {
			continue
		}
		t.Run(string(kind), func(t *testing.T) {
			err := db.Put(r)
			if _, scoped := r.(model.YearScoped); scoped {
				wantCode(t, err, "year_closed")
			} else if err != nil {
				t.Errorf("a %s of no year was refused: %v", kind, err)
			}
		})
	}
}

// The reason of a reopening has at least 10 characters: 9 are refused, 10 taken.
func TestReopenYear_ReasonLength(t *testing.T) {
	db, d := demoFile(t)
	p := profile(t)
	on := model.NewDate(2026, time.September, 15)
	if _, err := db.CloseYear(2025, p, on); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.ReopenYear(2025, d.School.DirectorName, "123456789", on), "reason_required")
	if err := db.ReopenYear(2025, " "+d.School.DirectorName+" ", "1234567890", on); err != nil {
		t.Errorf("a reason of 10 characters and the director's name with spaces: %v", err)
	}
	wantCode(t, db.ReopenYear(2025, d.School.DirectorName, "1234567890", on), "year_open")
}
