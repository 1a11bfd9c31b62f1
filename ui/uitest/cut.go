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
	// CutHeight is a wrapped label given less height than its lines need: its last lines are
	// drawn over what is below it (a list row as high as one line while its text wraps into two).
	CutHeight = "height"
)

// Cut is a text shown cut.
type Cut struct {
	Kind string // CutEllipsis, CutEdge, CutBox, CutNumber or CutHeight
	Text string // the full text (CutNumber: the two lines around the break, split by „|“)
	// Note says by how much („12 px past the edge …“, „needs 44 px, has 22“), for a test's
	// message; two cuts of the same kind and text are one cut whatever their notes.
	Note string
}

func (c Cut) String() string {
	if c.Note != "" {
		return c.Kind + ": " + c.Text + " (" + c.Note + ")"
	}
	return c.Kind + ": " + c.Text
}

// Cuts lists the texts the window's content shows cut, its canvas as the visible area.
func (h *Harness) Cuts() []Cut { return Cuts(h.Win.Content(), h.Win.Canvas().Size()) }

// ScreenCuts is Cuts of the shown screen only — the scroll the shell shows a screen in — not
// the shell's navigation and status bar (whose file path, a temporary folder's in a test, is
// shortened with „…“ by design once „Има незапазени промени“ shares the bar).
func (h *Harness) ScreenCuts() []Cut {
	h.T.Helper()
	var area *container.Scroll
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok && area == nil && s.Direction == container.ScrollBoth && s.Visible() {
			area = s
		}
	})
	if area == nil {
		h.T.Fatal("no screen is shown")
	}
	return Cuts(area, area.Size())
}

// Cuts lists the texts under root that are shown cut, root drawn at 0,0 in an area of the
// given size: truncated labels and rich texts, texts running past the right edge of the scroll
// (or the area) they are in — a text that does not wrap (a form's hint, a tick's or a card's
// title too) measured as the real window draws it, glWidth times as wide —, labels wider than
// their box, wrapped labels given less height than their lines need, and wrapped texts that
// break a line inside a number. An entry's typed text is not looked at (an entry scrolls what
// is typed), its placeholder is. Only what is visible counts: hidden objects and what they hold
// are skipped.
func Cuts(root fyne.CanvasObject, area fyne.Size) []Cut {
	c := &cutter{seen: map[[2]string]bool{}}
	c.walk(root, fyne.NewPos(0, 0), place{right: area.Width, scale: glWidth})
	return c.out
}

// glWidth is how much wider the real window draws a text than fyne.MeasureText says in the test
// driver: at FYNE_SCALE=1.25 under Xvfb „учредително заседание (чл. 32, 34)“, which fitted here
// by a hair, was cut by ~10 px, and the role's hint, 2 px over here, by ~14 px (2–3 %).
const glWidth = 1.03

type cutter struct {
	out  []Cut
	seen map[[2]string]bool
}

func (c *cutter) add(kind, text string) { c.addNote(kind, text, "") }

func (c *cutter) addNote(kind, text, note string) {
	k := [2]string{kind, text}
	if !c.seen[k] {
		c.seen[k] = true
		c.out = append(c.out, Cut{Kind: kind, Text: text, Note: note})
	}
}

// tolerance is how far (px) a text may pass its box before it counts as cut: rounding.
const tolerance = 0.5

// place is where walk is: the absolute x the scroll (or area) it is in clips at on the right,
// the entry it is inside of if any, and how much wider than measured the real window draws a
// text there (glWidth; 1 inside a wrapping text, whose lines the window breaks by its own
// measure).
type place struct {
	right float32
	entry *widget.Entry
	scale float32
}

// walk visits o drawn at the absolute position at.
func (c *cutter) walk(o fyne.CanvasObject, at fyne.Position, p place) {
	if o == nil || !o.Visible() {
		return
	}
	if s, ok := o.(*container.Scroll); ok {
		p.right = min(p.right, at.X+s.Size().Width)
	}
	switch w := o.(type) {
	case *widget.Entry:
		p.entry = w
	case *widget.Label:
		c.label(w)
		if w.Wrapping != fyne.TextWrapOff {
			p.scale = 1
		}
	case *widget.RichText:
		if p.entry != nil && p.entry.Text != "" {
			return // the typed text, which the entry scrolls
		}
		if w.Wrapping != fyne.TextWrapOff {
			p.scale = 1
		}
		c.richText(w, at, p)
		return // its texts are richText's
	case *canvas.Text:
		c.edge(w, at, p)
		return
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
		c.walk(ch, at.Add(ch.Position()), p)
	}
}

// edge checks a text that is not a rich text's against the right edge of its scroll (past).
func (c *cutter) edge(t *canvas.Text, at fyne.Position, p place) {
	if over := past(t, at, p); over > tolerance {
		c.addNote(CutEdge, t.Text, fmt.Sprintf("%.0f px past the edge, as the window draws it", over))
	}
}

// past is how far a text drawn at the absolute position at ends past the right edge of its
// scroll, p.scale times as wide as measured (a centred text grows both ways, one aligned to
// the end ends where its box does); 0 or less when it ends inside.
func past(t *canvas.Text, at fyne.Position, p place) float32 {
	if t.Text == "" || !t.Visible() {
		return 0
	}
	w := p.scale * fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width
	end := at.X + w
	switch t.Alignment {
	case fyne.TextAlignCenter:
		end = at.X + (t.Size().Width+w)/2
	case fyne.TextAlignTrailing:
		end = at.X + t.Size().Width
	}
	return end - p.right
}

// label checks a label against its box: with truncation on, its full text measured in the
// label's size and style, glWidth times as wide (as the real window draws it), must fit the
// label's width; without wrapping nor truncation its text must not be wider than the label;
// wrapped, its lines must fit its height.
func (c *cutter) label(l *widget.Label) {
	if l.Text == "" {
		return
	}
	if l.Wrapping != fyne.TextWrapOff {
		if need, have := l.MinSize().Height, l.Size().Height; need > have+tolerance {
			c.addNote(CutHeight, l.Text, fmt.Sprintf("needs %.0f px, has %.0f", need, have))
		}
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

// richText checks the rows a rich text drew: the right edge (edge), truncation (of a rich text
// that is not a label's: labels are measured in label; a one-line text such as a select's
// choice is measured glWidth times as wide, as the real window draws it) and a wrap inside a
// number.
func (c *cutter) richText(r *widget.RichText, at fyne.Position, p place) {
	full := r.String()
	if full == "" {
		return
	}
	shown := ""
	over := float32(0)
	for _, o := range test.WidgetRenderer(r).Objects() {
		t, ok := o.(*canvas.Text)
		if !ok || !t.Visible() || t.Text == "" {
			continue
		}
		shown += t.Text
		over = max(over, past(t, at.Add(t.Position()), p))
	}
	if over > tolerance {
		c.addNote(CutEdge, full, fmt.Sprintf("%.0f px past the edge, as the window draws it", over))
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
