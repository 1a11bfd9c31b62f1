package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Columns lays objects side by side when the space is wide enough for all of them, else one
// under the other. Its minimum width is the widest object's, not the sum: two forms side by side
// no longer make the window wider than a 1366×768 laptop's screen (issue #17).
func Columns(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(columnsLayout{}, objects...)
}

type columnsLayout struct{}

// sideBySide reports whether objects fit next to each other in width, in equal columns.
func (columnsLayout) sideBySide(objects []fyne.CanvasObject, width float32) bool {
	n := float32(0)
	widest := float32(0)
	for _, o := range objects {
		if o.Visible() {
			n++
			widest = max(widest, o.MinSize().Width)
		}
	}
	return n > 0 && widest*n+theme.Padding()*(n-1) <= width
}

func (l columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	if l.sideBySide(objects, size.Width) {
		n := float32(0)
		for _, o := range objects {
			if o.Visible() {
				n++
			}
		}
		w := (size.Width - pad*(n-1)) / n
		x := float32(0)
		for _, o := range objects {
			if o.Visible() {
				o.Move(fyne.NewPos(x, 0))
				o.Resize(fyne.NewSize(w, size.Height))
				x += w + pad
			}
		}
		return
	}
	y := float32(0)
	for _, o := range objects {
		if o.Visible() {
			h := o.MinSize().Height
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
			y += h + pad
		}
	}
}

// MinSize is the widest object's width and the height of the objects one under the other: the
// layout cannot know the width it will be given, so it asks for the most height it may need.
func (columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			s.Width = max(s.Width, m.Width)
			s.Height += m.Height
			n++
		}
	}
	if n > 1 {
		s.Height += theme.Padding() * float32(n-1)
	}
	return s
}
