package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// authorize refuses a local write the acting account may not make (model.Account.CheckWrite):
// every Put and Delete passes here, whichever screen, command or import calls them, so the
// roles do not depend on hidden buttons. next is nil for a deletion.
func (tx *Tx) authorize(kind model.Kind, id model.ID, old *stored, next model.Record) error {
	a := tx.db.Actor()
	return tx.checkWriteAs(&a, kind, id, old, next)
}

// CheckWriteAs reports whether account a may store e over what the file holds: the check of a
// received package against its sender's role (store/syncpack). It changes nothing.
func (tx *Tx) CheckWriteAs(a model.Account, e Envelope) error {
	b, err := tx.bucket(e.Meta.Kind)
	if err != nil {
		return err
	}
	old, err := read(tx.sl(), b, e.Meta.Kind, e.Meta.ID)
	if err != nil {
		return err
	}
	var next model.Record
	if !e.Meta.Deleted {
		if next, err = DecodeRecord(e); err != nil {
			return err
		}
	}
	return tx.checkWriteAs(&a, e.Meta.Kind, e.Meta.ID, old, next)
}

// checkWriteAs applies a's rights to replacing old (nil or a tombstone: none) with next.
func (tx *Tx) checkWriteAs(a *model.Account, kind model.Kind, id model.ID, old *stored, next model.Record) error {
	if a.Role == model.AccountDirector {
		return nil // the fast path of every save: the director writes every kind
	}
	var prev model.Record
	if a.Role == model.AccountLeader && old != nil && !old.Deleted {
		prev = model.New(kind)
		if err := json.Unmarshal(old.Data, prev); err != nil {
			return fmt.Errorf("check rights: decode %s %s: %w", kind, id, err)
		}
	}
	err := a.CheckWrite(kind, prev, next, tx.groupLeader)
	var me *model.Error
	if errors.As(err, &me) {
		return fmt.Errorf("%w: %w", ErrForbidden, err)
	}
	return err
}

// groupLeader returns the leader (Person ID) of a live group; "" for none.
func (tx *Tx) groupLeader(group model.ID) (model.ID, error) {
	var g model.Group
	if err := tx.Get(model.KindGroup, group, &g); err != nil {
		if errors.Is(err, ErrNotFound) {
			return "", nil
		}
		return "", err
	}
	return g.LeaderID, nil
}

// logChange appends the change log's entry of a record's change, in this transaction.
func (tx *Tx) logChange(action LogAction, kind model.Kind, id model.ID, v Version, old *stored, next []byte) error {
	var prev []byte
	if old != nil && !old.Deleted {
		prev = old.Data
	}
	e := LogEntry{Action: action, Kind: kind, ID: id, Version: v}
	if tx.action != "" {
		e.Action = tx.action
	}
	e.Reason = tx.reason // a reopening's, or one a user gave with the change (Tx.Because)
	return tx.appendLog(e, prev, next)
}
