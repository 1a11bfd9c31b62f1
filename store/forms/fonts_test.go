package forms_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/signintech/gopdf/fontmaker/core"

	"github.com/tvoyatchas/tvoyatchas/assets"
)

// TestFonts_CoverTheFormsCharacters: the shipped fonts are a subset of DejaVu Sans
// (assets/fonts/subset.sh). Both faces must have a glyph for the Bulgarian alphabet, Latin with
// its European accents, and every character the forms, the demo, the annex texts and the model's
// messages use — else a form prints an empty box where a letter should be.
func TestFonts_CoverTheFormsCharacters(t *testing.T) {
	need := map[rune]bool{}
	for r := 'А'; r <= 'я'; r++ {
		need[r] = true
	}
	for _, r := range "ЍѝЀѐЁёЎўЄєІіЇїҐґ„“”‘’«»–—…№€§°×−•·ČčŠšŽžŁłŐőŰűȘșȚțÄäÖöÜüßÉéÈèÇçÑñαβγΩ☐☒✓ⅠⅤⅩ⁴⁵" {
		need[r] = true
	}
	read := 0
	for _, glob := range []string{"*.go", "testdata/*", "../../model/*.go", "../../model/demo/*.go", "../sheets/*.go", "../printing/*.go"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			read++
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range string(b) {
				// DejaVu Sans itself has no full-width forms (a normaliser in model maps them).
				if r > 127 && unicode.IsPrint(r) && !(r >= 0xFF00 && r <= 0xFFEF) {
					need[r] = true
				}
			}
		}
	}
	if read < 50 {
		t.Fatalf("only %d files read: the globs miss the sources", read)
	}
	for name, font := range map[string][]byte{"regular": assets.FontRegular, "bold": assets.FontBold} {
		var p core.TTFParser
		if err := p.ParseByReader(bytes.NewReader(font)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		chars := p.Chars()
		for r := range need {
			if _, ok := chars[int(r)]; !ok {
				t.Errorf("%s: no glyph for %q (U+%04X)", name, r, r)
			}
		}
	}
}
