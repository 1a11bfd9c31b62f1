// Package i18n chooses the language of the user interface: Bulgarian by default, English on request.
//
// Every string the user reads goes through fyne.io/fyne/v2/lang (lang.L, lang.X), and so do
// Fyne's own dialogs. Fyne picks its language from the operating system and offers no way to
// choose another one, so Use registers the chosen language's strings under every language tag
// Fyne may pick: whatever the system's locale, the user reads the language they chose.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/assets"
)

// Language is a language the user can choose, named by its file in assets/i18n.
type Language string

// The languages the application ships.
const (
	Bulgarian Language = "bg"
	English   Language = "en"
)

// Default is the language of a new installation.
const Default = Bulgarian

// Languages lists the choices in the order a menu shows them.
var Languages = []Language{Bulgarian, English}

// Name is the language's own name, as a menu shows it whatever the current language.
func (l Language) Name() string {
	if l == English {
		return "English"
	}
	return "Български"
}

// Parse returns the language named by a setting, or Default when the setting is empty or unknown.
func Parse(s string) Language {
	for _, l := range Languages {
		if string(l) == s {
			return l
		}
	}
	return Default
}

// fyneTags are the languages Fyne v2.7 ships translations for (fyne.io/fyne/v2/lang/translations),
// plus ours: the tags its matcher can pick for the system's locale.
var fyneTags = []fyne.Locale{
	"en", "bg", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans",
}

// Use makes l the language of every string looked up from now on. Screens built before keep
// their text: rebuild them.
//
// Each registration parses the whole file again (about 1,100 messages) and Fyne's matcher is
// rebuilt after it: under every tag that took a third of the window's start on a busy machine
// (issue #16). So the strings are registered first under the tags Fyne can pick here — the
// system's language and English, the fallback — and under all the others only when a look-up
// shows that Fyne picked another one.
func Use(l Language) error {
	data, err := fs.ReadFile(assets.Translations, "i18n/"+string(l)+".json")
	if err != nil {
		return fmt.Errorf("use language %s: %w", l, err)
	}
	var probe struct {
		Title string `json:"app.title"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return fmt.Errorf("use language %s: %w", l, err)
	}
	first := likelyTags()
	for _, tag := range first {
		if err := lang.AddTranslationsForLocale(data, tag); err != nil {
			return fmt.Errorf("use language %s as %s: %w", l, tag, err)
		}
	}
	if lang.L("app.title") == probe.Title {
		return nil
	}
	for _, tag := range fyneTags {
		if slices.Contains(first, tag) {
			continue
		}
		if err := lang.AddTranslationsForLocale(data, tag); err != nil {
			return fmt.Errorf("use language %s as %s: %w", l, tag, err)
		}
	}
	return nil
}

// likelyTags are the tags of fyneTags Fyne's matcher picks from here: the system's language
// (when Fyne has it) and English, which it falls back to.
func likelyTags() []fyne.Locale {
	out := []fyne.Locale{"en"}
	sys := lang.SystemLocale().LanguageString()
	for _, tag := range fyneTags {
		if tag != "en" && (tag.LanguageString() == sys || string(tag) == sys || strings.HasPrefix(sys, string(tag)+"-")) {
			out = append(out, tag)
		}
	}
	return out
}

// Keys returns the message keys of language l's file, for tests that compare the languages.
func Keys(l Language) ([]string, error) {
	data, err := fs.ReadFile(assets.Translations, "i18n/"+string(l)+".json")
	if err != nil {
		return nil, fmt.Errorf("read language %s: %w", l, err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("parse language %s: %w", l, err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys, nil
}
