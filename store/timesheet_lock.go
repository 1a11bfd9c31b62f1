package store

import (
	"encoding/json"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// An approved monthly report of hours is locked (чл. 81, ал. 2; чл. 86; чл. 88): the store
// refuses every local write that would change or delete one, whichever screen, import or
// command makes it, not only the Часове screen.
//
// Sync writes (PutEnvelope, PutChosen) are deliberately not refused here. The merge must leave
// both installations identical and decides record by record inside one transaction: a refusal
// in the store would either fail the whole package (and every later one, since the sender keeps
// sending the record) or, if skipped, leave the two files different for ever. Receiving the
// other PC's approval of a month prepared here is an ordinary newer version and is taken. A
// received version that un-approves or deletes a month approved here can only come from an
// installation without this lock, or from a conflict (one side approved while the other still
// edited the prepared month); BreaksApproval recognises it, so that the merge can keep this
// file's approved month, as when the user chooses „моя“ in a conflict, and the approval wins on
// the other side too. store/syncpack's merge plan shows such a version as a conflict.

// checkTimesheetLock refuses to store next over the stored record old when old is an approved
// timesheet and next differs from it; next nil is a deletion. Other kinds pass.
func checkTimesheetLock(kind model.Kind, id model.ID, old *stored, next model.Record) error {
	if kind != model.KindTimesheet || old == nil || old.Deleted {
		return nil
	}
	var cur model.Timesheet
	if err := json.Unmarshal(old.Data, &cur); err != nil {
		return fmt.Errorf("check lock of %s %s: decode: %w", kind, id, err)
	}
	if cur.Status != model.Approved {
		return nil
	}
	if next == nil {
		return model.Errorf(model.CodeApprovedLocked, "Status",
			"отчетът за %s е одобрен на %s от %s и не може да се изтрива (чл. 81, ал. 2)", cur.Month, cur.ApprovedOn, cur.ApprovedBy)
	}
	t, ok := next.(*model.Timesheet)
	if !ok {
		return fmt.Errorf("check lock of %s %s: record is a %T", kind, id, next)
	}
	if cur.ID == "" {
		cur.ID = id
	}
	return model.CheckTimesheetChange(&cur, t)
}

// BreaksApproval reports whether storing remote over local would undo an approval: local is a
// live approved timesheet and remote deletes it or is not approved. Another approved version
// does not break it (both sides approved the month; the greater version wins as usual).
func BreaksApproval(local, remote Envelope) (bool, error) {
	if local.Meta.Kind != model.KindTimesheet || local.Meta.Deleted {
		return false, nil
	}
	l, err := DecodeRecord(local)
	if err != nil {
		return false, fmt.Errorf("breaks approval: %w", err)
	}
	if l.(*model.Timesheet).Status != model.Approved {
		return false, nil
	}
	if remote.Meta.Deleted {
		return true, nil
	}
	r, err := DecodeRecord(remote)
	if err != nil {
		return false, fmt.Errorf("breaks approval: %w", err)
	}
	t, ok := r.(*model.Timesheet)
	return !ok || t.Status != model.Approved, nil
}
