package export

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// exportScreen exchanges sync packages with the other computer (the director's and the
// accountant's) and prints every document of a period into a folder. Its parts: sending a
// package (exportSend), receiving one with its dry run and conflicts (exportReceive), the
// trusted computers, and the batch print (exportPrint).
type exportScreen struct {
	env *kit.Env
	// data is the shown year as the store keeps it live (kit.LiveShownYear): shared and
	// read-only, also for the background work (packages, batch print). nil before the school
	// and a year are entered.
	data *model.YearData
	key  syncpack.Key // this file's signing key

	message *widget.Label // why nothing can be sent or printed yet
	send    *exportSend
	receive *exportReceive
	peers   *exportPeers
	print   *exportPrint
	dossier *exportDossier
	code    *exportPrintCode
	cal     *exportCalendar

	content fyne.CanvasObject
	scrolls []*container.Scroll // the scroll of the columns
}

// relayout lays the columns out again after a text in them grew: a scroll does not notice that
// its content needs more height by itself.
func (s *exportScreen) relayout() {
	for _, sc := range s.scrolls {
		sc.Refresh()
	}
}

// NewExportScreen builds the Експорт screen.
func NewExportScreen(env *kit.Env) kit.Screen {
	s := &exportScreen{env: env, message: kit.Wrapped("")}
	s.send = newExportSend(s)
	s.receive = newExportReceive(s)
	s.peers = newExportPeers(s)
	s.print = newExportPrint(s)
	s.dossier = NewExportDossier(s.env, func() *model.YearData { return s.data })
	s.code = newExportPrintCode(s)
	s.cal = newExportCalendar(s)
	// The exchange with the other computer first: on a laptop the columns stand one under the
	// other, and sending and receiving are what the screen is opened for.
	left := container.NewVBox(s.message,
		widget.NewCard(lang.X("export.send.title", "Изпращане на пакет"), "", s.send.content),
		widget.NewCard(lang.X("export.receive.title", "Получаване на пакет"), "", s.receive.content),
		widget.NewCard(lang.X("export.peers.title", "Доверени компютри"), "", s.peers.content))
	right := container.NewVBox(
		widget.NewCard(lang.X("export.print.title", "Печат на всички документи"), "", s.print.content),
		widget.NewCard(lang.X("export.dossier.title", "Проектно досие"), "", s.dossier.Content),
		widget.NewCard(lang.X("export.code.title", "Проверка на отпечатан документ"), "", s.code.content),
		widget.NewCard(lang.X("export.calendar.title", "Календар на училището"), "", s.cal.content))
	// Columns, not a split: two columns side by side on a wide window, one under the other on
	// a 1366×768 laptop at 125 % (issue #17: the split's two minimum widths added up to 938 px).
	s.scrolls = []*container.Scroll{container.NewVScroll(kit.Columns(left, right))}
	s.content = s.scrolls[0]
	s.Refresh()
	return s
}

// Content implements Screen.
func (s *exportScreen) Content() fyne.CanvasObject { return s.content }

// Changed implements kit.Watcher: the shown year, the trusted computers (a setting) and the
// key follow every commit — a received package, a pairing, another screen's save. What the
// user typed (the package's path, the code, the print folder) stays.
func (s *exportScreen) Changed(c store.Change) {
	if s.data != nil && !c.Affects(s.data.Programme.Year) && len(c.Settings) == 0 {
		return
	}
	s.Refresh()
}

// Refresh implements Screen: it reads the shown year, the key and the trusted computers.
func (s *exportScreen) Refresh() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	s.data = d
	if d == nil {
		s.message.SetText(kit.NoYearText())
		s.message.Show()
	} else {
		s.message.Hide()
	}
	if key, err := syncpack.InstallationKey(s.env.DB); err != nil {
		s.env.ShowError(err)
	} else {
		s.key = key
	}
	s.peers.refresh()
	s.send.refresh()
	s.receive.refresh()
	s.print.refresh()
	s.dossier.Refresh()
	s.cal.refresh()
}

// folderURI is the folder of the open data file, where the dialogs start.
func (s *exportScreen) folderURI() fyne.ListableURI { return dataFolderURI(s.env) }

// dataFolderURI is the folder of the open data file, where the dialogs start.
func dataFolderURI(env *kit.Env) fyne.ListableURI {
	dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(env.DB.Path())))
	if err != nil {
		return nil
	}
	return dir
}

// pickFile lets the user choose a package and calls then with its path.
func (s *exportScreen) pickFile(then func(path string)) {
	kit.ChoosePath(s.env, []string{".zip"}, s.folderURI(), then)
}

// pickFolder lets the user choose a folder and calls then with its path.
func (s *exportScreen) pickFolder(then func(path string)) { chooseFolder(s.env, then) }

// chooseFolder lets the user choose a folder, starting at the data file's, and calls then with
// its path.
func chooseFolder(env *kit.Env, then func(path string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			env.ShowError(err)
			return
		}
		if u != nil {
			then(u.Path())
		}
	}, env.Window)
	if dir := dataFolderURI(env); dir != nil {
		d.SetLocation(dir)
	}
	kit.ShowFileDialog(env.Window, d) // its places in Bulgarian (issue #17)
}

// pathRow is an entry for a path with a button that opens a dialog to choose it.
func pathRow(entry *widget.Entry, choose func()) fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, widget.NewButton(lang.X("export.choose", "Избери…"), choose), entry)
}
