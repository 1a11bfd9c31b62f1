package ui

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// saveFile asks where to save a file the program makes — a printed form, a spreadsheet, a
// package — suggesting name in the folder of the data file, then writes it with write through
// a temporary file, fsync and rename, so a failure never leaves half a file. When it is written
// the user may open it in the program the system uses for such files (to print a PDF).
func (m *Main) saveFile(name string, write func(w io.Writer) error) {
	if m.opt.SavePath != nil { // tests: no dialog
		m.writeFile(m.opt.SavePath(name), write)
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			kit.ShowError(m.win, err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := wc.URI().Path()
		_ = wc.Close() // the dialog created the file; WriteFileAtomic replaces it
		m.writeFile(path, write)
	}, m.win)
	d.SetFileName(name)
	if dir := m.folder(); dir != nil {
		d.SetLocation(dir)
	}
	kit.ShowFileDialog(m.win, d)
}

// writeFile writes path away from the window (a whole year's package or a long form takes
// seconds at a big school), then tells the user where it is, offering to open it.
func (m *Main) writeFile(path string, write func(w io.Writer) error) {
	m.runTask(kit.Task{
		Title: lang.X("save.writing", "Записва се „{{.Name}}“…", map[string]any{"Name": filepath.Base(path)}),
		Work:  func(context.Context, func(int, int)) error { return store.WriteFileAtomic(path, write) },
		Done:  func(err error) { m.written(path, err) },
	})
}

// written tells the user that path is written, offering to open it, or why it is not.
func (m *Main) written(path string, err error) {
	if err != nil {
		kit.ShowError(m.win, fmt.Errorf("write %s: %w", filepath.Base(path), err))
		return
	}
	if m.opt.SavePath != nil {
		return
	}
	msg := kit.Wrapped(lang.X("save.done", "Файлът е записан: {{.Path}}", map[string]any{"Path": path}))
	dialog.ShowCustomConfirm(lang.X("save.title", "Записано"), lang.X("save.open", "Отвори"),
		lang.X("dialog.close", "Затвори"), msg, func(open bool) {
			if !open {
				return
			}
			u, err := url.Parse(storage.NewFileURI(path).String())
			if err == nil {
				err = m.app.OpenURL(u)
			}
			if err != nil {
				kit.ShowError(m.win, fmt.Errorf("open %s: %w", path, err))
			}
		}, m.win)
}
