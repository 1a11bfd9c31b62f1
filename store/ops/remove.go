package ops

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Ending and removing what the Ученици and ИОК screens show (issue #17). A student who leaves is
// ended with a date, which keeps the history: the application, the journals, the cards and the
// ESF data stay, the memberships end on that day. Deleting is for a record entered by mistake and
// never used, with the reason the user gives, which the change log keeps.

// EndStudent marks student id of year as having left the school on day on (Student.Left), ends
// every group membership still open on that day (store.Tx.End: чл. 41, ал. 4; refused when a
// later session marks the student) and, when the application's ESF exit date is empty, sets it
// to that day (the microdata's exit of the participant) — in one transaction. A student in no
// group is only marked. The reason (may be empty) goes into the change log (store.Tx.Because).
// It returns the saved student and the application when it was changed.
func EndStudent(db *store.DB, year model.SchoolYear, id model.ID, on model.Date, reason string) (Student, error) {
	if year == 0 {
		return Student{}, model.ErrNoYear()
	}
	var out Student
	err := db.Update(func(tx *store.Tx) error {
		if reason != "" {
			tx.Because(reason)
		}
		if err := tx.End(model.KindStudent, id, on); err != nil && !model.HasCode(err, model.CodeNotMember) {
			return err
		}
		st := &out.Student
		if err := tx.Get(model.KindStudent, id, st); err != nil {
			return fmt.Errorf("end student %s: %w", id, err)
		}
		st.Left = true
		if err := tx.Put(st); err != nil {
			return err
		}
		a, err := applicationOf(tx, id)
		if err != nil || a == nil || !a.ESF.Exit.IsZero() {
			return err
		}
		a.ESF.Exit = on
		out.Application = a
		return tx.Put(a)
	})
	if err != nil {
		return Student{}, fmt.Errorf("end student: %w", err)
	}
	return out, nil
}

// RemoveStudent deletes student id, entered by mistake, with its application and survey card
// (entered with it on the same form), for reason — in one transaction, or nothing. It is refused
// when the student is used anywhere else (a group, a waiting list, a journal, a card, a project:
// store.Tx.Remove's referenced error, which says to end the student with a date instead) and
// without a reason.
func RemoveStudent(db *store.DB, id model.ID, reason string) error {
	return remove(db, reason, func(tx *store.Tx) error {
		for _, kind := range []model.Kind{model.KindApplication, model.KindInterestSurvey} {
			rs, err := tx.List(kind)
			if err != nil {
				return err
			}
			for _, r := range rs {
				if model.Refers(r, model.KindStudent, id) {
					if err := tx.Remove(kind, r.RecordID()); err != nil {
						return err
					}
				}
			}
		}
		return tx.Remove(model.KindStudent, id)
	})
}

// RemoveCard deletes individual education card id (Приложение № 5) entered by mistake — for
// another subject or student — for reason. A card in use is not ended: its section В has the
// date it was closed on.
func RemoveCard(db *store.DB, id model.ID, reason string) error {
	return remove(db, reason, func(tx *store.Tx) error { return tx.Remove(model.KindEducationCard, id) })
}

// remove runs del in one transaction whose log entries keep reason; no reason, no deletion.
func remove(db *store.DB, reason string, del func(tx *store.Tx) error) error {
	if err := store.CheckReason(reason); err != nil {
		return err
	}
	err := db.Update(func(tx *store.Tx) error {
		tx.Because(reason)
		return del(tx)
	})
	if err != nil {
		return fmt.Errorf("remove: %w", err)
	}
	return nil
}

// applicationOf is the application of student id, or nil.
func applicationOf(tx *store.Tx, id model.ID) (*model.Application, error) {
	rs, err := tx.List(model.KindApplication)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if a := r.(*model.Application); a.StudentID == id {
			return a, nil
		}
	}
	return nil, nil
}
