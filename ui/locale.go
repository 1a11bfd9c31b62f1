package ui

import (
	"github.com/tvoyatchas/tvoyatchas/ui/locale"
)

// QuietLocale gives Fyne a language tag it can parse when the system's locale is C or POSIX
// with an encoding (LANG=C.UTF-8): Fyne takes „C“ for a language and logs `Fyne error: Error
// parsing user locale C` on start and on every change of translations (issue #17). The start's
// is Fyne's lang package's init, before main: ui/locale's init, which Go runs before it, sets
// LANGUAGE (see there); this sets it again for a program that changed the environment since.
func QuietLocale() { locale.Quiet() }
