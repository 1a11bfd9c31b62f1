package forms

import (
	"math/rand/v2"
	"testing"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestWordWidth_SameAsGopdfsMeasure (seeded, randomized): the widths summed from the fonts'
// tables equal, to the last bit, what gopdf's MeasureTextWidth gives for the same text in a
// fresh document — Latin, Cyrillic, the forms' punctuation and boxes, and runes outside the
// tables (measured by gopdf itself) — in both styles and at the sizes the forms use. A line
// breaks where it broke before the tables.
func TestWordWidth_SameAsGopdfsMeasure(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2026))
	pools := [][]rune{
		[]rune("абвгдежзийклмнопрстуфхцчшщъьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯѝЍ"),
		[]rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-–—()/%"),
		[]rune("„“”‘’«»…№€§°×−•·ⅠⅤⅩ⁴⁵☐☒✓ČčŠšŽžŁłŐőÄäÖößÉéαβγΩ"),
		[]rune("\u4e2d\u6587\u5b57\u0301\uFFFD\u00A0\u202F\t"), // not in the font, combining, no-break spaces
	}
	fs, err := parsedFonts()
	if err != nil {
		t.Fatal(err)
	}
	sizes := []float64{6, 7.5, 8, 8.5, 9.5, 10.5, 12, 13.37, 16}
	for i := range 3000 {
		var word []rune
		for range 1 + rng.IntN(24) {
			pool := pools[rng.IntN(len(pools))]
			if rng.IntN(20) != 0 {
				pool = pools[rng.IntN(3)] // runes outside the tables now and then
			}
			word = append(word, pool[rng.IntN(len(pool))])
		}
		s := string(word)
		bold := rng.IntN(2) == 1
		size := sizes[rng.IntN(len(sizes))]

		dc := newDoc(&model.YearData{}, "t", true)
		dc.font(bold, size)
		got := dc.wordWidth(s)

		p := &gopdf.GoPdf{}
		p.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
		if err := p.AddTTFFontFromFontContainer(family, fs.regular); err != nil {
			t.Fatal(err)
		}
		if err := p.AddTTFFontFromFontContainer(family, fs.bold); err != nil {
			t.Fatal(err)
		}
		style := ""
		if bold {
			style = "B"
		}
		if err := p.SetFont(family, style, size); err != nil {
			t.Fatal(err)
		}
		want, err := p.MeasureTextWidth(s)
		if err != nil {
			t.Fatal(err)
		}
		if got != want || dc.err != nil {
			t.Fatalf("case %d: %q bold=%v size %v: tables %v, gopdf %v (err %v)", i, s, bold, size, got, want, dc.err)
		}
	}
}

// TestWordWidth_MeasuringAddsNoGlyphs: measuring leaves the document's font subset as it was —
// only drawn text goes into the PDF's fonts, so a form's bytes never depend on what was measured
// for a layout choice it did not take.
func TestWordWidth_MeasuringAddsNoGlyphs(t *testing.T) {
	dc := newDoc(&model.YearData{}, "t", true)
	dc.font(false, 10)
	before := dc.pdf.GetBytesPdf()
	dc2 := newDoc(&model.YearData{}, "t", true)
	dc2.font(false, 10)
	if w := dc2.wordWidth("Щъркелите ЖЮЯ"); w <= 0 {
		t.Fatalf("width %v", w)
	}
	if after := dc2.pdf.GetBytesPdf(); string(after) != string(before) {
		t.Errorf("measuring changed the PDF: %d bytes, %d without", len(after), len(before))
	}
}
