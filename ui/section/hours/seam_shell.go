package hours

import "github.com/tvoyatchas/tvoyatchas/ui/kit"

// The shell's dialogs this section uses, as variables so a test may watch them.
var (
	askReason   = kit.AskReason   // why a record is removed or a month reopened, kept in the change log
	showHistory = kit.ShowHistory // a record's „История“ (issue #14)
)
