package ui

import (
	"os"
	"strings"
)

// QuietLocale gives Fyne a language tag it can parse when the system's locale is C or POSIX
// with an encoding (LANG=C.UTF-8, common on a minimal Linux): Fyne takes „C“ for a language and
// logs `Fyne error: Error parsing user locale C` on start and on every change of translations
// (issue #17). Call it before the app is made. The window's language is the app's own choice
// (i18n.Use) either way, so nothing the user reads changes; LANGUAGE is read only when the
// locale is not plain C, which is why it answers here.
func QuietLocale() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if os.Getenv("LANGUAGE") == "" && (strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.")) {
			os.Setenv("LANGUAGE", "bg")
		}
		return
	}
}
