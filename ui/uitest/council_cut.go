package uitest

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CutTexts lists the texts of the window's content a user cannot read whole (issue #17, at
// 1093×614): a label shortened with „…“ (its text measured with fyne.MeasureText is wider than
// the label), and any drawn text running past the right edge of the box that shows it — the
// window, or a scroll it sits in. Each line says the text and by how many pixels it is cut.
// Until ui/uitest/cut.go (branch screens) is merged, the council's and the school's tests use
// this one.
func (h *Harness) CutTexts() []string {
	var out []string
	size := h.Win.Canvas().Size()
	cutWalk(h.Win.Content(), fyne.NewPos(0, 0), box{0, 0, size.Width, size.Height}, glWidth, &out)
	return out
}

// ScreenCutTexts is CutTexts of the shown section only (the scroll the shell shows a screen
// in), not the shell's navigation and status bar.
func (h *Harness) ScreenCutTexts() []string {
	var area *container.Scroll
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok && area == nil && s.Direction == container.ScrollBoth && s.Visible() {
			area = s
		}
	})
	if area == nil {
		h.T.Fatal("no section is shown")
	}
	var out []string
	size := h.Win.Canvas().Size()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(area).Subtract(area.Position())
	cutWalk(area, at, box{0, 0, size.Width, size.Height}, glWidth, &out)
	return out
}

// glWidth is how much wider the real window draws a text than fyne.MeasureText says here: at
// FYNE_SCALE=1.25 under Xvfb, hinted glyphs made „при смяна на ролята; … (чл. 32)“ end ~12 px
// past where the test driver put it (about 2–3 %). A text must fit with that to spare.
const glWidth = 1.03

// box is a rectangle in the window's coordinates.
type box struct{ x0, y0, x1, y1 float32 }

func (b box) and(o box) box {
	return box{max(b.x0, o.x0), max(b.y0, o.y0), min(b.x1, o.x1), min(b.y1, o.y1)}
}

// cutWalk visits o at absolute position at, clipped to clip, and adds what is cut to out; a
// text is taken as scale times wider than measured (glWidth; 1 inside a wrapping text, whose
// lines the real window breaks by its own measure).
func cutWalk(o fyne.CanvasObject, at fyne.Position, clip box, scale float32, out *[]string) {
	if o == nil || !o.Visible() {
		return
	}
	pos := at.Add(o.Position())
	size := o.Size()
	if pos.X >= clip.x1 {
		return // wholly right of what is shown (below is fine: a column scrolls down)
	}
	switch w := o.(type) {
	case *widget.Label:
		if w.Wrapping != fyne.TextWrapOff && w.Text != "" && w.MinSize().Height > size.Height+0.5 {
			*out = append(*out, fmt.Sprintf("%q wraps into %.0f px, has %.0f px high", w.Text, w.MinSize().Height, size.Height))
		}
		if w.Wrapping != fyne.TextWrapOff {
			scale = 1
		}
		if w.Truncation == fyne.TextTruncateEllipsis {
			have := size.Width - 2*theme.InnerPadding()
			for _, line := range strings.Split(w.Text, "\n") {
				if need := glWidth * fyne.MeasureText(line, theme.TextSize(), w.TextStyle).Width; need > have+0.5 {
					*out = append(*out, fmt.Sprintf("%q shortened with „…“: needs %.0f px, has %.0f", line, need, have))
				}
			}
			return
		}
	case *widget.RichText:
		// A drop-down's choice, an entry's text: shortened with „…“ by its own rich text.
		if w.Truncation == fyne.TextTruncateEllipsis && len(w.Segments) > 0 {
			style, size := fyne.TextStyle{}, theme.TextSize()
			if seg, ok := w.Segments[0].(*widget.TextSegment); ok {
				style = seg.Style.TextStyle
				if seg.Style.SizeName != "" {
					size = theme.Size(seg.Style.SizeName)
				}
			}
			have := w.Size().Width - 2*theme.InnerPadding()
			for _, line := range strings.Split(w.String(), "\n") {
				if need := glWidth * fyne.MeasureText(line, size, style).Width; need > have+0.5 {
					*out = append(*out, fmt.Sprintf("%q shortened with „…“: needs %.0f px, has %.0f", line, need, have))
				}
			}
			return
		}
	case *canvas.Text:
		if w.Text == "" {
			return
		}
		need := scale * w.MinSize().Width
		right := pos.X + need
		switch w.Alignment {
		case fyne.TextAlignCenter:
			right = pos.X + (size.Width+need)/2
		case fyne.TextAlignTrailing:
			right = pos.X + size.Width
		}
		if right > clip.x1+0.5 {
			*out = append(*out, fmt.Sprintf("%q cut at the right by %.0f px", w.Text, right-clip.x1))
		}
		return
	case *widget.Entry, *widget.SelectEntry:
		return // what is typed scrolls inside its entry
	}
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		children = c.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	}
	if _, ok := o.(*container.Scroll); ok {
		clip = clip.and(box{pos.X, pos.Y, pos.X + size.Width, pos.Y + size.Height})
	}
	for _, ch := range children {
		cutWalk(ch, pos, clip, scale, out)
	}
}
