package kit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// escape types Esc as the window hears it: into the focused widget, else to the canvas.
func escape(win fyne.Window) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if k := win.Canvas().OnTypedKey(); k != nil {
		k(ev)
	}
}

// Esc closes the file open and save dialogs as „Отказ“ does, with the name entry focused or
// nothing focused, and the window's own key handler comes back (issue #17: Fyne's file dialogs
// ignore Esc).
func TestShowFileDialog_EscCloses(t *testing.T) {
	for _, c := range []struct {
		name    string
		unfocus bool
		make    func(win fyne.Window, closed *int) *dialog.FileDialog
	}{
		{"open", false, func(win fyne.Window, closed *int) *dialog.FileDialog {
			return dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
				if r == nil && err == nil {
					*closed++
				}
			}, win)
		}},
		{"save, name typed", false, func(win fyne.Window, closed *int) *dialog.FileDialog {
			return dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if w == nil && err == nil {
					*closed++
				}
			}, win)
		}},
		{"save, nothing focused", true, func(win fyne.Window, closed *int) *dialog.FileDialog {
			return dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if w == nil && err == nil {
					*closed++
				}
			}, win)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			win := newWindow(t)
			keys := 0
			win.Canvas().SetOnTypedKey(func(*fyne.KeyEvent) { keys++ })
			closed := 0
			d := c.make(win, &closed)
			if dir, err := storage.ListerForURI(storage.NewFileURI(t.TempDir())); err == nil {
				d.SetLocation(dir)
			}
			ShowFileDialog(win, d)
			if top(win) == nil {
				t.Fatal("the dialog is not shown")
			}
			if c.unfocus {
				win.Canvas().Unfocus()
			}
			escape(win)
			if closed != 1 {
				t.Errorf("Esc: the dialog answered cancel %d times, want 1", closed)
			}
			if o := top(win); o != nil && o.Visible() {
				t.Error("Esc did not close the dialog")
			}
			win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if keys != 1 || closed != 1 {
				t.Errorf("after the dialog closed the window's key handler heard %d keys (want 1), the dialog answered %d times", keys, closed)
			}
		})
	}
}

// The save dialog's name entry that answers Esc keeps Fyne's in step: what is typed is the name
// the dialog saves under, and Enter saves.
func TestShowFileDialog_SaveNameTypedIsSaved(t *testing.T) {
	win := newWindow(t)
	dir := t.TempDir()
	var saved string
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if w != nil {
			saved = w.URI().Name()
			w.Close()
		}
	}, win)
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	d.SetLocation(l)
	d.SetFileName("отчет.pdf")
	ShowFileDialog(win, d)
	e, ok := win.Canvas().Focused().(*DialogEntry)
	if !ok {
		t.Fatalf("the focused widget is %T, want the name entry that answers Esc", win.Canvas().Focused())
	}
	if e.Text != "отчет.pdf" {
		t.Errorf("the name entry shows %q, want the suggested name", e.Text)
	}
	e.SetText("")
	test.Type(e, "ведомост.pdf")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if saved != "ведомост.pdf" {
		t.Errorf("Enter saved %q, want the name typed", saved)
	}
}

// Every kind of file dialog the app shows (open, save, folder) names its places in Bulgarian in
// the sidebar — „Домашна папка“, „Компютър“, not Fyne's „Home“, „Computer“ (issue #17; Fyne
// 2.7.1 names them without lang) — also for the rows a larger dialog draws later.
func TestShowFileDialog_PlacesInBulgarianInEveryKind(t *testing.T) {
	for name, newDialog := range map[string]func(win fyne.Window) *dialog.FileDialog{
		"open": func(win fyne.Window) *dialog.FileDialog {
			return dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, win)
		},
		"save": func(win fyne.Window) *dialog.FileDialog {
			return dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, win)
		},
		"folder": func(win fyne.Window) *dialog.FileDialog {
			return dialog.NewFolderOpen(func(fyne.ListableURI, error) {}, win)
		},
	} {
		t.Run(name, func(t *testing.T) {
			win := newWindow(t)
			d := newDialog(win)
			ShowFileDialog(win, d)
			for _, size := range []fyne.Size{FileDialogSize, fyne.NewSize(900, 700)} {
				d.Resize(size)
				shown := texts(top(win))
				for _, english := range []string{"Home", "Computer"} {
					if strings.Contains("\n"+shown, "\n"+english+"\n") {
						t.Errorf("at %v the dialog's places show %q", size, english)
					}
				}
				for _, bulgarian := range []string{"Домашна папка", "Компютър"} {
					if !strings.Contains(shown, bulgarian) {
						t.Errorf("at %v the dialog's places do not show %q", size, bulgarian)
					}
				}
			}
		})
	}
}
