//go:build ignore

// Command barewindow is the yardstick of scripts/bench-window.sh: a bare Fyne window, built
// from the same Fyne version as the app, that shows one label and nothing else.
//
//	go build -o bin/barewindow scripts/barewindow/main.go
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("bg.tvoyatchas.barewindow")
	w := a.NewWindow("bare")
	w.SetContent(widget.NewLabel("bare Fyne window"))
	w.Resize(fyne.NewSize(1024, 700))
	w.ShowAndRun()
}
