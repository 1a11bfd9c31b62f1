package store

import (
	"encoding/json"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// A closed school year is read-only (issue #26): its documents are kept as they were closed for
// the checks and audits of чл. 144, ал. 2 of the instruction (and чл. 140 of Regulation (EU)
// № 1303/2013 it cites). The store refuses every write that would add, change or delete a
// record of a closed year — whichever screen, import, command or received sync package makes
// it — so the lock does not depend on the screens. Only ReopenYear, with the director and a
// reason, opens a closed year again.
//
// Unlike the lock of an approved timesheet, a received package is refused too: the other
// installation cannot have changed a year closed here unless it reopened it, and then it is
// reopened here first, with its own reason. The closed years of a package are the ones closed
// before it began to be applied (closedAtStart), so a package that carries the other side's
// closing of a year and its last changes of that year is taken whole.

// errYearClosed is the refusal of a change of a closed year.
func errYearClosed(y model.SchoolYear) error {
	return model.Errorf(model.CodeYearClosed, "Year",
		"учебната %s година е приключена и не може да се променя: документите ѝ се пазят такива, каквито са (чл. 144, ал. 2). Ако трябва поправка, директорът я отваря отново с причина („tchas year reopen“)", y)
}

// closedYears returns the years whose programme is closed, read now.
func (tx *Tx) closedYears() (map[model.SchoolYear]bool, error) {
	rs, err := tx.List(model.KindProgramme)
	if err != nil {
		return nil, err
	}
	out := map[model.SchoolYear]bool{}
	for _, r := range rs {
		if p := r.(*model.Programme); p.Closed {
			out[p.Year] = true
		}
	}
	return out, nil
}

// storedYear returns the school year of a stored record, false for a kind of no year or a
// record that is absent or deleted.
func storedYear(kind model.Kind, id model.ID, s *stored) (model.SchoolYear, bool, error) {
	if s == nil || s.Deleted {
		return 0, false, nil
	}
	return RecordYear(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: json.RawMessage(s.Data)})
}

// checkYearOpen refuses a write that replaces old (nil: none) with a record of year next
// (hasNext false: a deletion or a kind of no year) when either year is in closed.
func checkYearOpen(closed map[model.SchoolYear]bool, kind model.Kind, id model.ID, old *stored, next model.SchoolYear, hasNext bool) error {
	if len(closed) == 0 {
		return nil
	}
	if hasNext && closed[next] {
		return errYearClosed(next)
	}
	y, ok, err := storedYear(kind, id, old)
	if err != nil {
		return fmt.Errorf("check year lock: %w", err)
	}
	if ok && closed[y] {
		return errYearClosed(y)
	}
	return nil
}

// checkLocalWrite is the year lock of Put and Delete (next nil for a deletion).
func (tx *Tx) checkLocalWrite(kind model.Kind, id model.ID, old *stored, next model.Record) error {
	if tx.reopening {
		return nil
	}
	closed, err := tx.closedYears()
	if err != nil {
		return err
	}
	y, ok := model.SchoolYear(0), false
	if ys, isYear := next.(model.YearScoped); isYear && next != nil {
		y, ok = ys.SchoolYear(), true
	}
	return checkYearOpen(closed, kind, id, old, y, ok)
}

// checkReceived is the year lock of PutEnvelope and PutChosen: against the years closed when
// the transaction first received a record.
func (tx *Tx) checkReceived(e Envelope, old *stored) error {
	if tx.closedAtStart == nil {
		c, err := tx.closedYears()
		if err != nil {
			return err
		}
		tx.closedAtStart = c
	}
	y, ok := model.SchoolYear(0), false
	if !e.Meta.Deleted {
		var err error
		if y, ok, err = RecordYear(e); err != nil {
			return err
		}
	}
	return checkYearOpen(tx.closedAtStart, e.Meta.Kind, e.Meta.ID, old, y, ok)
}

// checkReceivedAt reads the stored version of e's record from b and applies checkReceived.
func (tx *Tx) checkReceivedAt(b *bbolt.Bucket, e Envelope) error {
	old, err := read(tx.sl(), b, e.Meta.Kind, e.Meta.ID)
	if err != nil {
		return err
	}
	return tx.checkReceived(e, old)
}
