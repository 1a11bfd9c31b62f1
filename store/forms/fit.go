package forms

import (
	"math"
	"strings"
)

// The one text-fitting rule of every form: a text keeps its size when each of its words fits the
// width; otherwise it is shrunk, in quarter points, until its widest word fits, but never below
// 75 % of its size nor below minFitSize; then it is wrapped at word boundaries (dc.wrap), and
// only a word still wider than the width is cut.
const (
	minFitSize  = 5.5
	minFitRatio = 0.75
)

// fitSize is the size at which every word of s fits w, within the rule's limits.
func (dc *doc) fitSize(s string, w float64, bold bool, size float64) float64 {
	dc.font(bold, size)
	widest := 0.0
	for _, word := range strings.FieldsFunc(s, breaksLine) {
		widest = max(widest, dc.wordWidth(word))
	}
	if widest <= w || widest == 0 {
		return size
	}
	fit := math.Floor(size*w/widest*4) / 4 // a word's width grows with the size
	return max(fit, math.Ceil(max(minFitSize, size*minFitRatio)*4)/4)
}

// fitText draws s by the rule at (x, y) within width w — shrunk while a word is too wide, then
// wrapped at words — and returns the height it took.
func (dc *doc) fitText(s string, x, y, w float64, bold bool, size float64, align int) float64 {
	size = dc.fitSize(s, w, bold, size)
	dc.font(bold, size)
	ls := dc.wrap(s, w)
	for i, l := range ls {
		dc.textAt(x, y+float64(i)*size*lineFactor, w, l, align)
	}
	return float64(len(ls)) * size * lineFactor
}

// fitHeight is the height fitText would take, without drawing.
func (dc *doc) fitHeight(s string, w float64, bold bool, size float64) float64 {
	size = dc.fitSize(s, w, bold, size)
	dc.font(bold, size)
	return float64(len(dc.wrap(s, w))) * size * lineFactor
}

// breaksLine reports whether dc.wrap may break a line at r: the ASCII space and the text's own
// line breaks. A word is what lies between them, so a no-break space keeps a box with its label
// and a unit with its number („12,00 лв.“) in one word, which is shrunk whole rather than cut.
func breaksLine(r rune) bool { return r == ' ' || r == '\n' }
