package ui_test

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/i18n"
)

// With LANG=C.UTF-8 Fyne logs „Error parsing user locale C“; QuietLocale, called before the app
// starts, leaves nothing in the log (issue #17). A real language is left alone.
func TestQuietLocale_NoLocaleNoiseWithLangC(t *testing.T) {
	var buf bytes.Buffer
	log.SetOutput(&buf)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	for _, c := range []struct{ lang, want string }{{"C.UTF-8", "bg"}, {"bg_BG.UTF-8", ""}} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", "")
		t.Setenv("LANG", c.lang)
		buf.Reset()
		use(t)
		if c.want != "" && !strings.Contains(buf.String(), "Error parsing user locale") {
			t.Fatalf("LANG=%s: Fyne logged nothing without the fix, so this test shows nothing: %q", c.lang, buf.String())
		}
		ui.QuietLocale()
		buf.Reset()
		use(t)
		if strings.Contains(buf.String(), "locale") {
			t.Errorf("LANG=%s: after QuietLocale Fyne still logs %q", c.lang, buf.String())
		}
		if got := os.Getenv("LANGUAGE"); got != c.want {
			t.Errorf("LANG=%s: LANGUAGE = %q, want %q", c.lang, got, c.want)
		}
	}
}

// use loads the Bulgarian texts as the window does: Fyne reads the system's locales then.
func use(t *testing.T) {
	t.Helper()
	if err := i18n.Use(i18n.Bulgarian); err != nil {
		t.Fatal(err)
	}
}
