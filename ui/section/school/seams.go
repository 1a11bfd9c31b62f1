package school

import "github.com/tvoyatchas/tvoyatchas/ui/kit"

// showHistory shows a record's „История“ (issue #14): the shell's dialog, as a variable so a test
// may watch it.
var showHistory = kit.ShowHistory
