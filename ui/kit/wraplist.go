package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RowHeights gives each row of a list of wrapped labels (Wrapped) the height of its text wrapped
// to the list's width, so a long row is read whole instead of cut with „…“ (issue #17: findings
// on Проверки, expenses on Разходи, Съвет's members and meetings, Групи's groups, Часове's
// people and months). Show Object in place of the list; call Update (or Refresh) after the rows
// change. Text is row i's text and whether it is bold. The one wrapping list of the app: build
// a plain one with NewWrappedList, or wrap a list of your own with NewRowHeights.
type RowHeights struct {
	list  *widget.List
	text  func(i int) (string, bool)
	n     func() int
	width float32 // the width the heights are for
	box   *fyne.Container
}

// NewRowHeights wraps list, whose n rows show text.
func NewRowHeights(list *widget.List, n func() int, text func(i int) (string, bool)) *RowHeights {
	r := &RowHeights{list: list, text: text, n: n}
	r.box = container.New(rowHeightsLayout{r}, list)
	return r
}

// NewWrappedList builds a list of n rows, row i showing text(i) wrapped at word ends, each row
// as high as its text needs at the list's width.
func NewWrappedList(n func() int, text func(i int) string) *RowHeights {
	list := widget.NewList(n,
		func() fyne.CanvasObject { return Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(text(i)) })
	return NewRowHeights(list, n, func(i int) (string, bool) { return text(i), false })
}

// List is the list whose rows are measured (select, scroll, OnSelected on it).
func (r *RowHeights) List() *widget.List { return r.list }

// Refresh measures the rows again and shows them: call it after the rows changed.
func (r *RowHeights) Refresh() {
	r.Update()
	r.list.Refresh()
}

// Object is the list as the screen lays it out.
func (r *RowHeights) Object() fyne.CanvasObject { return r.box }

type rowHeightsLayout struct{ r *RowHeights }

func (l rowHeightsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
	if size.Width != l.r.width {
		l.r.width = size.Width
		l.r.Update()
	}
}

func (l rowHeightsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

// Update sets the height of every row whose text does not fit one line at the list's width, and
// puts back one line's height for those that fit.
func (r *RowHeights) Update() {
	if r.width <= 0 {
		return
	}
	// the real window at 125 % draws text about 3 % wider than fyne.MeasureText says headless
	// (uitest.glWidth), and breaks a wrapped label's lines by its own measure: measure in a
	// room that much narrower, so a row that wraps into one more line there still has its height.
	room := (r.width - 2*theme.Padding()) / textWidthMargin
	line := Wrapped("x").MinSize().Height
	measure := Wrapped("")
	for i := 0; i < r.n(); i++ {
		text, bold := r.text(i)
		style := fyne.TextStyle{Bold: bold}
		h := line
		lines := strings.Split(text, "\n")
		for _, l := range lines {
			if fyne.MeasureText(l, theme.TextSize(), style).Width+2*theme.InnerPadding() > room || len(lines) > 1 {
				measure.TextStyle = style
				measure.SetText(text)
				measure.Resize(fyne.NewSize(room, line))
				h = max(line, measure.MinSize().Height)
				break
			}
		}
		r.list.SetItemHeight(i, h)
	}
}

// textWidthMargin is how much wider than measured the real window draws a text (Xvfb at
// FYNE_SCALE=1.25: 2–3 %).
const textWidthMargin = 1.03
