package expenses

import "github.com/tvoyatchas/tvoyatchas/ui/kit"

// askReason and showHistory are the shell's dialogs (issues #14, #17), kept as variables so a
// test could replace them.
var (
	askReason   = kit.AskReason
	showHistory = kit.ShowHistory
)
