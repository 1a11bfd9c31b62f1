package store

import "strings"

// SetReason keeps why this transaction's changes are made — a record removed because it was
// entered by mistake (issue #17) — with each of its entries in the change log (issue #14), as a
// reopening keeps its reason. Call it before the changes; an empty reason keeps none.
func (tx *Tx) SetReason(reason string) { tx.reason = strings.TrimSpace(reason) }
