package hours

import (
	"fyne.io/fyne/v2"
)

// columnsLayout sets objects in rows of cols cells, each column as wide as its widest cell and
// each row as tall as its tallest: a table of natural widths (GridWithColumns makes every column
// as wide as the widest cell of all, which made the pay table twice as wide).
type columnsLayout struct{ cols int }

func (l columnsLayout) sizes(objs []fyne.CanvasObject) (widths, heights []float32) {
	widths = make([]float32, l.cols)
	heights = make([]float32, (len(objs)+l.cols-1)/l.cols)
	for i, o := range objs {
		m := o.MinSize()
		widths[i%l.cols] = max(widths[i%l.cols], m.Width)
		heights[i/l.cols] = max(heights[i/l.cols], m.Height)
	}
	return widths, heights
}

// MinSize is the sum of the columns' widths and the rows' heights, with padding between.
func (l columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widths, heights := l.sizes(objs)
	var s fyne.Size
	for _, w := range widths {
		s.Width += w
	}
	for _, h := range heights {
		s.Height += h
	}
	pad := float32(4)
	return s.AddWidthHeight(pad*float32(max(len(widths)-1, 0)), 0)
}

// Layout places each cell at its column's left edge, as wide as the column.
func (l columnsLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	widths, heights := l.sizes(objs)
	var y float32
	for r, h := range heights {
		var x float32
		for c, w := range widths {
			if i := r*l.cols + c; i < len(objs) {
				objs[i].Move(fyne.NewPos(x, y))
				objs[i].Resize(fyne.NewSize(w, h))
			}
			x += w + 4
		}
		y += h
	}
}
