package ops_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

// What the Ученици and ИОК screens did in their own Save before #21, now below the UI and
// tested without a window.

// stored reads kind/id from db into r.
func stored(t *testing.T, db *store.DB, kind model.Kind, id model.ID, r model.Record) {
	t.Helper()
	if err := db.View(func(tx *store.Tx) error { return tx.Get(kind, id, r) }); err != nil {
		t.Fatalf("get %s %s: %v", kind, id, err)
	}
}

func TestSaveStudent_AsTheScreenSaves(t *testing.T) {
	t.Run("OK_ExistingStudentKeepsItsUnchangedApplication", func(t *testing.T) {
		db, d := demoFile(t)
		app := d.Applications[0]
		i := slices.IndexFunc(d.Students, func(s model.Student) bool { return s.ID == app.StudentID })
		if i < 0 {
			t.Fatal("the demo's first application has no student")
		}
		st := d.Students[i]
		students := count(t, db, model.KindStudent)
		st.Section = "Я"
		out, err := ops.SaveStudent(db, year, ops.Student{Student: st}) // the panels unchanged: nil
		if err != nil {
			t.Fatal(err)
		}
		var got model.Student
		var a model.Application
		stored(t, db, model.KindStudent, st.ID, &got)
		stored(t, db, model.KindApplication, app.ID, &a)
		if out.Student.ID != st.ID || got.Section != "Я" || count(t, db, model.KindStudent) != students {
			t.Errorf("saved %+v (%d students), want the same student in section Я", got, count(t, db, model.KindStudent))
		}
		if a.StudentID != st.ID || a.ParentPhone != app.ParentPhone {
			t.Errorf("the application became %+v, want it unchanged", a)
		}
	})
	t.Run("OK_IDNKeptEGNNormalised", func(t *testing.T) {
		db, d := demoFile(t)
		idn := newStudent(d).Student
		idn.PersonalNumber, idn.PersonalNumberKind = "XA123456", model.PersonalNumberIDN // an ИДН from НЕИСПУО: no check digit
		egn := d.Students[1]
		egn.PersonalNumber, egn.PersonalNumberKind = " "+d.Students[1].PersonalNumber+" ", model.PersonalNumberUnknown
		if d.Students[1].PersonalNumber == "" {
			t.Fatal("the demo's second student has no personal number")
		}
		a, err := ops.SaveStudent(db, year, ops.Student{Student: idn})
		if err != nil {
			t.Fatal(err)
		}
		b, err := ops.SaveStudent(db, year, ops.Student{Student: egn})
		if err != nil {
			t.Fatal(err)
		}
		if a.Student.PersonalNumber != "XA123456" || a.Student.PersonalNumberKind != model.PersonalNumberIDN {
			t.Errorf("the ИДН was saved as %q (%v)", a.Student.PersonalNumber, a.Student.PersonalNumberKind)
		}
		if b.Student.PersonalNumber != d.Students[1].PersonalNumber || b.Student.PersonalNumberKind == model.PersonalNumberUnknown {
			t.Errorf("the ЕГН was saved as %q (%v), want it trimmed and its kind told", b.Student.PersonalNumber, b.Student.PersonalNumberKind)
		}
	})
	t.Run("OK_NewStudentWithOnlyASurveyCard", func(t *testing.T) {
		db, d := demoFile(t)
		in := newStudent(d)
		in.Application = nil
		apps, cards := count(t, db, model.KindApplication), count(t, db, model.KindInterestSurvey)
		out, err := ops.SaveStudent(db, year, in)
		if err != nil {
			t.Fatal(err)
		}
		if out.Survey == nil || out.Survey.StudentID != out.Student.ID || out.Student.ID == "" {
			t.Fatalf("the card %+v is not linked to the new student %q", out.Survey, out.Student.ID)
		}
		if count(t, db, model.KindApplication) != apps || count(t, db, model.KindInterestSurvey) != cards+1 {
			t.Error("a new student with only a card saved another application or no card")
		}
	})
	t.Run("OK_CallersSlicesUntouched", func(t *testing.T) {
		db, d := demoFile(t)
		in := newStudent(d)
		areas := []model.ThematicArea{model.AreaSport}
		in.Student.Areas3002 = areas
		out, err := ops.SaveStudent(db, year, in)
		if err != nil {
			t.Fatal(err)
		}
		out.Student.Areas3002[0] = model.AreaArts
		if areas[0] != model.AreaSport {
			t.Error("the saved student shares its areas with the caller's")
		}
	})
}

func TestCheckStudent(t *testing.T) {
	t.Run("ErrInvalid_SameProblemsAsSaveNothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		students := count(t, db, model.KindStudent)
		in := newStudent(d)
		in.Student.Name.First, in.Student.Grade = "", 0
		in.Survey.StudentID = ""
		check := ops.CheckStudent(year, in)
		_, save := ops.SaveStudent(db, year, in)
		var a model.Errors
		if !asErrors(check, &a) || len(a) != 2 || save == nil || check.Error() != save.Error() {
			t.Fatalf("CheckStudent says %v, SaveStudent %v: want the same problems, both fields", check, save)
		}
		if count(t, db, model.KindStudent) != students {
			t.Error("a refused student was saved")
		}
	})
	t.Run("OK_NewStudentsLinksAreNoProblem", func(t *testing.T) {
		_, d := demoFile(t)
		if err := ops.CheckStudent(year, newStudent(d)); err != nil {
			t.Errorf("a valid new student with its application and card: %v", err)
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		_, d := demoFile(t)
		if err := ops.CheckStudent(0, newStudent(d)); !model.HasCode(err, model.CodeNoYear) {
			t.Errorf("error %v, want %s", err, model.CodeNoYear)
		}
	})
}

func TestSaveCard(t *testing.T) {
	t.Run("OK_NewThenUpdatedKeepsItsID", func(t *testing.T) {
		db, d := demoFile(t)
		c := d.Cards[0]
		c.ID, c.Year = "", 0
		cards := count(t, db, model.KindEducationCard)
		out, err := ops.SaveCard(db, year, c)
		if err != nil {
			t.Fatal(err)
		}
		if out.ID == "" || out.Year != year || c.ID != "" {
			t.Fatalf("saved %q in %s (caller's ID %q), want a new ID in %s and the caller's value unchanged", out.ID, out.Year, c.ID, year)
		}
		out.Causes = "Пропуски"
		again, err := ops.SaveCard(db, year, out)
		if err != nil {
			t.Fatal(err)
		}
		var got model.EducationCard
		stored(t, db, model.KindEducationCard, out.ID, &got)
		if again.ID != out.ID || got.Causes != "Пропуски" || count(t, db, model.KindEducationCard) != cards+1 {
			t.Errorf("the update saved %+v (%d cards), want the same card changed", got, count(t, db, model.KindEducationCard))
		}
	})
	t.Run("ErrUnsatisfactoryWithoutReasons_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		c := d.Cards[0]
		c.ID = ""
		c.Assessment, c.AssessmentReasons = model.AssessUnsatisfactory, ""
		cards := count(t, db, model.KindEducationCard)
		if _, err := ops.SaveCard(db, year, c); err == nil {
			t.Fatal("an unsatisfactory card without reasons was saved")
		}
		if count(t, db, model.KindEducationCard) != cards {
			t.Error("a refused card was saved")
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, d := demoFile(t)
		if _, err := ops.SaveCard(db, 0, d.Cards[0]); !model.HasCode(err, model.CodeNoYear) {
			t.Errorf("error %v, want %s", err, model.CodeNoYear)
		}
	})
}

func TestSaveClassList(t *testing.T) {
	t.Run("OK_AddsAndUpdatesInOneTransaction", func(t *testing.T) {
		db, d := demoFile(t)
		students := count(t, db, model.KindStudent)
		add := []model.Student{newStudent(d).Student}
		upd := d.Students[2]
		upd.Section = "Я"
		seen := 0
		cancel := db.Subscribe(func(store.Change) { seen++ })
		out, err := ops.SaveClassList(db, year, add, []model.Student{upd})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		var got model.Student
		stored(t, db, model.KindStudent, upd.ID, &got)
		if len(out) != 2 || out[0].ID == "" || add[0].ID != "" || got.Section != "Я" || count(t, db, model.KindStudent) != students+1 || seen != 1 {
			t.Errorf("saved %d (%d commits), the update %+v: want one new, one updated, one commit, the caller's values unchanged", count(t, db, model.KindStudent)-students, seen, got)
		}
	})
	t.Run("ErrInvalid_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		students := count(t, db, model.KindStudent)
		bad := newStudent(d).Student
		bad.Grade = 0
		upd := d.Students[2]
		upd.Section = "Я"
		if _, err := ops.SaveClassList(db, year, []model.Student{bad}, []model.Student{upd}); err == nil {
			t.Fatal("a class list with a student of no grade was saved")
		}
		var got model.Student
		stored(t, db, model.KindStudent, upd.ID, &got)
		if count(t, db, model.KindStudent) != students || got.Section == "Я" {
			t.Error("a refused class list saved part of it")
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, d := demoFile(t)
		if _, err := ops.SaveClassList(db, 0, []model.Student{newStudent(d).Student}, nil); !model.HasCode(err, model.CodeNoYear) {
			t.Errorf("error %v, want %s", err, model.CodeNoYear)
		}
	})
}
