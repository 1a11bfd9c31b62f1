package forms

import (
	"fmt"

	"github.com/signintech/gopdf"
)

// advanceWidths are a font style's advance widths of the runes the forms print, in thousandths
// of the font size as gopdf sums them, read once from the parsed font. gopdf's MeasureTextWidth
// adds every measured rune to the document's glyph subset and looks each one up in the subset's
// tables; a word is measured several times on its way to a line (its size fitted, its paragraph
// wrapped, its row's height counted), thousands of times a batch. Summing these tables gives the
// same float64 (the same integer sum times size/1000), and only the text a form draws goes into
// its font subset — the measured text no longer does, so a PDF holds no glyph it never shows.
type advanceWidths struct {
	low   [0x530]int32 // U+0000–U+052F: Latin, Greek, Cyrillic; -1 where gopdf gave an error
	punct [0x200]int32 // U+2000–U+21FF: dashes, quotes, „…“, „№“, „€“, Roman numerals
	boxes [0x200]int32 // U+2600–U+27FF: the answer boxes ☐ ☒ and ✓
}

// widthOf is r's advance width, or -1 when the tables do not hold it.
func (t *advanceWidths) widthOf(r rune) int32 {
	switch {
	case r >= 0 && r < rune(len(t.low)):
		return t.low[r]
	case r >= 0x2000 && r < 0x2000+rune(len(t.punct)):
		return t.punct[r-0x2000]
	case r >= 0x2600 && r < 0x2600+rune(len(t.boxes)):
		return t.boxes[r-0x2600]
	}
	return -1
}

// readAdvanceWidths measures every rune of the tables one by one in a scratch document at size
// 1000, where gopdf's width is the integer sum itself. Kerning is off and the character spacing
// 0 in every form, so a text's width is the sum of its runes' widths.
func readAdvanceWidths(f *gopdf.FontContainer, style string) (*advanceWidths, error) {
	p := &gopdf.GoPdf{}
	p.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	if err := p.AddTTFFontFromFontContainer(family, f); err != nil {
		return nil, fmt.Errorf("measure font %q: %w", style, err)
	}
	if err := p.SetFont(family, style, 1000); err != nil {
		return nil, fmt.Errorf("measure font %q: %w", style, err)
	}
	t := &advanceWidths{}
	fill := func(dst []int32, first rune) {
		for i := range dst {
			w, err := p.MeasureTextWidth(string(first + rune(i)))
			if err != nil || w != float64(int32(w)) {
				dst[i] = -1
				continue
			}
			dst[i] = int32(w)
		}
	}
	fill(t.low[:], 0)
	fill(t.punct[:], 0x2000)
	fill(t.boxes[:], 0x2600)
	return t, nil
}

// wordWidth is s's width in the document's current font, from the tables, or from gopdf when
// a rune is outside them.
func (dc *doc) wordWidth(s string) float64 {
	if s == "" || dc.err != nil {
		return 0
	}
	t := dc.advance[0]
	if dc.face.bold {
		t = dc.advance[1]
	}
	if t == nil || dc.face.size == 0 {
		return dc.measure(s)
	}
	sum := 0
	for _, r := range s {
		w := t.widthOf(r)
		if w < 0 {
			return dc.measure(s)
		}
		sum += int(w)
	}
	return float64(sum) * (dc.face.size / 1000.0) // gopdf's own expression (createContent)
}
