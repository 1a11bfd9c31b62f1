package ops_test

import (
	"errors"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

// What the Разходи screen does through ops.SaveExpense (issue #21), without a window: the
// first save of an expense gives it its ID (no placeholder), a later save of the same expense
// replaces it (no second record, its entry date kept), a save that needs no new supplier books
// the expense to the one named, a scan saved before is not needed again, and a refused save
// returns every problem at once and leaves the file and the caller's values as they were.
func TestSaveExpense_AsTheScreenSaves(t *testing.T) {
	today := model.NewDate(2025, time.November, 3)
	later := model.NewDate(2025, time.December, 1)
	t.Run("OK_NewThenEdited", func(t *testing.T) {
		db, d := demoFile(t)
		before := count(t, db, model.KindExpense)
		in, _ := newExpense(d)
		first, err := ops.SaveExpense(db, year, today, in)
		if err != nil {
			t.Fatal(err)
		}
		if first.Expense.ID == "" || in.Expense.ID != "" {
			t.Fatalf("saved ID %q, caller's ID %q: want a new ID and the caller's copy untouched", first.Expense.ID, in.Expense.ID)
		}
		edit := ops.Expense{Expense: first.Expense} // the screen edits the saved expense: no new supplier, no new scan
		edit.Expense.Subject = "Поправен предмет"
		second, err := ops.SaveExpense(db, year, later, edit)
		if err != nil {
			t.Fatal(err)
		}
		if got := count(t, db, model.KindExpense); got != before+1 {
			t.Errorf("%d expenses after a new one and its edit, want %d", got, before+1)
		}
		var stored model.Expense
		if err := db.Get(model.KindExpense, first.Expense.ID, &stored); err != nil {
			t.Fatal(err)
		}
		if stored.Subject != "Поправен предмет" || stored.EnteredOn != today || stored.SupplierID != first.Supplier.ID {
			t.Errorf("stored %q entered %s supplier %s; want the edit, entered %s, supplier %s",
				stored.Subject, stored.EnteredOn, stored.SupplierID, today, first.Supplier.ID)
		}
		if second.Supplier != nil {
			t.Error("an edit without a new supplier returned one")
		}
	})
	t.Run("OK_ExistingSupplier", func(t *testing.T) {
		db, d := demoFile(t)
		suppliers := count(t, db, model.KindSupplier)
		in, _ := newExpense(d)
		in.Supplier, in.Expense.SupplierID = nil, d.Suppliers[0].ID
		out, err := ops.SaveExpense(db, year, today, in)
		if err != nil {
			t.Fatal(err)
		}
		if out.Expense.SupplierID != d.Suppliers[0].ID || count(t, db, model.KindSupplier) != suppliers {
			t.Errorf("booked to %q with %d suppliers; want %q and no new supplier", out.Expense.SupplierID, count(t, db, model.KindSupplier), d.Suppliers[0].ID)
		}
	})
	t.Run("ErrAllProblemsAtOnce_NothingSaved", func(t *testing.T) {
		db, d := demoFile(t)
		expenses, suppliers := count(t, db, model.KindExpense), count(t, db, model.KindSupplier)
		in, _ := newExpense(d)
		in.Supplier.Name, in.Expense.DocNumber = "", ""
		_, err := ops.SaveExpense(db, year, today, in)
		var list model.Errors
		if !errors.As(err, &list) {
			t.Fatalf("error %v, want model.Errors", err)
		}
		fields := map[string]bool{}
		for _, e := range list {
			fields[e.Field] = e.Code == model.CodeRequired
		}
		if !fields["Name"] || !fields["DocNumber"] {
			t.Errorf("errors %v: want the supplier's name and the document's number, both required", err)
		}
		if count(t, db, model.KindExpense) != expenses || count(t, db, model.KindSupplier) != suppliers {
			t.Error("a refused save changed the file")
		}
		if in.Expense.ID != "" || in.Supplier.ID != "" || in.Expense.Year != d.Expenses[0].Year {
			t.Error("a refused save changed the caller's values")
		}
	})
	t.Run("ErrScanNotItsKey", func(t *testing.T) {
		db, d := demoFile(t)
		expenses := count(t, db, model.KindExpense)
		in, scan := newExpense(d)
		for sha := range in.Scans {
			in.Scans[sha] = append([]byte("подменено "), scan...)
		}
		if _, err := ops.SaveExpense(db, year, today, in); err == nil {
			t.Fatal("a scan whose content does not match its key was saved")
		}
		if count(t, db, model.KindExpense) != expenses {
			t.Error("the expense was saved with a wrong scan")
		}
	})
}

// An expense entered by mistake is removed with the user's reason (issue #17): a tombstone, and
// the change log's entry of the deletion keeps the reason; without one nothing is removed.
func TestRemoveExpense(t *testing.T) {
	db, d := demoFile(t)
	id := d.Expenses[0].ID
	if err := ops.RemoveExpense(db, id, "  "); !model.HasCode(err, model.CodeReasonRequired) {
		t.Fatalf("error %v, want %s", err, model.CodeReasonRequired)
	}
	var e model.Expense
	if err := db.Get(model.KindExpense, id, &e); err != nil {
		t.Fatalf("the expense was removed without a reason: %v", err)
	}
	if err := ops.RemoveExpense(db, id, "въведен два пъти"); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(model.KindExpense, id, &e); err == nil {
		t.Fatal("the expense is still there")
	}
	es, err := db.History(model.KindExpense, id)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, le := range es {
		found = found || (le.Action == store.ActionDelete && le.Reason == "въведен два пъти")
	}
	if !found {
		t.Errorf("no deletion with its reason in the log: %+v", es)
	}
	if err := ops.RemoveExpense(db, id, "пак"); err == nil {
		t.Error("a removed expense was removed again")
	}
}
