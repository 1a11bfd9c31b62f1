package store

import (
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Approvals of the monthly reports of hours (issue #14). The director approves the leaders' and
// the accountant's reports (чл. 81, ал. 2; чл. 88, ал. 3); the head of the РУО the director's
// (чл. 85, ал. 1; чл. 86, ал. 2) — the file records that approval, entered by the director or by
// the РУО's own (inspector) account. An approved month is locked (timesheet_lock.go). Only its
// approver — the account the log's approve entry names — may open it again, or for the
// director's own report the РУО's account, with a reason that goes into the change log; the
// month is locked again when approved again. Each is one transaction with its log entry.

// minReason is the shortest reason accepted, as for reopening a year.
const minReason = 10

// ApproveTimesheet approves report id as ap says (model.Approve: who may, the yearly maximum of
// Приложение № 7) and saves it; the log's entry names the approving account.
func (db *DB) ApproveTimesheet(id model.ID, ap model.Approval) error {
	err := db.Update(func(tx *Tx) error {
		t, p, err := tx.timesheetAndPerson(id)
		if err != nil {
			return err
		}
		a := tx.db.Actor()
		ok := a.Role == model.AccountDirector || (ap.By == model.ApproverRUO && a.Role == model.AccountInspector)
		if !ok {
			return fmt.Errorf("%w: %w", ErrForbidden, model.Errorf(model.CodeRoleForbidden, "",
				"отчетите одобрява директорът, а отчета на директора — началникът на РУО (чл. 81, ал. 2; чл. 85, ал. 1; чл. 86, ал. 2; чл. 88, ал. 3): профилът „%s“ (%s) не може", a.Name, a.Role.Title()))
		}
		if a.Role == model.AccountDirector && a.PersonID != "" && a.PersonID == t.PersonID && ap.By == model.ApproverDirector {
			return model.Errorf(model.CodeOwnTimesheet, "ApprovedBy",
				"директорът не може да одобри собствения си отчет: той се одобрява от началника на РУО (чл. 85, ал. 1; чл. 86, ал. 2)")
		}
		if err := model.Approve(t, p, ap); err != nil {
			return err
		}
		tx.action, tx.unlock = ActionApprove, a.Role == model.AccountInspector
		defer func() { tx.action, tx.unlock = "", false }()
		return tx.Put(t)
	})
	if err != nil {
		return fmt.Errorf("approve timesheet %s: %w", id, err)
	}
	return nil
}

// ReopenTimesheet opens the approved report id again, with reason, for a correction: only the
// account that approved it may, or — for the director's own report — the РУО's account. A
// report approved before the log (no approve entry) is reopened by the role that approves it.
func (db *DB) ReopenTimesheet(id model.ID, reason string) error {
	err := db.Update(func(tx *Tx) error {
		t, p, err := tx.timesheetAndPerson(id)
		if err != nil {
			return err
		}
		if t.Status != model.Approved {
			return model.Errorf(model.CodeNotApproved, "Status", "отчетът за %s не е одобрен: няма какво да се отваря", t.Month)
		}
		reason = strings.TrimSpace(reason)
		if len([]rune(reason)) < minReason {
			return model.Errorf(model.CodeReasonRequired, "Reason", "напишете причината за отварянето на одобрения отчет (поне %d знака): тя се пази в дневника на промените", minReason)
		}
		if err := tx.checkReopener(t, p); err != nil {
			return err
		}
		t.Status, t.ApprovedBy, t.ApprovedOn = model.Prepared, "", model.Date{}
		tx.action, tx.reason, tx.unlock = ActionReopen, reason, true
		defer func() { tx.action, tx.reason, tx.unlock = "", "", false }()
		return tx.Put(t)
	})
	if err != nil {
		return fmt.Errorf("reopen timesheet %s: %w", id, err)
	}
	return nil
}

// checkReopener refuses anyone but the approver of t (or the РУО for the director's report).
func (tx *Tx) checkReopener(t *model.Timesheet, p *model.Person) error {
	a := tx.db.Actor()
	if model.ApproverFor(p) == model.ApproverRUO && a.Role == model.AccountInspector {
		return nil // чл. 86, ал. 2: the РУО approves, and reopens, the director's report
	}
	approver, err := tx.approverOf(t.ID)
	if err != nil {
		return err
	}
	switch {
	case approver != nil && approver.Account == a.Name && approver.Installation == tx.db.inst:
		return nil
	case approver == nil && model.ApproverFor(p) == model.ApproverDirector && a.Role == model.AccountDirector:
		return nil
	}
	who := "директорът"
	if approver != nil {
		who = "профилът „" + approver.Account + "“, който го одобри"
	}
	if model.ApproverFor(p) == model.ApproverRUO {
		who += " или профилът на РУО"
	}
	return fmt.Errorf("%w: %w", ErrForbidden, model.Errorf(model.CodeNotApprover, "Status",
		"одобрен отчет отваря само одобрилият го (чл. 81, ал. 2; чл. 86, ал. 2; чл. 88, ал. 3) — %s; профилът „%s“ не може", who, a.Name))
}

// approverOf returns the log's last approve entry of timesheet id, nil when there is none.
func (tx *Tx) approverOf(id model.ID) (*LogEntry, error) {
	if err := tx.flushLog(); err != nil { // an approval of this transaction counts
		return nil, err
	}
	var last *LogEntry
	err := walkLog(tx.sl(), tx.tx, func(_ []byte, e *LogEntry) error {
		if e.Action == ActionApprove && e.Kind == model.KindTimesheet && e.ID == id &&
			(last == nil || e.Time.After(last.Time)) {
			c := *e
			last = &c
		}
		return nil
	})
	return last, err
}

// timesheetAndPerson reads report id and its person.
func (tx *Tx) timesheetAndPerson(id model.ID) (*model.Timesheet, *model.Person, error) {
	var t model.Timesheet
	if err := tx.Get(model.KindTimesheet, id, &t); err != nil {
		return nil, nil, err
	}
	var p model.Person
	if err := tx.Get(model.KindPerson, t.PersonID, &p); err != nil {
		return nil, nil, fmt.Errorf("person of the timesheet: %w", err)
	}
	return &t, &p, nil
}
