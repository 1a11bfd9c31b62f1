// Package ops holds the saves of the user's actions that span kinds of record: one function a
// user action, one transaction, all or nothing. The screens, tchas and the imports call the same
// function, so what "save a student with the application and the survey card" means is written
// and tested once, without a window.
//
// Each operation validates everything first and returns every problem at once (model.Errors,
// or model.ErrNoYear before a year is entered); it never changes the values it is given, so a
// failed save leaves the caller's copy as it was (no ID half-set), and it returns the saved
// values with the IDs the store gave them.
package ops

import (
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// withoutNewLink drops from err the "required" error of field, which a record linked to a new
// record has until the transaction gives that record its ID.
func withoutNewLink(err error, field string) error {
	var list model.Errors
	if !errors.As(err, &list) {
		if model.HasCode(err, model.CodeRequired) {
			var e *model.Error
			if errors.As(err, &e) && e.Field == field {
				return nil
			}
		}
		return err
	}
	var out model.Errors
	for _, e := range list {
		if !(e.Code == model.CodeRequired && e.Field == field) {
			out = append(out, e)
		}
	}
	return out.Err()
}

// ConfirmProposal saves the group assistant's proposal p for year data d, the members joining on
// day joined: the new groups, the running groups with their new members and the kept waiting
// lists (model.Proposal.Apply), in one transaction. It returns the saved records.
func ConfirmProposal(db *store.DB, d *model.YearData, p *model.Proposal, joined model.Date) ([]model.Record, error) {
	if d == nil || d.Programme.Year == 0 {
		return nil, model.ErrNoYear()
	}
	rs := p.Apply(d, joined)
	if len(rs) == 0 {
		return nil, nil
	}
	if err := db.PutAll(rs...); err != nil { // one transaction; the IDs it gave are cleared on failure
		return nil, fmt.Errorf("confirm proposal: %w", err)
	}
	return rs, nil
}
