// Package locale keeps Fyne from logging „Fyne error: Error parsing user locale C“ on start when
// the system's locale is C or POSIX with an encoding (LANG=C.UTF-8, common on a minimal Linux;
// issue #17). Fyne's lang package reads the locale in its own init, before main runs, and takes
// „C“ for a language. This package imports only the standard library, so Go initialises it
// before Fyne's lang (packages ready at the same step go in import-path order, and
// github.com/… comes before golang.org/x/text, which lang waits for): its init sets LANGUAGE,
// which the locale library reads when the locale is not plain C. The window's language is the
// app's own choice (i18n.Use) either way, so nothing the user reads changes.
//
// Keep it free of any import outside the standard library, or it may be initialised too late.
package locale

import (
	"os"
	"strings"
)

func init() { Quiet() }

// Quiet sets LANGUAGE when Language says so.
func Quiet() {
	if v := Language(os.Getenv); v != "" {
		os.Setenv("LANGUAGE", v)
	}
}

// Language is the LANGUAGE to give Fyne for the environment getenv reads, or "" to leave it:
// "bg" when the locale that rules (LC_ALL, else LC_MESSAGES, else LANG — the first set) is C or
// POSIX with an encoding or a modifier („C.UTF-8“, „POSIX.utf8“, „C@euro“) and LANGUAGE is not
// set. A plain „C“, an empty environment and a real locale („bg_BG.UTF-8“) give Fyne nothing to
// complain about.
func Language(getenv func(string) string) string {
	if getenv("LANGUAGE") != "" {
		return ""
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		for _, c := range []string{"C", "POSIX"} {
			if strings.HasPrefix(v, c+".") || strings.HasPrefix(v, c+"@") {
				return "bg"
			}
		}
		return ""
	}
	return ""
}
