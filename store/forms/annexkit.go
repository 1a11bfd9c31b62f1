package forms

import (
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The annexes of the instruction (Приложения № 2–5) are printed word for word: these helpers
// set their lines, with the annex's dotted blanks where a value is missing, its captions under
// the blanks, its boxes at the right of a line and its lines to write on.

const annexSize = 9.5

// shortBlank is the dotted blank of a signature or a field that shares its line with another.
const shortBlank = "……………………………"

// orBlank is v, or the dotted blank to fill in by hand.
func orBlank(v string) string {
	if strings.TrimSpace(v) == "" {
		return blank
	}
	return v
}

// yearOrBlank is the school year, or the annex's „………../……………..“ when there is none.
func yearOrBlank(y model.SchoolYear) string {
	if y == 0 {
		return "………../…………….."
	}
	return y.String()
}

// dateOrBlank is the date, or a dotted blank.
func dateOrBlank(d model.Date) string {
	if d.IsZero() {
		return blank
	}
	return d.String()
}

// text prints a line of the annex in body size, wrapped at word boundaries.
func (dc *doc) text(s string) {
	dc.lines(s, false, annexSize, gopdf.Left)
	dc.y += 1.5
}

// bold prints a bold line of the annex.
func (dc *doc) bold(s string) {
	dc.ensure(annexSize * lineFactor * 3) // a heading is kept with what follows it
	dc.lines(s, true, annexSize, gopdf.Left)
	dc.y += 1.5
}

// small prints a smaller line: the annexes' notes and footnotes.
func (dc *doc) small(s string) {
	dc.lines(s, false, 7.5, gopdf.Left)
	dc.y += 1
}

// captions prints the annex's captions under a line of blanks, each centred on its part of the
// width: one caption for the whole line, two for a line of two blanks.
func (dc *doc) captions(cs ...string) {
	const size = 7
	dc.font(false, size)
	w := contentW / float64(len(cs))
	h := 0.0
	for i, c := range cs {
		ls := dc.wrap(c, w-6)
		for j, l := range ls {
			dc.textAt(marginL+float64(i)*w, dc.y+float64(j)*size*lineFactor, w-6, l, gopdf.Center)
		}
		h = max(h, float64(len(ls))*size*lineFactor)
	}
	dc.y += h + 3
}

// boxed prints a line of text with its boxes (or other answer) at the right, the text wrapped in
// the width left of them; heading, when set, is printed first in bold, with note right-aligned on
// its line (the annexes' „Отбележете вярното“).
func (dc *doc) boxed(text, answer string) {
	dc.font(false, annexSize)
	aw := dc.wordWidth(answer) + 8
	ls := dc.wrap(text, contentW-aw)
	lh := annexSize * lineFactor
	dc.ensure(float64(len(ls)) * lh)
	dc.font(false, annexSize)
	top := dc.y
	for _, l := range ls {
		dc.textAt(marginL, dc.y, contentW-aw, l, gopdf.Left)
		dc.y += lh
	}
	dc.textAt(pageW-marginR-aw+8, top, aw-8, answer, gopdf.Left)
	dc.y += 2
}

// headingWithNote prints a bold heading with a note at the right of its first line.
func (dc *doc) headingWithNote(heading, note string) {
	dc.font(false, 8)
	nw := dc.wordWidth(note) + 8
	dc.font(true, annexSize)
	ls := dc.wrap(heading, contentW-nw)
	lh := annexSize * lineFactor
	dc.ensure(float64(len(ls)+2) * lh)
	top := dc.y
	dc.font(true, annexSize)
	for _, l := range ls {
		dc.textAt(marginL, dc.y, contentW-nw, l, gopdf.Left)
		dc.y += lh
	}
	dc.font(false, 8)
	dc.textAt(pageW-marginR-nw+8, top, nw-8, note, gopdf.Left)
	dc.y += 1.5
}

// writeLines prints text on n lines to write on: the text's own lines first, then dotted lines
// across the width until there are n.
func (dc *doc) writeLines(text string, n int) {
	dc.font(false, annexSize)
	ls := dc.wrap(strings.TrimSpace(text), contentW)
	if strings.TrimSpace(text) == "" {
		ls = nil
	}
	full := dc.leaderLine(contentW)
	for len(ls) < n {
		ls = append(ls, full)
	}
	lh := annexSize * lineFactor * 1.3
	for _, l := range ls {
		dc.ensure(lh)
		dc.font(false, annexSize)
		dc.textAt(marginL, dc.y, contentW, l, gopdf.Left)
		dc.y += lh
	}
	dc.y += 2
}

// leaderLine is a dotted line as wide as w in the current font.
func (dc *doc) leaderLine(w float64) string {
	unit := dc.wordWidth("…")
	if unit <= 0 {
		return blank
	}
	return strings.Repeat("…", int(w/unit))
}

// nameCaption is a signer's name in brackets under the line to sign, or nothing when unknown.
func nameCaption(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return "(" + name + ")"
}
