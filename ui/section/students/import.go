package students

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// importView imports the class lists a school already keeps — НЕИСПУО's exports or its own
// XLSX/CSV: the user picks the file, which is read off the UI goroutine; the header row (found
// below any title rows), the columns' fields and the class of a per-class file are proposed and
// may be changed; every row is checked and shown — to add, to update, skipped (totals,
// signatures, ЦДО repeats, leavers) or wrong — with the students of the file's classes it no
// longer lists; and the changes go in in one transaction, or nothing while any row is wrong.
type importView struct {
	s *studentsScreen

	path      *kit.DialogEntry
	readBtn   *widget.Button
	progress  *widget.ProgressBarInfinite
	reading   *widget.Label
	headerRow *widget.Select
	class     *kit.DialogEntry
	leavers   *widget.Select
	mapping   *fyne.Container // one select per column of the header
	summary   *widget.Label
	problems  *widget.Label
	missing   *widget.Label
	table     *widget.Table
	commit    *widget.Button
	content   fyne.CanvasObject

	keys   func(*fyne.KeyEvent) // the canvas's key handler while the view is shown (Esc)
	before func(*fyne.KeyEvent) // the one it replaced

	name   string     // the file's name, for the class of a per-class export
	rows   [][]string // every row of the file
	setup  model.ClassListSetup
	result model.ClassListImport
}

// newImportView builds the view for the students screen s.
func newImportView(s *studentsScreen) *importView {
	v := &importView{s: s, path: kit.NewDialogEntry(), mapping: container.NewVBox(),
		summary: kit.Wrapped(""), problems: kit.Wrapped(""), missing: kit.Wrapped(""), reading: widget.NewLabel(""),
		progress: widget.NewProgressBarInfinite(), class: kit.NewDialogEntry()}
	// Esc leaves the view, in its entries (which keep the keys typed in them) and elsewhere.
	v.path.OnEscape = v.leave
	v.class.OnEscape = v.leave
	v.path.SetPlaceHolder(lang.X("import.path.hint", "път до файла .xlsx, .csv или .txt"))
	v.path.OnSubmitted = func(string) { v.read() }
	v.problems.Importance = widget.DangerImportance
	v.progress.Hide()
	v.progress.Stop()
	v.reading.Hide()
	v.headerRow = widget.NewSelect(nil, func(string) { v.chooseHeader(v.headerRow.SelectedIndex()) })
	v.headerRow.PlaceHolder = lang.X("import.header.ph", "изберете файл и натиснете „Прочети“")
	v.class.SetPlaceHolder(lang.X("import.class.hint", "напр. 5 а"))
	v.leavers = widget.NewSelect([]string{lang.X("import.leavers.out", "не се внасят"),
		lang.X("import.leavers.mark", "внасят се, отбелязани като напуснали")}, nil)
	v.leavers.SetSelectedIndex(0)
	v.leavers.OnChanged = func(string) { v.check() }
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.result.Rows), 4 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		v.cell)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("") }
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		heads := []string{lang.X("import.col.line", "Ред"), lang.X("import.col.student", "Ученик"),
			lang.X("import.col.class", "Клас"), lang.X("import.col.note", "Бележка")}
		if id.Col >= 0 && id.Col < len(heads) {
			o.(*widget.Label).SetText(heads[id.Col])
		}
	}
	for col, w := range []float32{50, 240, 70, 640} {
		v.table.SetColumnWidth(col, w)
	}
	v.commit = widget.NewButtonWithIcon(lang.X("import.commit", "Внеси"), theme.ConfirmIcon(), v.save)
	v.commit.Importance = widget.HighImportance
	v.commit.Disable()
	v.content = v.layout()
	return v
}

// layout: the file and how to read it on top, the mapping on the left, the checked rows on the
// right.
func (v *importView) layout() fyne.CanvasObject {
	browse := widget.NewButtonWithIcon(lang.X("import.browse", "Избери…"), theme.FolderOpenIcon(), v.browse)
	v.readBtn = widget.NewButtonWithIcon(lang.X("import.read", "Прочети"), theme.ViewRefreshIcon(), v.read)
	back := widget.NewButtonWithIcon(lang.X("import.back", "Назад към учениците"), theme.NavigateBackIcon(), v.leave)
	file := container.NewBorder(nil, nil, nil, container.NewHBox(browse, v.readBtn),
		widget.NewForm(kit.Phrase{"import.file", "Файл"}.Item(v.path)))
	// НЕИСПУО's grid exports only the page it shows (gridExporter.vue gets the page's items).
	neispuo := kit.Wrapped(lang.X("import.neispuo",
		"От НЕИСПУО: „Списък с ученици“ → под таблицата „Редове на страница“: „Всички“ → иконата за Excel (иначе се изнася само показаната страница)."))
	hint := kit.Wrapped(lang.X("import.hint",
		"Заглавният ред се намира сам, под заглавията на списъка. Проверете какво съдържа всяка колона; учениците се внасят само ако всички редове са верни."))
	opts := widget.NewForm(kit.Phrase{"import.header", "Заглавен ред"}.Item(v.headerRow),
		kit.Phrase{"import.class", "Клас на редовете без клас"}.Item(v.class),
		kit.Phrase{"import.leavers", "Отписани, преместени, напуснали"}.Item(v.leavers))
	title := widget.NewLabel(lang.X("import.mapping", "Колони на файла"))
	title.TextStyle.Bold = true
	left := container.NewVScroll(container.NewVBox(opts, title, v.mapping))
	bg := canvas.NewRectangle(nil)
	bg.SetMinSize(fyne.NewSize(0, 140)) // a few rows of the table, still within 1093×614
	// The problems and the students no longer in the list can be long (a whole school): they
	// scroll above the rows, so the screen fits 1366×768 at a scale of 1.25.
	notes := container.NewVSplit(container.NewVScroll(container.NewVBox(v.problems, v.missing)), container.NewStack(bg, v.table))
	notes.Offset = 0.3
	right := container.NewBorder(v.summary, nil, nil, nil, notes)
	split := container.NewHSplit(left, right)
	split.Offset = 0.35
	top := container.NewVBox(file, neispuo, hint, container.NewBorder(nil, nil, v.reading, nil, v.progress))
	return container.NewBorder(top, container.NewHBox(back, v.commit), nil, nil, split)
}

// cell fills one cell of the checked rows.
func (v *importView) cell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	r := v.result.Rows[id.Row]
	l.Importance = widget.MediumImportance
	switch id.Col {
	case 0:
		l.SetText(fmt.Sprint(r.Line))
	case 1:
		l.SetText(r.Student.Name.String())
	case 2:
		l.SetText(r.Student.ClassName())
	default:
		l.SetText(rowNote(r))
		if len(r.Problems) > 0 {
			l.Importance = widget.DangerImportance
		}
	}
	l.Refresh()
}

// rowNote says what becomes of a row.
func rowNote(r model.ClassListRow) string {
	switch {
	case len(r.Problems) > 0:
		return strings.Join(r.Problems, "; ")
	case r.Skipped != "":
		return lang.X("import.skipped", "пропуска се: ") + r.Skipped
	case r.Known && r.Changed:
		return lang.X("import.update", "вече е в списъка — данните му ще бъдат обновени")
	case r.Known:
		return lang.X("import.duplicate", "вече е в списъка, без промяна")
	case r.Student.Left:
		return lang.X("import.ok.left", "ще бъде внесен, отбелязан като напуснал")
	case r.Student.PersonalNumberKind == model.PersonalNumberIDN:
		// An ИДН has no check digit: shown, so that a mistyped ЕГН taken for one is seen.
		return lang.X("import.ok.idn", "ще бъде внесен с ИДН {{.N}} (номер на документ)", map[string]any{"N": r.Student.PersonalNumber})
	}
	return lang.X("import.ok", "ще бъде внесен")
}

// browse picks the file in a dialog.
func (v *importView) browse() {
	kit.ChoosePath(v.s.env, []string{".xlsx", ".csv", ".txt"}, nil, func(path string) {
		v.path.SetText(path)
		v.read()
	})
}

// close goes back to the list of students.
func (v *importView) close() {
	v.content.Hide()
	v.s.main.Show()
	if c := v.s.env.Window; c != nil && v.keys != nil {
		c.Canvas().SetOnTypedKey(v.before)
		v.keys, v.before = nil, nil
	}
}

// leave goes back to the list of students (Esc, „Назад към учениците“); a file read with
// changes ready to go in asks first, with the one guard: Запази is „Внеси“ (issue #17).
func (v *importView) leave() {
	if !v.pending() {
		v.close()
		return
	}
	kit.AskUnsaved(v.s.env.Window, importEditor{v}, lang.X("import.unsaved", "Прочетеният списък не е внесен."), v.close, nil)
}

// importEditor is the import view as the guard sees it: its pending changes are the input.
type importEditor struct{ v *importView }

func (e importEditor) Content() fyne.CanvasObject { return e.v.content }
func (e importEditor) Dirty() bool                { return e.v.pending() }
func (e importEditor) Refresh()                   { e.v.drop() }
func (e importEditor) Save() error                { return e.v.commitChanges() }

// pending reports whether the view holds a list read and checked, waiting for „Внеси“: unsaved
// input, for the view's own guard (leave) and the window's (the screen's Dirty, issue #17).
func (v *importView) pending() bool { return v.content.Visible() && !v.commit.Disabled() }

// drop forgets the list read — the user discarded it (Откажи промените), or another year is
// shown, for which its rows were not checked. The view stays as it is, its file named, to be
// read again; nothing was imported.
func (v *importView) drop() {
	v.name, v.rows = "", nil
	v.setup, v.result = model.ClassListSetup{}, model.ClassListImport{}
	v.commit.Disable()
	v.headerRow.SetOptions(nil)
	v.headerRow.ClearSelected()
	v.mapping.Objects = nil
	v.mapping.Refresh()
	for _, l := range []*widget.Label{v.summary, v.problems, v.missing} {
		l.SetText("")
	}
	v.table.Refresh()
	v.s.changed() // the status line no longer says the screen holds unsaved input
}

// listenEsc makes Esc leave the view while nothing focused takes it (the canvas hears a key
// only then); the window's own key handler comes back when the view closes.
func (v *importView) listenEsc() {
	win := v.s.env.Window
	if win == nil || v.keys != nil {
		return
	}
	c := win.Canvas()
	v.before = c.OnTypedKey()
	before := v.before
	v.keys = func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape && v.content.Visible() {
			if app := fyne.CurrentApp(); app == nil || app.Driver().CanvasForObject(v.content) != nil {
				v.leave()
				return
			}
		}
		if before != nil {
			before(ev)
		}
	}
	c.SetOnTypedKey(v.keys)
}

// back goes back to the list of students with an empty form.
func (v *importView) back() {
	v.close()
	v.s.list.UnselectAll()
	v.s.edit(model.Student{Year: v.s.year})
}

// Shown implements kit.Shower: coming back to Ученици from another section shows the list and
// the form. A list read and not yet imported is unsaved input: the window's guard asked before
// the section was left (Dirty) and it was imported or dropped then; were one still pending, it
// would stay shown, never closed unasked.
func (s *studentsScreen) Shown() {
	if v := s.importer; v.content.Visible() && !v.pending() {
		v.close()
	}
}

// showImport shows the import view in place of the list and the form, asking first when the
// form holds unsaved input.
func (s *studentsScreen) showImport() {
	kit.WhenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."), func() {
		s.edit(model.Student{Year: s.year})
		s.main.Hide()
		s.importer.content.Show()
		s.importer.listenEsc()
		s.env.Window.Canvas().Focus(s.importer.path)
	}, nil)
}
