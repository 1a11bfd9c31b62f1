package council

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// wrappedList is a list whose rows wrap their text at word ends, each row as high as its text
// needs at the list's width (issue #17: at 1093×614 the members' and the meetings' rows were
// cut with „…“ — „Иванка Иванова Русева — секретар, педагогически с…“). The heights are measured
// again whenever the list's width changes (the split dragged, the window resized) and after
// the rows change (fit).
type wrappedList struct {
	list   *widget.List
	object fyne.CanvasObject // the list inside the layout that tells it its width
	text   func(i int) string
	width  float32 // the width the heights were measured at
}

// newWrappedList builds the list of length rows, row i showing text(i).
func newWrappedList(length func() int, text func(i int) string) *wrappedList {
	w := &wrappedList{text: text}
	w.list = widget.NewList(length,
		func() fyne.CanvasObject { return kit.Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(i)) })
	w.object = container.New(w, w.list)
	return w
}

// Layout implements fyne.Layout: the list takes the whole place; a new width measures the rows.
func (w *wrappedList) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if size.Width != w.width {
		w.width = size.Width
		w.fit()
	}
}

// MinSize implements fyne.Layout.
func (w *wrappedList) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// fit sets each row's height to what its text needs, wrapped at the list's width.
func (w *wrappedList) fit() {
	if w.width <= 0 {
		return
	}
	probe := kit.Wrapped("")
	for i := range w.list.Length() {
		probe.SetText(w.text(i))
		probe.Resize(fyne.NewSize(w.width, 1))
		w.list.SetItemHeight(i, probe.MinSize().Height)
	}
}

// refresh shows the rows again after they changed, each as high as its text needs.
func (w *wrappedList) refresh() {
	w.fit()
	w.list.Refresh()
}

// wrappedCheck is a check box whose text wraps beside it: a widget.Check's own text never
// wraps, and was cut at the right of a 1093 px window (issue #17). Tapping the box ticks it.
func wrappedCheck(text string, changed func()) (*widget.Check, fyne.CanvasObject) {
	c := widget.NewCheck("", func(bool) { changed() })
	return c, container.NewBorder(nil, nil, c, nil, kit.Wrapped(text))
}
