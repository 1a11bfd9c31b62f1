package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/i18n"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
)

// Options configure the main window. The zero value opens files without a passphrase, a new
// one in clear: for tests only; the application's are RunUnlocked's (issue #13).
type Options struct {
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Open opens a data file; default store.Open with the store's default options and the
	// verification's progress on the status line.
	Open func(path string) (*store.DB, error)
	// SavePath, when set, replaces the file-save dialog: it returns the path where a file the
	// program suggests calling name is written. Tests set it.
	SavePath func(name string) string
	// Inline runs the work screens do away from the window (Env.Go) on the caller's goroutine.
	// Tests set it: fyne's test driver runs fyne.Do on whatever goroutine calls it, so work on a
	// goroutine of its own would touch widgets at the same time as the test.
	Inline bool
	// InitEmpty sets up a new school in the empty file at path, encrypted with a passphrase it
	// asks for (RunUnlocked sets it; it runs away from the window). Nil: a plain file (tests).
	InitEmpty func(path string) (*store.DB, error)
	// Receive is a package to check once the data file is open (tvoyatchas --receive FILE: a
	// .tchas file opened from Windows Explorer): Експорт is shown with its dry run.
	Receive string
	// Reminders shows, when a file is attached, the school's deadlines of the next 30 days across
	// its programmes (issue #19). RunUnlocked sets it; tests that do not test it leave it off.
	Reminders bool
}

// Main is the main window: the navigation, the current section's screen, the menus and the
// open data file.
type Main struct {
	app  fyne.App
	win  fyne.Window
	opt  Options
	env  *kit.Env // nil while no file is open
	demo bool     // the open file is a copy of a demo file
	// tempDir is the temporary folder of the open demo, removed with it when it is closed;
	// pendingTemp that of the file being opened (open_with.go).
	tempDir, pendingTemp string
	demoPass             bool // the open file was unlocked with the demo's public passphrase
	pendingDemo          bool // so was the file being opened (unlock.go)
	// promptPassphrase, when set, asks for a file's passphrase in place of waitPassphrase, which
	// blocks until the dialog is answered: tests answer the same dialog on their own goroutine.
	promptPassphrase func(path string, set bool, wrong error) ([]byte, bool)
	// backupWarn says on the status line why the last backup was refused ("" when it was not):
	// the file works, but its newest copy is older than the user may think.
	backupWarn string
	opening    bool // a file is being opened (and verified) away from the window
	closed     bool // the window is closed
	lang       i18n.Language

	screens []kit.Screen // built on first show, one per section
	// stale marks the screens that missed a change since they were last refreshed: a screen that
	// is not a kit.Watcher after any commit, every screen after another year was picked (live.go).
	stale       []bool
	cancelWatch func()    // ends the subscription to the open file's commits (live.go)
	idle        idleState // the idle lock (idle.go)
	current     int

	nav     *widget.List
	heading *widget.Label
	body    *fyne.Container
	status  *widget.Label
	unsaved *widget.Label
	years   *yearBar        // the year picker and the closed year's banner (year.go)
	welcome *fyne.Container // the first run's three ways to start (welcome.go)
}

// New builds the main window in w with no data file open: attach one with Attach or OpenPath.
func New(a fyne.App, w fyne.Window, opt Options) *Main {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	m := &Main{app: a, win: w, opt: opt, lang: i18n.Parse(a.Preferences().String(prefLang))}
	if m.opt.Open == nil {
		m.opt.Open = func(path string) (*store.DB, error) {
			return store.Open(path, store.Options{Now: opt.Now, Progress: m.verifying(path)})
		}
	}
	m.useLanguage(m.lang)
	w.SetTitle(lang.X("app.title", "Твоят час – офлайн"))
	w.SetCloseIntercept(m.RequestClose)
	w.SetOnClosed(m.closeDB)
	m.rebuild()
	m.startIdleCheck()
	return m
}

// Attach makes db the open data file, closing the one open before, and shows the first section.
// The file's language setting, when there is one, becomes the language of the window.
func (m *Main) Attach(db *store.DB) {
	m.closeDB()
	m.env = &kit.Env{
		Window:      m.win,
		DB:          db,
		Now:         m.opt.Now,
		ShowError:   func(err error) { kit.ShowError(m.win, err) },
		MarkChanged: func() { m.touch(); m.updateStatus() },
		Open:        m.openRecord,
		Opens:       func(k model.Kind) bool { return sectionOf(k) >= 0 },
		SaveFile:    m.saveFile,
		Go:          m.goWork,
		Task:        m.runTask,
	}
	m.watch(m.env)
	if v, err := db.Setting(settingLang); err == nil {
		m.useLanguage(i18n.Parse(v))
	} else if !errors.Is(err, store.ErrNotFound) {
		kit.ShowError(m.win, err)
	}
	m.current = 0
	m.rebuild()
	if db.UnlockedWithRecoveryKey() {
		// The recovery key is for the day a passphrase is lost: a new one is set now (issue #13).
		m.askChangePassphrase()
	} else if m.opt.Reminders {
		programmes.ShowReminders(m.env)
	}
}

// RequestClose is what closing the window does: it asks about unsaved input first, then closes
// the data file and the window.
func (m *Main) RequestClose() {
	if m.closed {
		return
	}
	m.leave(func() {
		m.closed = true
		m.rememberSize()
		m.closeDB()
		m.win.Close()
	}, func() {})
}

// closeDB closes the open data file, if any. The screens go with it.
func (m *Main) closeDB() {
	if m.env == nil {
		return
	}
	m.unwatch()
	kit.PickYear(m.env.DB, 0)
	if err := m.env.DB.Close(); err != nil {
		fyne.LogError("close data file", err)
	}
	if m.tempDir != "" {
		removeTemp(m.tempDir)
		m.tempDir = ""
	}
	if m.demoPass {
		m.demoPass = false
		m.win.SetTitle(lang.X("app.title", "Твоят час – офлайн"))
	}
	m.env = nil
	m.screens = nil
	m.stale = nil
}

// rebuild builds the menus, the navigation and the current screen anew: after a change of
// language or of the data file.
func (m *Main) rebuild() {
	m.screens = make([]kit.Screen, len(sections))
	m.stale = make([]bool, len(sections))
	m.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.heading.SizeName = theme.SizeNameSubHeadingText
	m.body = container.NewStack()
	m.status = widget.NewLabel("")
	m.status.Truncation = fyne.TextTruncateEllipsis
	m.unsaved = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Italic: true})
	m.nav = m.newNav()
	m.years = m.newYearBar()
	m.welcome = m.newWelcome()
	if menu := m.newMainMenu(); m.idle.locked {
		m.idle.menu = menu
	} else {
		m.win.SetMainMenu(menu)
	}

	bar := container.NewBorder(nil, nil, nil, m.unsaved, m.status)
	center := container.NewBorder(container.NewVBox(m.heading, m.years.banner, m.welcome), nil, nil, nil, m.body)
	left := container.NewBorder(m.years.content(), nil, nil, widget.NewSeparator(), m.nav)
	m.setContent(newIdleArea(m, container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), bar), left, nil,
		container.NewPadded(center))))
	if m.env == nil {
		m.showNoFile()
		return
	}
	m.show(m.current)
}

// newNav builds the list of sections on the left.
func (m *Main) newNav() *widget.List {
	nav := widget.NewList(
		func() int { return len(sections) },
		func() fyne.CanvasObject { return newNavRow(widget.NewLabel(longestTitle() + "  ")) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*fyne.Container).Objects[0].(*widget.Label).SetText(sections[id].title.String())
		},
	)
	nav.OnSelected = func(id widget.ListItemID) {
		if id == m.current {
			return
		}
		if m.env == nil {
			nav.UnselectAll()
			return
		}
		m.leave(func() { m.show(id) }, func() { nav.Select(m.current) })
	}
	return nav
}

// longestTitle is the widest section title in the current language: the navigation's width.
func longestTitle() string {
	longest := ""
	for _, s := range sections {
		if t := s.title.String(); len([]rune(t)) > len([]rune(longest)) {
			longest = t
		}
	}
	return longest
}

// goTo shows section i, asking first about unsaved input (Ctrl+1 … Ctrl+0).
func (m *Main) goTo(i int) {
	if m.env == nil || i == m.current || i < 0 || i >= len(sections) {
		return
	}
	m.leave(func() { m.show(i) }, func() {})
}

// show makes section i current, building its screen on first use. A screen is loaded in full
// when built and when it is stale (it missed a change: live.go); a screen that missed nothing —
// a Watcher told every change, any screen when nothing was committed since it was last shown —
// is shown as it is. Input the user chose to discard is gone already: the guard's
// „Откажи промените“ refreshes the screen (kit.AskUnsaved).
func (m *Main) show(i int) {
	m.touch()
	fresh := false
	if m.screens[i] == nil {
		m.screens[i] = sections[i].build(m.env)
		m.screens[i].Content() // fail early, not half-way through a layout
		fresh = true
	}
	m.current = i
	m.years.refresh()
	m.nav.Select(i)
	m.heading.SetText(sections[i].title.String())
	if fresh || m.stale[i] {
		m.screens[i].Refresh()
		m.stale[i] = false
	}
	if sh, ok := m.screens[i].(kit.Shower); ok && !fresh {
		sh.Shown()
	}
	// In a scroll: a screen wider or taller than the window (a long message, a 125 % scaled
	// laptop) scrolls inside it rather than growing the window past the screen (issue #17).
	m.body.Objects = []fyne.CanvasObject{container.NewScroll(m.screens[i].Content())}
	m.body.Refresh()
	m.updateStatus()
}

// screen returns the current screen, or nil while no file is open.
func (m *Main) screen() kit.Screen {
	if m.env == nil || m.screens == nil {
		return nil
	}
	return m.screens[m.current]
}

// save saves the current screen's input (Ctrl+S).
func (m *Main) save() {
	m.touch()
	ed, ok := m.screen().(kit.Editor)
	if !ok || !ed.Dirty() {
		return // nothing unsaved: a save would only refuse the blanks of an untouched new form (#21)
	}
	if err := ed.Save(); err != nil {
		kit.ShowError(m.win, err)
		return
	}
	m.updateStatus()
	m.unsaved.SetText(lang.X("status.saved", "Записано."))
}

// updateStatus shows the open file and whether the current screen has unsaved input.
func (m *Main) updateStatus() {
	if m.status == nil {
		return
	}
	if m.env == nil {
		m.status.SetText(lang.X("status.nofile", "Няма отворен файл с данни."))
		m.refreshWelcome()
		m.unsaved.SetText("")
		return
	}
	file := lang.X("status.file", "Файл: {{.Path}}", map[string]any{"Path": m.env.DB.Path()}) + " · " + actorText(m.env.DB.Actor())
	if m.demo {
		file += " " + lang.X("status.demo", "(демо: копие, оригиналът не се променя)")
	}
	if m.demoPass {
		file += " " + lang.X("status.demo.pass", "— парола на демото „{{.Pass}}“", map[string]any{"Pass": store.DemoPassphrase})
	}
	if m.backupWarn != "" {
		file += " — " + m.backupWarn
	}
	m.status.SetText(file)
	m.refreshWelcome()
	if ed, ok := m.screen().(kit.Editor); ok && ed.Dirty() {
		m.unsaved.SetText(lang.X("status.unsaved", "Има незапазени промени (Ctrl+S запазва)."))
	} else {
		m.unsaved.SetText("")
	}
}

// showNoFile fills the content area while no data file is open: what the user can do.
func (m *Main) showNoFile() {
	m.heading.SetText(lang.X("nofile.title", "Няма отворен файл"))
	text := kit.Wrapped(lang.X("nofile.text", "Отворете файла с данните на училището или създайте нов."))
	open := widget.NewButtonWithIcon(lang.X("menu.file.open", "Отвори файл…"), theme.FolderOpenIcon(), m.openFileDialog)
	create := widget.NewButtonWithIcon(lang.X("menu.file.new", "Нов файл…"), theme.DocumentCreateIcon(), m.newFileDialog)
	m.body.Objects = []fyne.CanvasObject{container.NewVBox(text, container.NewHBox(open, create))}
	m.body.Refresh()
	m.updateStatus()
}

// goWork runs work on a goroutine of its own, or at once with Options.Inline (tests).
func (m *Main) goWork(work func()) {
	if m.opt.Inline {
		work()
		return
	}
	go work()
}

// setContent makes c the window's content, or — while the window is locked — the content the
// unlock gives back.
func (m *Main) setContent(c fyne.CanvasObject) {
	if m.idle.locked {
		m.idle.content = c
		return
	}
	m.win.SetContent(c)
}
