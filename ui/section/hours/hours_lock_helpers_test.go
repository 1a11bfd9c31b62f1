package hours_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// dropApproved deletes the timesheet id although it is approved, which Tx.Delete refuses
// (чл. 81, ал. 2): as a sync conflict's choice is stored (Tx.PutChosen), which the lock leaves
// alone. Only a test's set-up needs this.
func dropApproved(t *testing.T, db *store.DB, id model.ID) {
	t.Helper()
	err := db.Update(func(tx *store.Tx) error {
		m, err := tx.Meta(model.KindTimesheet, id)
		if err != nil {
			return err
		}
		m.Deleted = true
		_, err = tx.PutChosen(store.Envelope{Meta: m}, m.Version)
		return err
	})
	if err != nil {
		t.Fatalf("drop the approved timesheet %s: %v", id, err)
	}
}
