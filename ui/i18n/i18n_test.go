package i18n_test

import (
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/ui/i18n"
)

// The chosen language wins over the system's, for our strings and for Fyne's own.
func TestUse_OverridesSystemLanguage(t *testing.T) {
	tests := []struct {
		name, system string
		use          i18n.Language
		cancel, nav  string
	}{
		{"bg on an English system", "en_US.UTF-8", i18n.Bulgarian, "Отказ", "Училище"},
		{"bg on a German system", "de_DE.UTF-8", i18n.Bulgarian, "Отказ", "Училище"},
		{"bg on a Russian system", "ru_RU.UTF-8", i18n.Bulgarian, "Отказ", "Училище"},
		{"en on a Bulgarian system", "bg_BG.UTF-8", i18n.English, "Cancel", "School"},
		{"en on a Russian system", "ru_RU.UTF-8", i18n.English, "Cancel", "School"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LANGUAGE", "")
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANG", tt.system)
			if err := i18n.Use(tt.use); err != nil {
				t.Fatal(err)
			}
			if got := lang.L("Cancel"); got != tt.cancel {
				t.Errorf("Cancel = %q, want %q", got, tt.cancel)
			}
			if got := lang.X("nav.school", "?"); got != tt.nav {
				t.Errorf("nav.school = %q, want %q", got, tt.nav)
			}
		})
	}
}

func TestParse_UnknownIsBulgarian(t *testing.T) {
	for in, want := range map[string]i18n.Language{"": i18n.Bulgarian, "bg": i18n.Bulgarian, "en": i18n.English, "de": i18n.Bulgarian} {
		if got := i18n.Parse(in); got != want {
			t.Errorf("Parse(%q) = %q, want %q", in, got, want)
		}
	}
}
