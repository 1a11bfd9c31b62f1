package kit

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NumberText is a text that wraps to its width like a wrapped label but never breaks a line
// inside a number: „3 356,12 €“, „2025/2026“ stay whole (issue #17: amounts wrapped mid-number
// on Бюджет and Разходи). Fyne breaks a wrapped label at any space, and the thousands of an
// amount are separated by one, so the text is flowed here into lines of its own.
type NumberText struct {
	widget.BaseWidget
	text  string
	label *widget.Label
	width float32 // the width the text was last flowed to
}

// NewNumberText returns the text, flowed once it is given a width.
func NewNumberText(text string) *NumberText {
	n := &NumberText{text: text, label: widget.NewLabel(text)}
	n.ExtendBaseWidget(n)
	return n
}

// SetText replaces the text.
func (n *NumberText) SetText(text string) {
	n.text = text
	n.width = 0
	n.flow(n.Size().Width)
}

// Text is the text as given, without the line breaks of the flow.
func (n *NumberText) Text() string { return n.text }

// SetImportance colours the text (widget.DangerImportance for a cap exceeded).
func (n *NumberText) SetImportance(i widget.Importance) {
	n.label.Importance = i
	n.label.Refresh()
}

// SetBold shows the text in bold (a title), flowed again in its width.
func (n *NumberText) SetBold(bold bool) {
	n.label.TextStyle.Bold = bold
	n.width = 0
	n.flow(n.Size().Width)
	n.label.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (n *NumberText) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(n.label) }

// MinSize is as wide as the widest unbreakable part and as high as the text flowed now.
func (n *NumberText) MinSize() fyne.Size {
	widest := float32(0)
	for _, p := range strings.Split(n.text, "\n") {
		for _, w := range unbreakable(p) {
			widest = max(widest, n.measure(w))
		}
	}
	return fyne.NewSize(widest+2*theme.InnerPadding(), n.label.MinSize().Height)
}

// Resize flows the text to the new width.
func (n *NumberText) Resize(s fyne.Size) {
	n.BaseWidget.Resize(s)
	n.flow(s.Width)
}

func (n *NumberText) measure(s string) float32 {
	return fyne.MeasureText(s, theme.TextSize(), n.label.TextStyle).Width
}

// flow breaks the text into lines no wider than width, between unbreakable parts only.
func (n *NumberText) flow(width float32) {
	if width <= 0 || width == n.width && n.label.Text != "" {
		return
	}
	n.width = width
	room := width - 2*theme.InnerPadding()
	var lines []string
	for _, p := range strings.Split(n.text, "\n") {
		line := ""
		for _, w := range unbreakable(p) {
			switch {
			case line == "":
				line = w
			case n.measure(line+" "+w) <= room:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		lines = append(lines, line)
	}
	if text := strings.Join(lines, "\n"); text != n.label.Text {
		n.label.SetText(text)
	}
}

// unbreakable splits s at the spaces a line may break at: not a space between two digits (the
// thousands of an amount), nor one before a currency („12,00 €“, „800,00 лв.“), nor inside an
// amount with its other currency in brackets („313,24 € (612,64 лв.)“), nor around the slash of
// a pair of amounts („134,24 € / 223,74 €“: used against the cap, read as one).
func unbreakable(s string) []string {
	words := strings.Fields(s)
	var out []string
	for _, w := range words {
		if len(out) > 0 && glued(out[len(out)-1], w) {
			out[len(out)-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// glued tells whether the word w stays on the line of prev, the text before it.
func glued(prev, w string) bool {
	p := []rune(prev)
	last, first := p[len(p)-1], []rune(w)[0]
	amount := unicode.IsDigit(last) || last == '€' || strings.HasSuffix(prev, "лв.") || strings.HasSuffix(prev, "лв.)") ||
		strings.HasSuffix(prev, "BGN") || strings.HasSuffix(prev, "EUR")
	currency := w == "€" || strings.HasPrefix(w, "лв") || w == "BGN" || w == "EUR"
	switch {
	case unicode.IsDigit(last) && (unicode.IsDigit(first) || currency):
		return true
	case (last == '€' || strings.HasSuffix(prev, "лв.")) && strings.HasPrefix(w, "(") && len(w) > 1 && unicode.IsDigit([]rune(w)[1]):
		return true // „313,24 € (612,64 лв.)“
	case w == "/" && amount:
		return true
	case strings.HasSuffix(prev, " /") && (unicode.IsDigit(first) || first == '('):
		return true
	}
	return false
}
