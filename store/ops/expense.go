package ops

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Expense is what the expense screen saves at once: the expense with its supporting documents,
// the scans attached since it was loaded, and a new supplier to book it to.
type Expense struct {
	Expense model.Expense
	// Supplier, when not nil, is a new supplier saved with the expense, which is booked to it.
	Supplier *model.Supplier
	// Scans are the contents of attachments not yet in the file, by their SHA-256 in hex. Only
	// the ones the expense's documents refer to are kept.
	Scans map[string][]byte
}

// SaveExpense validates the expense of year (entered on today unless it was entered before)
// with its documents and the new supplier, and saves them with the scans in one transaction,
// or nothing. Every attachment must be in Scans or already in the file.
func SaveExpense(db *store.DB, year model.SchoolYear, today model.Date, in Expense) (Expense, error) {
	if year == 0 {
		return Expense{}, model.ErrNoYear()
	}
	out := Expense{Expense: in.Expense, Scans: in.Scans}
	e := &out.Expense
	e.Year = year
	if e.EnteredOn.IsZero() {
		e.EnteredOn = today
	}
	var es model.Errors
	if in.Supplier != nil {
		sp := *in.Supplier
		out.Supplier = &sp
		e.SupplierID = ""
		es.Add(sp.Validate())
	}
	es.Add(e.Validate())
	if err := es.Err(); err != nil {
		return Expense{}, err
	}
	for sha, data := range in.Scans {
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != sha {
			return Expense{}, fmt.Errorf("save expense: scan %.12s: content does not match its key", sha)
		}
	}
	err := db.Update(func(tx *store.Tx) error {
		if err := putScans(tx, e, in.Scans); err != nil {
			return err
		}
		if sp := out.Supplier; sp != nil {
			if err := tx.Put(sp); err != nil {
				return err
			}
			e.SupplierID = sp.ID
		}
		return tx.Put(e)
	})
	if err != nil {
		return Expense{}, fmt.Errorf("save expense: %w", err)
	}
	return out, nil
}

// putScans stores the scans e's documents refer to; one neither given nor stored is the user's
// to attach again.
func putScans(tx *store.Tx, e *model.Expense, scans map[string][]byte) error {
	for _, d := range e.SupportingDocs {
		for _, a := range d.Attachments {
			if data, ok := scans[a.SHA256]; ok {
				if _, err := tx.PutBlob(data); err != nil {
					return fmt.Errorf("scan %s: %w", a.Name, err)
				}
				continue
			}
			if !tx.HasBlob(a.SHA256) {
				return model.Errorf(model.CodeScanMissing, "SupportingDocs",
					"сканираното копие „%s“ липсва във файла: прикачете го отново", a.Name)
			}
		}
	}
	return nil
}

// RemoveExpense deletes expense id — entered by mistake — with the user's reason, which the
// change log keeps, in one transaction. A reason is required: a removed expense leaves the
// school's accounts, and the auditor asks why (чл. 104).
func RemoveExpense(db *store.DB, id model.ID, reason string) error {
	return remove(db, reason, func(tx *store.Tx) error { return tx.Remove(model.KindExpense, id) })
}
