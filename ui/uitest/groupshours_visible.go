package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// VisibleSize is the part of object o that a user sees in the window without scrolling: its
// box as laid out, cut by the window's canvas and by every scroll container it is inside (a
// table below a scroll's fold has a size, but none of it is seen). Zero when o is not in the
// window's content or is hidden (issue #17: „Печат“ below the fold, a table with no height).
func (h *Harness) VisibleSize(o fyne.CanvasObject) fyne.Size {
	h.T.Helper()
	path := pathTo(h.Win.Content(), o)
	if path == nil {
		return fyne.Size{}
	}
	// The box of each object on the path, in the canvas's coordinates.
	var x0, y0 float32
	x1, y1 := h.Win.Canvas().Size().Width, h.Win.Canvas().Size().Height
	var px, py float32 // the position of the current object's parent
	for i, p := range path {
		if !p.Visible() {
			return fyne.Size{}
		}
		if i > 0 {
			px, py = px+p.Position().X, py+p.Position().Y
		} else {
			px, py = p.Position().X, p.Position().Y
		}
		_, scroll := p.(*container.Scroll)
		if scroll || p == o {
			x0, y0 = max(x0, px), max(y0, py)
			x1, y1 = min(x1, px+p.Size().Width), min(y1, py+p.Size().Height)
		}
	}
	if x1 <= x0 || y1 <= y0 {
		return fyne.Size{}
	}
	return fyne.NewSize(x1-x0, y1-y0)
}

// pathTo is the chain of objects from root down to o, both included, or nil when o is not
// under root.
func pathTo(root, o fyne.CanvasObject) []fyne.CanvasObject {
	if root == nil {
		return nil
	}
	if root == o {
		return []fyne.CanvasObject{root}
	}
	var children []fyne.CanvasObject
	switch c := root.(type) {
	case *fyne.Container:
		children = c.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	}
	for _, child := range children {
		if p := pathTo(child, o); p != nil {
			return append([]fyne.CanvasObject{root}, p...)
		}
	}
	return nil
}
