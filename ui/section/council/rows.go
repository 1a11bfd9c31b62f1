package council

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// wrappedCheck is a check box whose text wraps beside it: a widget.Check's own text never
// wraps, and was cut at the right of a 1093 px window (issue #17). Tapping the box ticks it.
func wrappedCheck(text string, changed func()) (*widget.Check, fyne.CanvasObject) {
	c := widget.NewCheck("", func(bool) { changed() })
	return c, container.NewBorder(nil, nil, c, nil, kit.Wrapped(text))
}
