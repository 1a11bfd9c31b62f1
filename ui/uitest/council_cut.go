package uitest

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// ScreenCuts is Cuts (cut.go) of the shown section only — the scroll the shell shows a screen
// in — not the shell's navigation and status bar, and with the wrapped labels given less height
// than their lines need (a list row as high as one line while its text wraps into two is drawn
// over the next row).
func (h *Harness) ScreenCuts() []string {
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
	for _, c := range Cuts(area, area.Size()) {
		out = append(out, c.String())
	}
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		if l, ok := o.(*widget.Label); ok && l.Wrapping != fyne.TextWrapOff && l.Text != "" && l.MinSize().Height > l.Size().Height+0.5 {
			out = append(out, fmt.Sprintf("height: %q needs %.0f px, has %.0f", l.Text, l.MinSize().Height, l.Size().Height))
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				visit(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				visit(ch)
			}
		}
	}
	visit(area)
	return out
}
