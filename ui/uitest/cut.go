package uitest

import (
	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The kinds of cut a text can be shown with (issue #17).
const (
	// CutEllipsis is a label or rich text with truncation on whose full text is wider than it:
	// the user reads „Преодоляване на обучителни затрудне…“.
	CutEllipsis = "…"
	// CutEdge is a text drawn past the right edge of the scroll or window it is shown in: its
	// end is clipped away.
	CutEdge = "edge"
	// CutBox is a label that neither wraps nor truncates, given less width than its text: it
	// is drawn over its neighbour.
	CutBox = "box"
	// CutNumber is a wrapped text whose line breaks inside a number („216 / 800,0|0 лв.“).
	CutNumber = "number"
)

// Cut is a text shown cut.
type Cut struct {
	Kind string // CutEllipsis, CutEdge, CutBox or CutNumber
	Text string // the full text (CutNumber: the two lines around the break, split by „|“)
}

func (c Cut) String() string { return c.Kind + ": " + c.Text }

// Cuts lists the texts the window's content shows cut, its canvas as the visible area.
func (h *Harness) Cuts() []Cut { return Cuts(h.Win.Content(), h.Win.Canvas().Size()) }

// Cuts lists the texts under root that are shown cut, root drawn at 0,0 in an area of the
// given size: truncated labels and rich texts, texts running past the right edge of the scroll
// (or the area) they are in, labels wider than their box, and wrapped texts that break a line
// inside a number. An entry's typed text is not looked at (an entry scrolls what is typed), its
// placeholder is. Only what is visible counts: hidden objects and what they hold are skipped.
func Cuts(root fyne.CanvasObject, area fyne.Size) []Cut {
	c := &cutter{seen: map[Cut]bool{}}
	c.walk(root, fyne.NewPos(0, 0), area.Width, nil)
	return c.out
}

type cutter struct {
	out  []Cut
	seen map[Cut]bool
}

func (c *cutter) add(kind, text string) {
	k := Cut{Kind: kind, Text: text}
	if !c.seen[k] {
		c.seen[k] = true
		c.out = append(c.out, k)
	}
}

// tolerance is how far (px) a text may pass its box before it counts as cut: rounding.
const tolerance = 0.5

// walk visits o drawn at the absolute position at, clipped at the right by the absolute x
// right; entry is the entry o is inside of, if any.
func (c *cutter) walk(o fyne.CanvasObject, at fyne.Position, right float32, entry *widget.Entry) {
	if o == nil || !o.Visible() {
		return
	}
	if s, ok := o.(*container.Scroll); ok {
		right = min(right, at.X+s.Size().Width)
	}
	switch w := o.(type) {
	case *widget.Entry:
		entry = w
	case *widget.Label:
		c.label(w)
	case *widget.RichText:
		if entry != nil && entry.Text != "" {
			return // the typed text, which the entry scrolls
		}
		c.richText(w, at, right)
	case *kit.NumberText:
		if at, ok := numberTextBreaksANumber(w); ok {
			c.add(CutNumber, at)
		}
	}
	var children []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		children = w.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(w).Objects()
	}
	for _, ch := range children {
		c.walk(ch, at.Add(ch.Position()), right, entry)
	}
}

// label checks a label against its box: with truncation on, its full text measured in the
// label's size and style, glWidth times as wide (as the real window draws it), must fit the
// label's width; without wrapping nor truncation its text
// must not be wider than the label.
func (c *cutter) label(l *widget.Label) {
	if l.Text == "" || l.Wrapping != fyne.TextWrapOff {
		return
	}
	size := theme.Size(theme.SizeNameText)
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	widest := float32(0)
	for _, line := range strings.Split(l.Text, "\n") {
		widest = max(widest, fyne.MeasureText(line, size, l.TextStyle).Width)
	}
	if l.Truncation != fyne.TextTruncateOff {
		// the width a truncating label gets does not grow with its text: the real window's
		// wider text is cut where this one fitted by a hair
		widest *= glWidth
	}
	if widest+2*theme.InnerPadding() <= l.Size().Width+tolerance {
		return
	}
	if l.Truncation != fyne.TextTruncateOff {
		c.add(CutEllipsis, l.Text)
	} else {
		c.add(CutBox, l.Text)
	}
}

// richText checks the rows a rich text drew: the right edge, truncation (of a rich text that
// is not a label's: labels are measured in label; a one-line text such as a select's choice is
// measured glWidth times as wide, as the real window draws it) and a wrap inside a number.
func (c *cutter) richText(r *widget.RichText, at fyne.Position, right float32) {
	full := r.String()
	if full == "" {
		return
	}
	shown := ""
	for _, o := range test.WidgetRenderer(r).Objects() {
		t, ok := o.(*canvas.Text)
		if !ok || !t.Visible() || t.Text == "" {
			continue
		}
		shown += t.Text
		// a wrapped text's lines are broken by the window's own measure; one that does not wrap
		// is drawn glWidth times as wide as measured here
		scale := float32(glWidth)
		if r.Wrapping != fyne.TextWrapOff {
			scale = 1
		}
		end := at.X + t.Position().X + scale*fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width
		if end > right+tolerance {
			c.add(CutEdge, full)
		}
	}
	if r.Truncation != fyne.TextTruncateOff && !strings.HasSuffix(strings.TrimSpace(full), "…") && !strings.Contains(full, "\n") &&
		glWidth*fyne.MeasureText(full, theme.TextSize(), fyne.TextStyle{}).Width+2*theme.InnerPadding() > r.Size().Width+tolerance {
		c.add(CutEllipsis, full) // fits here by less than the real window's wider text (a select's choice)
	}
	if r.Truncation != fyne.TextTruncateOff && !strings.HasSuffix(strings.TrimSpace(full), "…") &&
		(strings.Contains(shown, "…") || len([]rune(strings.Join(strings.Fields(shown), ""))) < len([]rune(strings.Join(strings.Fields(full), "")))) {
		c.add(CutEllipsis, full)
	}
	if r.Wrapping != fyne.TextWrapOff {
		if at, ok := wrapsInsideANumber(r); ok {
			c.add(CutNumber, at)
		}
	}
}

// wrapsInsideANumber reports the place where a wrapped text breaks a line between two parts of
// a number („216 / 800,0|0 лв.“, „2025/202|6“, „1 |234,00“, „0,00 € /|363,27 €“).
func wrapsInsideANumber(r *widget.RichText) (string, bool) {
	text := r.String()
	var lines []string
	lastY := float32(-1)
	for _, o := range test.WidgetRenderer(r).Objects() {
		tx, ok := o.(*canvas.Text)
		if !ok || tx.Text == "" || !tx.Visible() {
			continue
		}
		if len(lines) == 0 || tx.Position().Y > lastY {
			lines = append(lines, tx.Text)
		} else {
			lines[len(lines)-1] += tx.Text
		}
		lastY = tx.Position().Y
	}
	at := 0
	for i, line := range lines {
		k := strings.Index(text[at:], line)
		if k < 0 {
			return "", false // the rows are not the text in order (truncated): nothing to say
		}
		at += k + len(line)
		if i == len(lines)-1 || at >= len(text) {
			break
		}
		if text[at] == '\n' {
			continue // a line the text itself ends, not a wrap
		}
		left := []rune(text[:at])
		right := []rune(strings.TrimLeft(text[at:], "\n"))
		if breaksANumber(left, right) {
			return line + "|" + strings.SplitN(string(right), "\n", 2)[0], true
		}
	}
	return "", false
}

// breaksANumber tells whether a line break between left and right splits a number, an amount
// from its currency, or a pair of amounts („0,00 € / 363,27 €“).
func breaksANumber(left, right []rune) bool {
	if len(left) == 0 || len(right) == 0 {
		return false
	}
	gap := 0
	for i := len(left) - 1; i >= 0 && unicode.IsSpace(left[i]); i-- {
		gap++
	}
	for i := 0; i < len(right) && unicode.IsSpace(right[i]); i++ {
		gap++
	}
	if gap > 1 {
		return false // two fields apart („№ 0002501022  60,24 €“), not the thousands of one amount
	}
	l, r := left[len(left)-1], right[0]
	spaced := unicode.IsSpace(l) || unicode.IsSpace(r)
	if len(right) > 1 && unicode.IsSpace(r) {
		r = right[1]
	}
	if len(left) > 1 && unicode.IsSpace(l) {
		l = left[len(left)-2]
	}
	if unicode.IsDigit(l) && unicode.IsDigit(r) {
		return true
	}
	if unicode.IsDigit(l) && (r == '€' || strings.HasPrefix(strings.TrimSpace(string(right)), "лв")) {
		return true
	}
	if l == '/' && (unicode.IsDigit(r) || r == '€') {
		return true // the second half of a pair „x / y“
	}
	if (l == '€' || strings.HasSuffix(strings.TrimSpace(string(left)), "лв.")) && r == '/' {
		return true
	}
	return !spaced && (unicode.IsDigit(l) || unicode.IsDigit(r)) && numberish(l) && numberish(r)
}

// numberTextBreaksANumber reports where a NumberText's flow broke a line between two parts of a
// number or before its currency.
func numberTextBreaksANumber(n *kit.NumberText) (string, bool) {
	var flowed string
	Walk(n, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			flowed = l.Text
		}
	})
	if strings.Join(strings.Fields(flowed), " ") != strings.Join(strings.Fields(n.Text()), " ") {
		return flowed, true // the flow lost or changed a word
	}
	lines := strings.Split(flowed, "\n")
	for i := 1; i < len(lines); i++ {
		if breaksANumber([]rune(lines[i-1]+" "), []rune(lines[i])) { // the flow broke at one space
			return lines[i-1] + "|" + lines[i], true
		}
	}
	return "", false
}

// numberish is a character that belongs inside a written amount, count or year.
func numberish(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune(",./", r) }

// CutTexts is the cuts as „kind: text“ lines, for a test's message.
func CutTexts(cuts []Cut) string {
	var b strings.Builder
	for _, c := range cuts {
		fmt.Fprintf(&b, "\n\t%s", c)
	}
	return b.String()
}
