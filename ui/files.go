package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// DefaultPath returns the data file used when none is named (store.DefaultPath: beside the
// program in portable mode, else in the user's configuration folder), creating the folder.
func DefaultPath() (string, error) { return store.DefaultPath() }

// OpenPath opens the data file at path (the default file when path is "") in place of the open
// one, after asking about unsaved input. When the file cannot be opened, the open file stays
// and the user is told why and what to do.
func (m *Main) OpenPath(path string) {
	m.leave(func() { m.openPath(path, false) }, func() {})
}

// openPath opens path and attaches it; demo marks a copy of a demo file.
func (m *Main) openPath(path string, demo bool) {
	if path == "" {
		p, err := DefaultPath()
		if err != nil {
			kit.ShowError(m.win, err)
			return
		}
		path = p
	}
	if m.env != nil && samePath(m.env.DB.Path(), path) {
		return // already open; opening it again would wait for our own lock
	}
	if m.opening {
		return // one open at a time: the first one's answer decides
	}
	// Opening verifies the whole file (every record's checksum): away from the window, with its
	// progress on the status line.
	m.opening = true
	if m.status != nil {
		m.status.SetText(lang.X("status.verifying", "Проверка на файла „{{.Name}}“…", map[string]any{"Name": filepath.Base(path)}))
	}
	if m.env == nil {
		m.showOpening(path)
	}
	m.goWork(func() {
		restore := loadingGC()
		db, err := m.opt.Open(path)
		if err == nil {
			warmYear(db, m.opt.Now())
		}
		restore()
		fyne.Do(func() {
			m.opening = false
			m.opened(path, demo, db, err)
		})
	})
}

// verifying shows the open's verification on the status line; called from the opening goroutine.
func (m *Main) verifying(path string) func(done, total int) {
	return func(done, total int) {
		fyne.Do(func() {
			m.status.SetText(lang.X("status.verifying.n", "Проверка на файла „{{.Name}}“: {{.Done}} от {{.Total}} части…",
				map[string]any{"Name": filepath.Base(path), "Done": done, "Total": total}))
		})
	}
}

// opened attaches the file the open gave, or tells the user why it cannot be opened.
func (m *Main) opened(path string, demo bool, db *store.DB, err error) {
	if m.closed { // the window closed while the file was being checked
		if err == nil {
			_ = db.Close()
		}
		m.adoptTemp(false)
		return
	}
	if err != nil && m.env == nil {
		m.showNoFile() // the open's skeleton (startup.go) gives way to what the user can do
	}
	m.updateStatus() // the status line said „Проверка…“
	var corrupt *store.CorruptError
	defer func() { m.pendingDemo = false }()
	if err != nil {
		m.adoptTemp(false)
	}
	switch {
	case err == nil:
		m.Attach(db)
		m.adoptTemp(true)
		if m.pendingDemo {
			m.showDemoPassphrase()
		}
		m.demo = demo
		m.noteBackup(db.BackupErrs())
		if p := m.opt.Receive; p != "" {
			m.opt.Receive = "" // once: not again when another file is opened
			m.receivePackage(p)
		}
	case errors.Is(err, store.ErrNotDataFile) && model.ErrorCode(err) == model.CodeEmptyFile:
		m.askInitEmpty(path)
	case errors.Is(err, store.ErrLocked):
		kit.ShowInformation(m.win, lang.X("open.locked.title", "Файлът е зает"), lang.X("open.locked", "Файлът е отворен в друг екземпляр на програмата (или от друга програма): „{{.Name}}“. Затворете го там и опитайте отново.",
			map[string]any{"Name": filepath.Base(path)}))
	case errors.As(err, &corrupt) && len(corrupt.Backups) > 0:
		m.offerRestore(corrupt)
	case errors.Is(err, errNoPassphrase):
		// Отказ at the passphrase: the file stays closed, nothing to tell (it said „Действието не
		// можа да завърши…“, the words of an unexpected error).
	default:
		kit.ShowError(m.win, err)
	}
}

// samePath reports whether a and b name one file.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(fa, fb)
}

// dataFilter shows only data files in the file dialogs.
var dataFilter = storage.NewExtensionFileFilter([]string{".db"})

// openFileDialog lets the user pick a data file and opens it (Ctrl+O).
func (m *Main) openFileDialog() {
	m.pickFile(func(path string) { m.OpenPath(path) })
}

// openDemoDialog lets the user pick a demo file and opens a copy of it in the temporary folder,
// so trying the program out never changes the demo.
func (m *Main) openDemoDialog() {
	m.pickFile(func(path string) {
		m.leave(func() {
			cp, err := copyDemo(path)
			if err != nil {
				kit.ShowError(m.win, err)
				return
			}
			m.keepTemp(filepath.Dir(cp))
			m.openPath(cp, true)
		}, func() {})
	})
}

// pickFile shows the file-open dialog in the folder of the open file and calls then with the path picked.
func (m *Main) pickFile(then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			kit.ShowError(m.win, err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		_ = r.Close()
		then(path)
	}, m.win)
	d.SetFilter(dataFilter)
	if dir := m.folder(); dir != nil {
		d.SetLocation(dir)
	}
	kit.ShowFileDialog(m.win, d)
}

// folder returns the folder of the open data file, or nil.
func (m *Main) folder() fyne.ListableURI {
	if m.env == nil {
		return nil
	}
	dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(m.env.DB.Path())))
	if err != nil {
		return nil
	}
	return dir
}

// newFileDialog asks for a folder and a file name and creates a new, empty data file there.
// It never overwrites: a name that exists is refused.
func (m *Main) newFileDialog() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			kit.ShowError(m.win, err)
			return
		}
		if dir != nil {
			m.askFileName(dir.Path())
		}
	}, m.win)
	if dir := m.folder(); dir != nil {
		d.SetLocation(dir)
	}
	kit.ShowFileDialog(m.win, d)
}

// askFileName asks for the new file's name in dir and opens it.
func (m *Main) askFileName(dir string) {
	name := widget.NewEntry()
	name.SetText("tvoyatchas-new.db")
	name.Validator = func(s string) error {
		_, err := newFilePath(dir, s)
		return err
	}
	items := []*widget.FormItem{widget.NewFormItem(lang.X("newfile.name", "Име на файла"), name)}
	items[0].HintText = dir
	d := dialog.NewForm(lang.X("menu.file.new", "Нов файл…"), lang.X("newfile.create", "Създай"),
		lang.X("dialog.cancel", "Отказ"), items, func(ok bool) {
			if !ok {
				return
			}
			if path, err := newFilePath(dir, name.Text); err == nil {
				m.OpenPath(path)
			}
		}, m.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// newFilePath returns the path of a new data file called name in dir, with the .db extension
// added when missing. It refuses names with a folder in them and files that exist.
func newFilePath(dir, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, `/\:*?"<>|`) {
		return "", errors.New(lang.X("newfile.badname", "въведете име на файл без / \\ : * ? \" < > |"))
	}
	if filepath.Ext(name) != ".db" {
		name += ".db"
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return "", errors.New(lang.X("newfile.exists", "файлът вече съществува: отворете го с „Отвори файл…“ или изберете друго име"))
	}
	return path, nil
}

// copyDemo copies the demo file at path into the temporary folder and returns the copy's path.
func copyDemo(path string) (string, error) {
	// A folder of its own each time: the copy opened before may still be open.
	dir, err := os.MkdirTemp("", "tvoyatchas-demo-")
	if err != nil {
		return "", fmt.Errorf("copy demo: %w", err)
	}
	target := filepath.Join(dir, filepath.Base(path))
	if err := copyFile(path, target); err != nil {
		return "", fmt.Errorf("copy demo: %w", err)
	}
	return target, nil
}

// copyFile copies src to dst, replacing dst.
func copyFile(src, dst string) error {
	// Owner-only, written temp + fsync + rename: the kept copy of a damaged file and an imported
	// copy hold the school's data like the file itself (issue #13).
	return store.CopyPrivate(src, dst)
}

// noteBackup shows on the status line why the open's backup was not made and which older backup
// could not be brought to the file's protection (issue #13), or clears the note.
func (m *Main) noteBackup(made, upgraded error) {
	var notes []string
	if made != nil {
		_, msg, _ := kit.DescribeError(made)
		notes = append(notes, lang.X("status.backup.refused", "Резервно копие не е направено: {{.Why}}", map[string]any{"Why": msg}))
	}
	if upgraded != nil {
		_, msg, _ := kit.DescribeError(upgraded)
		notes = append(notes, lang.X("status.backup.notUpgraded", "Старо резервно копие не е обновено: {{.Why}}", map[string]any{"Why": msg}))
	}
	m.backupWarn = strings.Join(notes, " — ")
	m.updateStatus()
}

// askInitEmpty asks before an empty file becomes a new school: it may be a file whose data was
// lost, which the user would rather restore from a backup.
func (m *Main) askInitEmpty(path string) {
	msg := lang.X("open.empty", "Файлът „{{.Name}}“ е празен. Да започне ли в него ново училище? Ако в него е имало данни, изберете „Не“ и възстановете резервно копие.",
		map[string]any{"Name": filepath.Base(path)})
	kit.ShowConfirm(m.win, lang.X("open.empty.title", "Празен файл"), msg, true, func(ok bool) {
		if !ok {
			return
		}
		if m.opt.InitEmpty == nil {
			db, err := store.Open(path, store.Options{Now: m.opt.Now, InitEmpty: true})
			m.initialised(db, err)
			return
		}
		m.goWork(func() { // the passphrase is asked away from the window
			db, err := m.opt.InitEmpty(path)
			fyne.Do(func() { m.initialised(db, err) })
		})
	})
}

// initialised attaches a file just set up as a new school, or says why it could not be.
func (m *Main) initialised(db *store.DB, err error) {
	if err != nil {
		kit.ShowError(m.win, err)
		return
	}
	if db == nil {
		return // the user did not give a passphrase: nothing was set up
	}
	m.Attach(db)
	m.demo = false
	m.noteBackup(nil, nil)
}

// receivePackage shows Експорт and has it check the package at path (Options.Receive).
func (m *Main) receivePackage(path string) {
	m.show(sectionExport)
	if o, ok := m.screens[sectionExport].(kit.PackageOpener); ok {
		o.OpenPackage(path)
	}
}
