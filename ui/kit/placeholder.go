package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// placeholderScreen stands in for a section whose screen is not written yet: it says what
// will be there.
type placeholderScreen struct {
	text *widget.Label
}

// placeholder returns the constructor of a placeholder screen that shows what.
func placeholder(what Phrase) func(env *Env) Screen {
	return func(*Env) Screen {
		l := widget.NewLabel(what.String())
		l.Wrapping = fyne.TextWrapWord
		return &placeholderScreen{text: l}
	}
}

// Content implements Screen.
func (s *placeholderScreen) Content() fyne.CanvasObject { return container.NewVBox(s.text) }

// Refresh implements Screen; a placeholder has nothing to reload.
func (s *placeholderScreen) Refresh() {}
