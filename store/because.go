package store

import "strings"

// Because makes reason the reason of every change-log entry of the changes this transaction
// makes from now on (issue #17: a record deleted as entered by mistake keeps why, asked with the
// window's reason dialog). The log keeps it with the account and the time; it cannot be changed.
func (tx *Tx) Because(reason string) { tx.reason = strings.TrimSpace(reason) }
