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
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// exportScreen exchanges sync packages with the other computer (the director's and the
// accountant's) and prints every document of a period into a folder. Its parts: sending a
// package (exportSend), receiving one with its dry run and conflicts (exportReceive), the
// trusted computers, and the batch print (exportPrint).
type exportScreen struct {
	env  *kit.Env
	data *model.YearData // the shown year; nil before the school and a year are entered
	key  syncpack.Key    // this file's signing key

	message *widget.Label // why nothing can be sent or printed yet
	send    *exportSend
	receive *exportReceive
	peers   *exportPeers
	print   *exportPrint
	dossier *exportDossier
	code    *exportPrintCode
	cal     *exportCalendar

	content fyne.CanvasObject
	scrolls []*container.Scroll // the two columns
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
	left := container.NewVBox(s.message,
		widget.NewCard(lang.X("export.send.title", "Изпращане на пакет"), "", s.send.content),
		widget.NewCard(lang.X("export.print.title", "Печат на всички документи"), "", s.print.content),
		widget.NewCard(lang.X("export.dossier.title", "Проектно досие"), "", s.dossier.Content),
		widget.NewCard(lang.X("export.code.title", "Проверка на отпечатан документ"), "", s.code.content),
		widget.NewCard(lang.X("export.calendar.title", "Календар на училището"), "", s.cal.content),
		widget.NewCard(lang.X("export.peers.title", "Доверени компютри"), "", s.peers.content))
	right := widget.NewCard(lang.X("export.receive.title", "Получаване на пакет"), "", s.receive.content)
	s.scrolls = []*container.Scroll{container.NewVScroll(left), container.NewVScroll(right)}
	split := container.NewHSplit(s.scrolls[0], s.scrolls[1])
	split.Offset = 0.42
	s.content = split
	s.Refresh()
	return s
}

// Content implements Screen.
func (s *exportScreen) Content() fyne.CanvasObject { return s.content }

// Refresh implements Screen: it reloads the shown year, the key and the trusted computers.
func (s *exportScreen) Refresh() {
	d, err := kit.LoadShownYear(s.env.DB, s.env.Now())
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
	d.Resize(kit.FileDialogSize)
	d.Show()
}

// pathRow is an entry for a path with a button that opens a dialog to choose it.
func pathRow(entry *widget.Entry, choose func()) fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, widget.NewButton(lang.X("export.choose", "Избери…"), choose), entry)
}
