package forms

import (
	"strings"

	"github.com/signintech/gopdf"
)

// blank is the dotted line printed where a value is missing, for filling in by hand.
const blank = "…………………………………………"

// textAt draws one line of text with its top at (x, y), aligned within width w.
func (dc *doc) textAt(x, y, w float64, s string, align int) {
	if dc.err != nil || s == "" {
		return
	}
	dc.pdf.SetXY(x, y)
	dc.fail(dc.pdf.CellWithOption(&gopdf.Rect{W: w, H: 1}, s, gopdf.CellOption{Align: align | gopdf.Top}))
}

// measure returns the width of s in the current font.
func (dc *doc) measure(s string) float64 {
	if dc.err != nil || s == "" {
		return 0
	}
	w, err := dc.pdf.MeasureTextWidth(s)
	dc.fail(err)
	return w
}

// wrap breaks s into lines no wider than w in the current font. It breaks at spaces
// (gopdf's MultiCell would break in the middle of a word) and keeps the text's own line breaks;
// only a word longer than the whole width is cut. Each word is measured once (gopdf's
// SplitTextWithWordWrap re-measures the growing line for every rune, which is quadratic).
func (dc *doc) wrap(s string, w float64) []string {
	// A column narrower than one glyph would cut every rune on its own line: none is that narrow.
	w = max(w, 24)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		para = strings.TrimRight(para, " ")
		if para == "" || dc.err != nil {
			out = append(out, "")
			continue
		}
		out = append(out, dc.wrapPara(para, w)...)
	}
	return out
}

// wrapPara wraps one paragraph without line breaks. Only the ASCII space breaks, so the
// no-break spaces of a form keep a box with its word.
func (dc *doc) wrapPara(para string, w float64) []string {
	var out []string
	space := dc.wordWidth(" ")
	var line []string
	lineW := 0.0
	flush := func() {
		if l := strings.TrimSpace(strings.Join(line, " ")); l != "" || len(out) == 0 {
			out = append(out, l)
		}
		line, lineW = line[:0], 0
	}
	for _, word := range strings.Split(para, " ") {
		ww := dc.wordWidth(word)
		if len(line) > 0 && lineW+space+ww > w {
			flush()
		}
		if ww > w {
			// A word wider than the column is cut by runes; its last piece starts the next line.
			pieces := dc.cut(word, w)
			for _, p := range pieces[:len(pieces)-1] {
				out = append(out, p)
			}
			word = pieces[len(pieces)-1]
			ww = dc.wordWidth(word)
		}
		if len(line) > 0 {
			lineW += space
		}
		line = append(line, word)
		lineW += ww
	}
	flush()
	return out
}

// cut splits a word wider than w into pieces that fit: after a hyphen of a compound name
// („Попова-Хаджиниколова“) when the piece has one, else rune by rune.
func (dc *doc) cut(word string, w float64) []string {
	var out []string
	start, pw, hyphen := 0, 0.0, -1
	for i, r := range word {
		rw := dc.wordWidth(string(r))
		if pw+rw > w && i > start {
			end := i
			if hyphen > start {
				end = hyphen
			}
			out = append(out, word[start:end])
			start, hyphen = end, -1
			pw = dc.wordWidth(word[start:i])
		}
		pw += rw
		if r == '-' {
			hyphen = i + 1
		}
	}
	return append(out, word[start:])
}

// lines draws wrapped text from the cursor down, breaking the page between lines.
func (dc *doc) lines(s string, bold bool, size float64, align int) {
	dc.font(bold, size)
	lh := size * lineFactor
	for _, l := range dc.wrap(s, contentW) {
		dc.ensure(lh)
		dc.font(bold, size) // a new page changes the font for its letterhead
		dc.textAt(marginL, dc.y, contentW, l, align)
		dc.y += lh
	}
}

// para draws a paragraph of body text and a little space after it.
func (dc *doc) para(s string) {
	dc.lines(s, false, 9.5, gopdf.Left)
	dc.y += 3
}

// title draws a centred bold title.
func (dc *doc) title(s string) {
	dc.ensure(40)
	dc.lines(s, true, 13, gopdf.Center)
	dc.y += 4
}

// subtitle draws a centred line under the title.
func (dc *doc) subtitle(s string) {
	dc.lines(s, false, 10, gopdf.Center)
	dc.y += 6
}

// section draws a bold heading that is kept with at least the next few lines.
func (dc *doc) section(s string) {
	dc.ensure(60)
	dc.y += 4
	dc.lines(s, true, 10.5, gopdf.Left)
	dc.y += 2
}

// sectionHeight is the height section(s) takes on a page with room for it.
func (dc *doc) sectionHeight(s string) float64 {
	dc.font(true, 10.5)
	return 6 + float64(len(dc.wrap(s, contentW)))*10.5*lineFactor
}

// fieldSize is the font size of field.
const fieldSize = 9.5

// fieldLayout is how field lays out „label: value“: the label with its colon, its width (0 when
// the label is too long and goes on lines of its own above the value) and the value's lines.
// field draws it and fieldHeight measures it, so the two never disagree.
func (dc *doc) fieldLayout(label, value string) (lbl string, lw float64, own bool, vl []string) {
	if strings.TrimSpace(value) == "" {
		value = blank
	}
	if !strings.HasSuffix(label, "?") {
		label += ":"
	}
	dc.font(true, fieldSize)
	lw = dc.wordWidth(label + " ")
	if own = lw > contentW*0.6; own {
		lw = 0
	}
	dc.font(false, fieldSize)
	return label, lw, own, dc.wrap(value, contentW-lw)
}

// field draws „label: value“, the label bold; an empty value prints a dotted blank.
func (dc *doc) field(label, value string) {
	label, lw, own, vl := dc.fieldLayout(label, value)
	if own {
		// A long label goes on its own lines, its value under it.
		dc.lines(label, true, fieldSize, gopdf.Left)
	}
	dc.ensure(float64(len(vl)) * fieldSize * lineFactor)
	if !own {
		dc.font(true, fieldSize)
		dc.textAt(marginL, dc.y, lw, label, gopdf.Left)
	}
	dc.font(false, fieldSize)
	for _, l := range vl {
		dc.textAt(marginL+lw, dc.y, contentW-lw, l, gopdf.Left)
		dc.y += fieldSize * lineFactor
	}
	dc.y += 1.5
}

// fieldHeight is the height field(label, value) takes.
func (dc *doc) fieldHeight(label, value string) float64 {
	label, _, own, vl := dc.fieldLayout(label, value)
	h := 0.0
	if own {
		dc.font(true, fieldSize)
		h = float64(len(dc.wrap(label, contentW))) * fieldSize * lineFactor
	}
	return h + float64(len(vl))*fieldSize*lineFactor + 1.5
}

// paraHeight is the height para(s) takes.
func (dc *doc) paraHeight(s string) float64 {
	dc.font(false, 9.5)
	return float64(len(dc.wrap(s, contentW)))*9.5*lineFactor + 3
}

// box returns the check box glyph for a choice: ☒ when chosen, ☐ when not.
func box(checked bool) string {
	if checked {
		return "☒"
	}
	return "☐"
}

// signature is one signature block: the role above a line, the name under it.
type signature struct {
	Role, Name string
}

// signatures draws up to three signature blocks side by side, each with a line to sign on. A
// long role or name is fitted to its block (shrunk, then wrapped at words), never into the next.
func (dc *doc) signatures(sigs ...signature) {
	if len(sigs) == 0 {
		return
	}
	const size = 9
	w := contentW / float64(len(sigs))
	roleH, nameH := 0.0, 0.0
	for _, s := range sigs {
		roleH = max(roleH, dc.fitHeight(s.Role+":", w-10, true, size))
		nameH = max(nameH, dc.fitHeight(nameOrHint(s.Name), w-16, false, 7.5))
	}
	dc.ensure(dc.signaturesHeight(sigs...))
	dc.y += 14
	for i, s := range sigs {
		x := marginL + float64(i)*w
		dc.fitText(s.Role+":", x, dc.y, w-10, true, size, gopdf.Left)
		dc.pdf.SetLineWidth(0.5)
		dc.pdf.Line(x, dc.y+roleH+12, x+w-16, dc.y+roleH+12)
		dc.fitText(nameOrHint(s.Name), x, dc.y+roleH+15, w-16, false, 7.5, gopdf.Center)
	}
	dc.y += roleH + 15 + nameH + 6
}

// signaturesHeight is the height signatures takes for these blocks.
func (dc *doc) signaturesHeight(sigs ...signature) float64 {
	if len(sigs) == 0 {
		return 0
	}
	w := contentW / float64(len(sigs))
	roleH, nameH := 0.0, 0.0
	for _, s := range sigs {
		roleH = max(roleH, dc.fitHeight(s.Role+":", w-10, true, 9))
		nameH = max(nameH, dc.fitHeight(nameOrHint(s.Name), w-16, false, 7.5))
	}
	return 14 + roleH + 15 + nameH + 6
}

// nameOrHint prints the signer's name under the line, or what belongs there when unknown.
func nameOrHint(name string) string {
	if strings.TrimSpace(name) == "" {
		return "(име, фамилия, подпис)"
	}
	return "(" + name + ")"
}
