package hours

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// payFlow sets its cells (one-line labels: „Бруто: 200,00 €“) left to right and starts a new
// line where the next cell would pass its width, so a person-month's amounts wrap between
// fields and never inside an amount (issue #17: the pay table's nine columns, ~1000 px, ran off
// the right of the ~450 px the report has at 1093×614). Its height is that of the cells flowed
// at the width it was last given.
type payFlow struct {
	widget.BaseWidget
	cells []fyne.CanvasObject
	width float32 // the width last given, 0 before
}

func newPayFlow(cells ...fyne.CanvasObject) *payFlow {
	f := &payFlow{cells: cells}
	f.ExtendBaseWidget(f)
	return f
}

// gap is the room between two cells of a line.
func (f *payFlow) gap() float32 { return 2 * theme.Padding() }

// place lays the cells out at width (move: also moves them) and returns the height they take.
func (f *payFlow) place(width float32, move bool) float32 {
	var x, y, line float32
	for _, c := range f.cells {
		m := c.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, line = 0, y+line, 0
		}
		if move {
			c.Move(fyne.NewPos(x, y))
			c.Resize(m)
		}
		x += m.Width + f.gap()
		line = max(line, m.Height)
	}
	return y + line
}

// MinSize is as wide as the widest cell and as high as the cells flowed at the last width (on
// one line before any).
func (f *payFlow) MinSize() fyne.Size {
	widest := float32(0)
	for _, c := range f.cells {
		widest = max(widest, c.MinSize().Width)
	}
	w := f.width
	if w <= 0 {
		w = 1e6
	}
	return fyne.NewSize(widest, f.place(max(w, widest), false))
}

// Resize flows the cells to the new width; a new height is picked up by the canvas.
func (f *payFlow) Resize(s fyne.Size) {
	changed := s.Width != f.width
	f.width = s.Width
	f.BaseWidget.Resize(s)
	if changed {
		f.Refresh()
	}
}

// CreateRenderer implements fyne.Widget.
func (f *payFlow) CreateRenderer() fyne.WidgetRenderer { return &payFlowRenderer{f} }

type payFlowRenderer struct{ f *payFlow }

func (r *payFlowRenderer) Layout(s fyne.Size)           { r.f.place(s.Width, true) }
func (r *payFlowRenderer) MinSize() fyne.Size           { return r.f.MinSize() }
func (r *payFlowRenderer) Refresh()                     { r.Layout(r.f.Size()) }
func (r *payFlowRenderer) Objects() []fyne.CanvasObject { return r.f.cells }
func (r *payFlowRenderer) Destroy()                     {}
