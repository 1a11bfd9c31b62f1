package ui

import (
	"fyne.io/fyne/v2"
)

// Run shows the main window with the data file at path (the default file when path is "") and
// runs the application until the user closes it.
func Run(a fyne.App, path string) {
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(1180, 760))
	m := New(a, w, Options{})
	m.OpenPath(path)
	w.ShowAndRun()
}
