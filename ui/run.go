package ui

import (
	"fyne.io/fyne/v2"
)

// startSize is the window's size on the first start: inside a 1366×768 laptop's screen at
// 125 % scaling (1093×614 logical pixels, taskbar included), the commonest school screen
// (issue #17). Later starts use the size the user left the window at.
var startSize = fyne.NewSize(1024, 580)

// Preferences keeping the window's size between starts.
const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
)

// Run shows the main window with the data file at path (the default file when path is "") and
// runs the application until the user closes it. Every file it opens is unlocked first, and a
// new one is encrypted from its first byte (RunUnlocked, issue #13): Options' default Open, a
// plain store.Open, is for tests only.
func Run(a fyne.App, path string) { RunUnlocked(a, path) }

// windowSize is the size the window was last closed at, or startSize on the first start. A
// remembered size smaller than the one the window can be drawn at is ignored: Fyne grows the
// window to its content anyway.
func windowSize(p fyne.Preferences) fyne.Size {
	w, h := p.Float(prefWidth), p.Float(prefHeight)
	if w < 640 || h < 400 {
		return startSize
	}
	return fyne.NewSize(float32(w), float32(h))
}

// rememberSize keeps the window's size for the next start (Fyne cannot place a window, so the
// operating system chooses the position, inside the screen).
func (m *Main) rememberSize() {
	s := m.win.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	m.app.Preferences().SetFloat(prefWidth, float64(s.Width))
	m.app.Preferences().SetFloat(prefHeight, float64(s.Height))
}
