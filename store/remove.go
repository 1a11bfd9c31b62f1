package store

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Remove deletes record kind/id for a user (issue #17): a tombstone (Delete), so the deletion
// reaches the other computer. It refuses, with a model.Error that says what to do:
//   - the school and a year's programme, which the file cannot be without (code not_removable);
//   - a record another live record points to — a student in a group or with an application, a
//     person leading a group or with a timesheet, a member present at a meeting (referenced);
//     the message names the kinds and counts;
//   - a session in a month whose timesheet is approved (чл. 81, ал. 2: approved_locked), and an
//     approved timesheet itself (checkTimesheetLock).
//
// Nothing is changed when it refuses. ErrNotFound when there is no such live record.
func (tx *Tx) Remove(kind model.Kind, id model.ID) error {
	r, err := tx.getAny(kind, id)
	if err != nil {
		return fmt.Errorf("remove: %w", err)
	}
	switch kind {
	case model.KindSchool, model.KindProgramme:
		return model.Errorf(model.CodeNotRemovable, "",
			"%s не се изтрива: без нея/него файлът няма година; поправете данните или започнете нов файл", model.KindWord(kind))
	}
	by, err := tx.referencing(kind, id)
	if err != nil {
		return fmt.Errorf("remove %s %s: %w", kind, id, err)
	}
	if len(by) > 0 {
		return model.ReferencedError(Describe(r), by)
	}
	if s, ok := r.(*model.Session); ok {
		if err := tx.checkSessionMonth(s); err != nil {
			return err
		}
	}
	return tx.Delete(kind, id)
}

// getAny reads the live record kind/id, whatever its kind.
func (tx *Tx) getAny(kind model.Kind, id model.ID) (model.Record, error) {
	r := model.New(kind)
	if r == nil {
		return nil, fmt.Errorf("unknown kind of record %q", kind)
	}
	if err := tx.Get(kind, id, r); err != nil {
		return nil, err
	}
	return r, nil
}

// referencing lists the live records of every kind that point to kind/id (model.Refers).
func (tx *Tx) referencing(kind model.Kind, id model.ID) ([]model.Record, error) {
	var out []model.Record
	for _, k := range model.Kinds {
		rs, err := tx.List(k)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if (k != kind || r.RecordID() != id) && model.Refers(r, kind, id) {
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// checkSessionMonth refuses a change to session s when the timesheet of its leader for the
// session's month is approved: the approved hours were counted from the journal (чл. 81, ал. 2).
func (tx *Tx) checkSessionMonth(s *model.Session) error {
	leader := s.LeaderID
	if leader == "" {
		var g model.Group
		if err := tx.Get(model.KindGroup, s.GroupID, &g); err == nil {
			leader = g.LeaderID
		}
	}
	t, err := tx.approvedTimesheet(leader, model.MonthOf(s.Date))
	if err != nil || t == nil {
		return err
	}
	return model.Errorf(model.CodeApprovedLocked, "Date",
		"занятието от %s е в месец %s, чийто отчет е одобрен на %s от %s: то не може да се изтрие или промени (чл. 81, ал. 2)",
		s.Date, t.Month, t.ApprovedOn, t.ApprovedBy)
}

// approvedTimesheet is person's approved timesheet for month m, or nil.
func (tx *Tx) approvedTimesheet(person model.ID, m model.Month) (*model.Timesheet, error) {
	if person == "" {
		return nil, nil
	}
	rs, err := tx.List(model.KindTimesheet)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if t := r.(*model.Timesheet); t.PersonID == person && t.Month == m && t.Status == model.Approved {
			return t, nil
		}
	}
	return nil, nil
}

// Describe names a record for a message: „ученикът Иван Петров“, „групата „Роботика““.
func Describe(r model.Record) string {
	switch v := r.(type) {
	case *model.Student:
		return "ученикът " + v.Name.String()
	case *model.CouncilMember:
		return "членът на съвета " + v.Name.String()
	case *model.Person:
		return "лицето " + v.Name.String()
	case *model.Group:
		return "групата „" + v.Name + "“"
	case *model.Supplier:
		return "доставчикът „" + v.Name + "“"
	case *model.Contract:
		return "договорът № " + v.Number
	case *model.Expense:
		return fmt.Sprintf("разходът по документ № %s от %s", v.DocNumber, v.DocDate)
	case *model.Meeting:
		return fmt.Sprintf("заседанието от %s", v.Date)
	case *model.Session:
		return fmt.Sprintf("занятието от %s", v.Date)
	}
	return fmt.Sprintf("записът (%s)", model.KindLabel(r.RecordKind()))
}

// RemoveWithReason is Remove with the user's reason kept in the change log's delete entry
// (issue #17: a group or a person that was never used is deleted with a reason; one that was
// used is ended instead, Remove refusing it as referenced). One transaction: the deletion and
// its entry, or nothing.
func (db *DB) RemoveWithReason(kind model.Kind, id model.ID, reason string) error {
	if err := CheckReason(reason); err != nil {
		return err
	}
	return db.Update(func(tx *Tx) error {
		tx.Because(reason)
		return tx.Remove(kind, id)
	})
}
