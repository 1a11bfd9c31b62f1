package ops_test

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

const year = model.SchoolYear(2025)

// demoFile opens a new file holding a small synthetic demo year (no real people).
func demoFile(t *testing.T) (*store.DB, *model.YearData) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{InitEmpty: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	d := demo.Generate(demo.Options{Students: 30, Seed: 5})
	if d.Programme.Year != year {
		t.Fatalf("demo year %s, want %s", d.Programme.Year, year)
	}
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	return db, d
}

// count returns how many records of kind the file holds.
func count(t *testing.T, db *store.DB, kind model.Kind) int {
	t.Helper()
	var n int
	err := db.View(func(tx *store.Tx) error {
		rs, err := tx.List(kind)
		n = len(rs)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// newStudent returns a new student with a new application and survey card, copied from the
// demo's first ones with the IDs cleared.
func newStudent(d *model.YearData) ops.Student {
	st := d.Students[0]
	st.ID = ""
	st.Name.First = "Нова"
	a, v := d.Applications[0], d.Surveys[0]
	a.ID, a.StudentID, v.ID, v.StudentID = "", "", "", ""
	return ops.Student{Student: st, Application: &a, Survey: &v}
}

func TestSaveStudent(t *testing.T) {
	t.Run("OK_NewWithApplicationAndSurvey", func(t *testing.T) {
		db, d := demoFile(t)
		in := newStudent(d)
		out, err := ops.SaveStudent(db, year, in)
		if err != nil {
			t.Fatal(err)
		}
		id := out.Student.ID
		if id == "" || out.Application.ID == "" || out.Survey.ID == "" {
			t.Fatalf("IDs not given: %q %q %q", id, out.Application.ID, out.Survey.ID)
		}
		var a model.Application
		var v model.InterestSurvey
		if err := db.View(func(tx *store.Tx) error {
			if err := tx.Get(model.KindApplication, out.Application.ID, &a); err != nil {
				return err
			}
			return tx.Get(model.KindInterestSurvey, out.Survey.ID, &v)
		}); err != nil {
			t.Fatal(err)
		}
		if a.StudentID != id || v.StudentID != id {
			t.Errorf("stored application of %q, survey of %q; want the new student %q", a.StudentID, v.StudentID, id)
		}
		if in.Student.ID != "" || in.Application.StudentID != "" || in.Survey.StudentID != "" {
			t.Error("the caller's values were changed")
		}
	})
	t.Run("OK_StudentOnly", func(t *testing.T) {
		db, d := demoFile(t)
		apps := count(t, db, model.KindApplication)
		in := newStudent(d)
		in.Application, in.Survey = nil, nil
		if _, err := ops.SaveStudent(db, year, in); err != nil {
			t.Fatal(err)
		}
		if got := count(t, db, model.KindApplication); got != apps {
			t.Errorf("%d applications, want %d", got, apps)
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, d := demoFile(t)
		_, err := ops.SaveStudent(db, 0, newStudent(d))
		if !model.HasCode(err, model.CodeNoYear) {
			t.Fatalf("error %v, want %s", err, model.CodeNoYear)
		}
	})
	t.Run("ErrInvalid_AllAtOnce_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		students := count(t, db, model.KindStudent)
		in := newStudent(d)
		in.Student.Name.First = ""
		in.Application.SubmittedOn = model.Date{}
		_, err := ops.SaveStudent(db, year, in)
		var list model.Errors
		if !asErrors(err, &list) || len(list) != 2 || list[0].Field != "FirstName" || list[1].Field != "SubmittedOn" ||
			!model.HasCode(err, model.CodeRequired) {
			t.Fatalf("error %v, want the student's and the application's required fields at once, and no other", err)
		}
		if got := count(t, db, model.KindStudent); got != students {
			t.Errorf("%d students after a refused save, want %d", got, students)
		}
	})
}

func asErrors(err error, list *model.Errors) bool {
	l, ok := err.(model.Errors)
	*list = l
	return ok
}

// newExpense returns a new expense copied from the demo's first, with one scan attached, a new
// supplier, and the scan's content.
func newExpense(d *model.YearData) (ops.Expense, []byte) {
	e := d.Expenses[0]
	e.ID, e.SupplierID, e.EnteredOn = "", "", model.Date{}
	scan := []byte("%PDF-1.4 synthetic scan")
	sum := sha256.Sum256(scan)
	sha := hex.EncodeToString(sum[:])
	e.SupportingDocs = []model.SupportingDoc{{Kind: model.DocInvoice, Number: e.DocNumber, Present: true,
		Attachments: []model.Attachment{{Name: "фактура.pdf", MIME: "application/pdf", Size: int64(len(scan)), SHA256: sha}}}}
	sp := d.Suppliers[0]
	sp.ID, sp.Name = "", "Нов доставчик ООД"
	return ops.Expense{Expense: e, Supplier: &sp, Scans: map[string][]byte{sha: scan}}, scan
}

func TestSaveExpense(t *testing.T) {
	today := model.NewDate(2025, time.November, 3)
	t.Run("OK_NewSupplierAndScan", func(t *testing.T) {
		db, d := demoFile(t)
		in, scan := newExpense(d)
		out, err := ops.SaveExpense(db, year, today, in)
		if err != nil {
			t.Fatal(err)
		}
		if out.Supplier.ID == "" || out.Expense.SupplierID != out.Supplier.ID || out.Expense.EnteredOn != today {
			t.Fatalf("saved %+v with supplier %+v", out.Expense, out.Supplier)
		}
		got, err := db.Blob(in.Expense.SupportingDocs[0].Attachments[0].SHA256)
		if err != nil || string(got) != string(scan) {
			t.Fatalf("scan stored as %q, %v", got, err)
		}
		if in.Supplier.ID != "" || in.Expense.SupplierID != "" {
			t.Error("the caller's values were changed")
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, d := demoFile(t)
		in, _ := newExpense(d)
		if _, err := ops.SaveExpense(db, 0, today, in); !model.HasCode(err, model.CodeNoYear) {
			t.Fatalf("error %v, want %s", err, model.CodeNoYear)
		}
	})
	t.Run("ErrScanMissing_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		suppliers := count(t, db, model.KindSupplier)
		in, _ := newExpense(d)
		in.Scans = nil
		if _, err := ops.SaveExpense(db, year, today, in); !model.HasCode(err, model.CodeScanMissing) {
			t.Fatalf("error %v, want %s", err, model.CodeScanMissing)
		}
		if got := count(t, db, model.KindSupplier); got != suppliers {
			t.Errorf("%d suppliers after a refused save, want %d", got, suppliers)
		}
	})
	t.Run("ErrInvalidSupplier", func(t *testing.T) {
		db, d := demoFile(t)
		in, _ := newExpense(d)
		in.Supplier.Name = ""
		if _, err := ops.SaveExpense(db, year, today, in); !model.HasCode(err, model.CodeRequired) {
			t.Fatalf("error %v, want %s", err, model.CodeRequired)
		}
	})
	// The supplier has no school year and would be saved; the expense of a closed year is
	// refused inside the transaction: neither the supplier nor the scan may stay.
	t.Run("ErrYearClosed_OneTransaction", func(t *testing.T) {
		db, d := demoFile(t)
		if _, err := db.StartNextYear(year, 0); err != nil {
			t.Fatal(err)
		}
		p, err := model.ParseProfile(assets.DefaultProfile())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.CloseYear(year, p, model.NewDate(2026, time.September, 15)); err != nil {
			t.Fatal(err)
		}
		suppliers := count(t, db, model.KindSupplier)
		in, _ := newExpense(d)
		if _, err := ops.SaveExpense(db, year, today, in); !model.HasCode(err, model.CodeYearClosed) {
			t.Fatalf("error %v, want %s", err, model.CodeYearClosed)
		}
		if got := count(t, db, model.KindSupplier); got != suppliers {
			t.Errorf("%d suppliers after a refused save, want %d: the supplier was saved without its expense", got, suppliers)
		}
		if _, err := db.Blob(in.Expense.SupportingDocs[0].Attachments[0].SHA256); err == nil {
			t.Error("the scan of a refused expense was kept")
		}
	})
}

func TestConfirmProposal(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db, d := demoFile(t)
		p, err := model.ParseProfile(assets.DefaultProfile())
		if err != nil {
			t.Fatal(err)
		}
		on := model.NewDate(2025, time.October, 20)
		d.Groups, d.WaitingLists = nil, nil // the proposal starts from the wishes alone
		prop := model.Propose(d, model.ProposalOptions{Profile: p, On: on})
		rs, err := ops.ConfirmProposal(db, d, prop, on)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 || len(rs) != len(prop.Apply(d, on)) {
			t.Fatalf("saved %d records, want the %d of the proposal", len(rs), len(prop.Apply(d, on)))
		}
		for _, r := range rs {
			if r.RecordID() == "" {
				t.Fatalf("a saved %s has no ID", r.RecordKind())
			}
		}
	})
	t.Run("ErrNoYear", func(t *testing.T) {
		db, _ := demoFile(t)
		if _, err := ops.ConfirmProposal(db, &model.YearData{}, &model.Proposal{}, model.Date{}); !model.HasCode(err, model.CodeNoYear) {
			t.Fatalf("error %v, want %s", err, model.CodeNoYear)
		}
	})
}
