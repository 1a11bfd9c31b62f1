package store

import (
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Because makes reason the reason of every change-log entry of the changes this transaction
// makes from now on (issue #17: a record deleted as entered by mistake keeps why, asked with the
// window's reason dialog). The log keeps it with the account and the time; it cannot be changed.
func (tx *Tx) Because(reason string) { tx.reason = strings.TrimSpace(reason) }

// CheckReason refuses an empty reason for a change that needs one (a record deleted as entered
// by mistake): the user is told why it is asked.
func CheckReason(reason string) error {
	if strings.TrimSpace(reason) == "" {
		return model.Errorf(model.CodeReasonRequired, "Reason",
			"напишете защо записът се изтрива (напр. въведен е по грешка): причината се пази в дневника на промените")
	}
	return nil
}
