package kit

import (
	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Screen is one section of the main window. It is built the first time its section is shown
// and kept until another data file is opened or the language changes.
type Screen interface {
	// Content is the screen's widget tree; called once, after the constructor.
	Content() fyne.CanvasObject
	// Refresh reloads the screen's data from the data file. The window calls it each time the
	// section is shown, so a screen shows what other screens saved, and unsaved input that the
	// user chose to discard is gone.
	Refresh()
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
