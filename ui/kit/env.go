// Package kit is what every section of the window shares: the Env a screen is built with, the
// Screen, Editor and Revealer interfaces the shell drives, and the small widgets and helpers
// (date and text fields, choices, findings, the shown school year, error texts) that more than
// one section uses. It imports no section and not the shell: sections import it.
//
// Every string the user reads goes through lang.X with a key and its Bulgarian text (or a
// Phrase); the keys live in assets/i18n/bg.json and en.json.
package kit

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Env is what every screen gets: the window, the open data file and the application's helpers.
// A new Env is made whenever another file is opened, and the screens are built anew.
type Env struct {
	Window fyne.Window
	// DB is the open data file; never nil while a screen exists.
	DB *store.DB
	// Now is the clock: the current school year and the defaults of new records follow it.
	Now func() time.Time
	// ShowError shows err to the user in one dialog (see ShowError).
	ShowError func(err error)
	// MarkChanged tells the window that the current screen's unsaved state may have changed,
	// so it can update the title's „*“.
	MarkChanged func()
	// Open shows the record ref in the section that keeps its kind, asking first about unsaved
	// input; it reports false when no section shows that kind.
	Open func(ref model.Ref) bool
	// Opens reports whether a section shows records of kind k, so Open would find a place for
	// them: a screen offers to open only those.
	Opens func(k model.Kind) bool
	// SaveFile asks where to save a file suggested as name (a form, a spreadsheet, a package),
	// writes it with write (temp file, fsync, rename) and offers to open it. Screens print with it.
	SaveFile func(name string, write func(w io.Writer) error)
	// Go runs work that takes seconds (a package, a batch of forms) away from the window; work
	// shows its results through fyne.Do.
	Go func(work func())
	// Task runs t away from the window behind a dialog with its progress (and Отказ when
	// t.Cancel), then t.Done on the window's goroutine: work whose time grows with the school.
	Task func(t Task)
}

// Task is work whose time grows with the school — writing a printed form or a spreadsheet,
// reading a file, a batch of documents — run by Env.Task away from the window's goroutine.
type Task struct {
	// Title says what is being done, above the progress.
	Title string
	// Cancel offers Отказ: Work then watches ctx and returns early with its error.
	Cancel bool
	// Work does the job. It must not touch widgets; progress reports done of total steps.
	Work func(ctx context.Context, progress func(done, total int)) error
	// Done runs on the window's goroutine once Work has returned, with its error.
	Done func(err error)
}

// Phrase is a user-facing text: its translation key and its Bulgarian wording, looked up when
// shown so a change of language reaches it. It is a pair, not a struct, so that every section
// package writes its phrases as {"key", "текст"} without naming the fields (vet asks for named
// fields in literals of another package's structs).
type Phrase [2]string

// String returns the text in the current language; a phrase without a key is the same in all.
func (p Phrase) String() string {
	key, bg := p[0], p[1]
	if key == "" {
		return bg
	}
	return lang.X(key, bg)
}

// Item is a form row labelled with the phrase, in the current language.
func (p Phrase) Item(w fyne.CanvasObject) *widget.FormItem { return widget.NewFormItem(p.String(), w) }

// Wrapped is a label that wraps its text at word ends, taking no width of its own: the one way
// screens show a sentence or a message that may be longer than the column.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// FileName is the name the app suggests for a file it writes: in Bulgarian, Cyrillic kept
// (issue #17: „iok-Желязков-math.pdf“ mixed Latin in), only the characters Windows refuses in a
// name (\ / : * ? " < > |) replaced by '-'.
func FileName(format string, args ...any) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, fmt.Sprintf(format, args...))
}
