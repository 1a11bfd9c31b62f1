package ui

import (
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The order of the start (issue #16: the first window ≤ 1.5× a bare Fyne window's time): the
// window is shown first, with the open's skeleton — the navigation, the status line, „Отваряне…“
// and a progress bar where the screen will be; only then, once Fyne's loop runs, is the file
// opened (unlocked, verified), away from the window, and the year the first screen shows
// decoded there too (warmYear), so the screen is built from the live year without a decode on
// the window's goroutine.

// openWhenShown opens path (OpenPath) once the window is on screen: queued with fyne.Do from a
// goroutine, it runs in Fyne's loop, which starts after ShowAndRun has shown the window. Until
// then the skeleton of the open is what the window shows.
func openWhenShown(m *Main, path string) {
	m.showOpening(path)
	go fyne.Do(func() { m.OpenPath(path) })
}

// showOpening is the skeleton shown while path is being opened and no other file is: the
// section's place holds what is happening and an endless progress bar.
func (m *Main) showOpening(path string) {
	if m.body == nil || m.env != nil {
		return
	}
	if path == "" {
		path, _ = DefaultPath()
	}
	name := filepath.Base(path)
	m.heading.SetText(lang.X("opening.title", "Отваряне на „{{.Name}}“…", map[string]any{"Name": name}))
	bar := widget.NewProgressBarInfinite()
	text := kit.Wrapped(lang.X("opening.text", "Файлът с данните се отключва и проверява; след това се зарежда учебната година. Това отнема няколко секунди при голямо училище."))
	m.body.Objects = []fyne.CanvasObject{container.NewVBox(text, bar)}
	m.body.Refresh()
	if m.status != nil {
		m.status.SetText(lang.X("status.verifying", "Проверка на файла „{{.Name}}“…", map[string]any{"Name": name}))
	}
}

// warmYear decodes, on the opening goroutine, the year the first screen shows (the live year of
// kit.ShownYear: the screens and the start's reminders read it), so that the window's goroutine
// finds it decoded. A year that cannot be read is left to the screen, which says why.
func warmYear(db *store.DB, now time.Time) {
	_, _ = kit.LiveShownYear(db, now)
}

// loadGCPercent is the garbage collector's target while a file is opened and its year decoded:
// the heap may grow by half its live size before a collection, not by all of it (Go's 100), so
// the garbage of the open (the verification's and the decode's buffers) never doubles what the
// year holds at the start's peak — for a little more of the collector's work while it lasts.
const loadGCPercent = 50

// loadingGC sets loadGCPercent for the open and returns what ends it: the collector's own
// target again, and the memory the open freed returned to the system at once (the resident
// size drops back to what the year and the window hold; the peak, VmHWM, stays what it was).
func loadingGC() (restore func()) {
	old := debug.SetGCPercent(loadGCPercent)
	return func() {
		debug.SetGCPercent(old)
		debug.FreeOSMemory()
	}
}
