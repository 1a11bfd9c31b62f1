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
// show them translated.
func ShowFileDialog(win fyne.Window, d *dialog.FileDialog) {
	d.Resize(FileDialogSize)
	d.Show()
	if win == nil {
		return
	}
	for _, o := range win.Canvas().Overlays().List() {
		translatePlaces(o)
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

// translatePlaces finds the list of places under o (through the containers' public fields: a
// dialog is a pop-up holding containers and splits) and translates each item as it is drawn.
func translatePlaces(o fyne.CanvasObject) {
	switch c := o.(type) {
	case *widget.PopUp:
		translatePlaces(c.Content)
	case *fyne.Container:
		for _, ch := range c.Objects {
			translatePlaces(ch)
		}
	case *container.Split:
		translatePlaces(c.Leading)
		translatePlaces(c.Trailing)
	case *container.Scroll:
		translatePlaces(c.Content)
	case *widget.List:
		update := c.UpdateItem
		if update == nil {
			return
		}
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
	}
}
