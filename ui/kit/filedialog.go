package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// ShowFileDialog shows d over win at FileDialogSize, its places in the window's language. Fyne
// translates its buttons through lang (bg.json has its keys) but shows the names of its places
// („Home“, „Computer“, „Documents“…) as they are (issue #17), so the list of places is made to
// show them translated. Esc closes it as „Отказ“ does (Fyne's file dialogs ignore Esc): the
// window hears Esc while the dialog is shown, and a save dialog's file name is typed in an
// entry that answers Esc.
func ShowFileDialog(win fyne.Window, d *dialog.FileDialog) {
	d.Resize(FileDialogSize)
	d.Show()
	if win == nil {
		return
	}
	for _, o := range win.Canvas().Overlays().List() {
		translatePlaces(o)
	}
	escCloses(win, d)
}

// escCloses makes Esc dismiss the file dialog d shown over win: with nothing focused through
// the window's key handler (its own comes back when d closes), in the save dialog's name entry
// through an entry of ours put in place of Fyne's, which keeps Fyne's in step.
func escCloses(win fyne.Window, d *dialog.FileDialog) {
	c := win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			d.Dismiss()
			return
		}
		if before != nil {
			before(ev)
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(before) })
	top := c.Overlays().Top()
	if top == nil {
		return
	}
	eachObject(top, func(o fyne.CanvasObject) {
		s, ok := o.(*container.Scroll)
		if !ok {
			return
		}
		theirs, ok := s.Content.(*widget.Entry)
		if !ok {
			return
		}
		ours := NewDialogEntry()
		ours.SetPlaceHolder(theirs.PlaceHolder)
		ours.SetText(theirs.Text)
		ours.OnEscape = d.Dismiss
		ours.OnSubmitted = theirs.OnSubmitted
		ours.OnChanged = func(text string) { theirs.SetText(text) } // the dialog reads and checks theirs
		changed := theirs.OnChanged
		theirs.OnChanged = func(text string) {
			if changed != nil {
				changed(text)
			}
			if ours.Text != text {
				ours.SetText(text) // a file chosen in the list names the file
			}
		}
		s.Content = ours
		s.Refresh()
		c.Focus(ours)
	})
}

// eachObject visits o and what it holds through the public fields of the containers a dialog
// is made of (a pop-up holding containers, splits and scrolls).
func eachObject(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch c := o.(type) {
	case *widget.PopUp:
		eachObject(c.Content, visit)
	case *fyne.Container:
		for _, ch := range c.Objects {
			eachObject(ch, visit)
		}
	case *container.Split:
		eachObject(c.Leading, visit)
		eachObject(c.Trailing, visit)
	case *container.Scroll:
		eachObject(c.Content, visit)
	}
}

// places are Fyne's names of the file dialog's places (dialog/file.go, file_unix.go,
// file_windows.go) with their words.
var places = map[string]Phrase{
	"Home":      Phrase{"file.place.home", "Домашна папка"},
	"Computer":  Phrase{"file.place.computer", "Компютър"},
	"App Files": Phrase{"file.place.appfiles", "Файлове на програмата"},
	"Desktop":   Phrase{"file.place.desktop", "Работен плот"},
	"Documents": Phrase{"file.place.documents", "Документи"},
	"Downloads": Phrase{"file.place.downloads", "Изтегляния"},
	"Music":     Phrase{"file.place.music", "Музика"},
	"Pictures":  Phrase{"file.place.pictures", "Снимки"},
	"Videos":    Phrase{"file.place.videos", "Видео"},
	"Movies":    Phrase{"file.place.movies", "Филми"},
}

// translatePlaces finds the list of places under o and translates each item as it is drawn.
func translatePlaces(o fyne.CanvasObject) {
	eachObject(o, func(o fyne.CanvasObject) {
		c, ok := o.(*widget.List)
		if !ok || c.UpdateItem == nil {
			return
		}
		update := c.UpdateItem
		c.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			box, ok := item.(*fyne.Container)
			if !ok {
				return
			}
			for _, ch := range box.Objects {
				if l, ok := ch.(*widget.Label); ok {
					if p, ok := places[l.Text]; ok {
						l.SetText(p.String())
					}
				}
			}
		}
		c.Refresh()
	})
}
