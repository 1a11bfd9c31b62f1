package kit

import (
	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Screen is one section of the main window. It is built the first time its section is shown
// and kept until another data file is opened or the language changes.
type Screen interface {
	// Content is the screen's widget tree; called once, after the constructor.
	Content() fyne.CanvasObject
	// Refresh reloads the screen's data from the data file, dropping unsaved input. The window
	// calls it when the screen is built and, when it is shown, if it missed a change since it was
	// last loaded: any commit for a screen that is not a Watcher, another year picked for every
	// screen. The guard calls it when the user discards unsaved input (AskUnsaved).
	Refresh()
}

// Watcher is a screen that is told what each commit changed, and refreshes only that (issue #16):
// its own saves, another screen's, an import's, a received package's. The window calls Changed
// on its goroutine after every commit, for every screen built so far (shown or not); a screen
// that is not a Watcher is refreshed in full when it is next shown after a change instead.
//
// Changed re-reads from the live year (LiveShownYear) what the screen shows of the kinds c names
// (c.Has, c.Affects; c.Reset means everything) and keeps the user's unsaved input: a record being
// edited that another writer changed keeps the user's edit, and a record that was deleted leaves
// the form with a message. No screen patches its own copy of the year after a save any more: its
// save's commit reaches it through Changed like any other. The window does not call Refresh when
// it shows a Watcher again (only after another year was picked). In the application Changed comes
// after the event that committed (the save's button) has returned; under fyne/test it comes
// before the commit's Put returns — so Changed must not assume the screen's Save has finished.
type Watcher interface {
	Screen
	Changed(c store.Change)
}

// Shower is a screen told each time the window shows it again (another section, then this one):
// a screen showing a passing view (Ученици's class-list import) goes back to its list and form
// there unless that view holds unsaved input (issue #17).
type Shower interface {
	Screen
	Shown()
}

// Editor is a screen with input the user saves. The window asks „Запазване на промените?“ before
// it leaves an Editor with unsaved input, and Ctrl+S calls Save.
type Editor interface {
	Screen
	// Dirty reports whether the screen holds input that is not saved.
	Dirty() bool
	// Save validates the input and saves all of it in one transaction, or nothing. The error is
	// for the user: model.Errors with Bulgarian messages, or a failure of the file.
	Save() error
}

// Revealer is a screen that can show one record of its own: the Проверки screen and a
// finding shown elsewhere open a record through it. Reveal selects the record in the screen's
// list and shows it in its form; it reports false when the screen does not hold such a record.
// The window has already asked about unsaved input before it calls Reveal.
type Revealer interface {
	Screen
	Reveal(ref model.Ref) bool
}

// PackageOpener is the screen that receives sync packages (Експорт): the shell hands it a
// package the app was started with (a .tchas file opened from Windows Explorer, issue #18).
// It checks the package and shows its dry run; nothing changes until the user applies it.
type PackageOpener interface {
	Screen
	OpenPackage(path string)
}
