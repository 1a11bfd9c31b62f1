package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// importView imports the class lists a school already keeps, XLSX or CSV: the user picks the
// file, maps its columns to the student's fields (guessed from the header), sees every row
// checked, and adds all the valid rows in one transaction — or nothing, while any row is wrong.
type importView struct {
	s *studentsScreen

	path     *widget.Entry
	mapping  *fyne.Container // one select per column of the file
	summary  *widget.Label
	problems *widget.Label
	table    *widget.Table
	commit   *widget.Button
	content  fyne.CanvasObject

	header []string
	rows   [][]string // the data rows, header excluded
	fields []model.ClassListField
	result model.ClassListImport
}

// newImportView builds the view for the students screen s.
func newImportView(s *studentsScreen) *importView {
	v := &importView{s: s, path: widget.NewEntry(), mapping: container.NewVBox(),
		summary: wrapped(""), problems: wrapped("")}
	v.path.SetPlaceHolder(lang.X("import.path.hint", "път до файла .xlsx или .csv"))
	v.path.OnSubmitted = func(string) { v.read() }
	v.problems.Importance = widget.DangerImportance
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

// layout: the file on top, the mapping on the left, the checked rows on the right.
func (v *importView) layout() fyne.CanvasObject {
	browse := widget.NewButtonWithIcon(lang.X("import.browse", "Избери…"), theme.FolderOpenIcon(), v.browse)
	read := widget.NewButtonWithIcon(lang.X("import.read", "Прочети"), theme.ViewRefreshIcon(), v.read)
	back := widget.NewButtonWithIcon(lang.X("import.back", "Назад към учениците"), theme.NavigateBackIcon(), v.close)
	file := container.NewBorder(nil, nil, nil, container.NewHBox(browse, read),
		widget.NewForm(phrase{"import.file", "Файл"}.item(v.path)))
	hint := wrapped(lang.X("import.hint",
		"Първият ред на файла е заглавието на колоните. Изберете какво съдържа всяка колона; учениците се внасят само ако всички редове са верни."))
	title := widget.NewLabel(lang.X("import.mapping", "Колони на файла"))
	title.TextStyle.Bold = true
	left := container.NewBorder(title, nil, nil, nil, container.NewVScroll(v.mapping))
	bg := canvas.NewRectangle(nil)
	bg.SetMinSize(fyne.NewSize(0, 200))
	right := container.NewBorder(container.NewVBox(v.summary, v.problems), nil, nil, nil, container.NewStack(bg, v.table))
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	top := container.NewVBox(file, hint)
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
	case r.Duplicate:
		return lang.X("import.duplicate", "вече е в списъка (същото ЕГН/ЛНЧ) — пропуска се")
	}
	return lang.X("import.ok", "ще бъде внесен")
}

// browse picks the file in a dialog.
func (v *importView) browse() {
	choosePath(v.s.env, []string{".xlsx", ".csv", ".txt"}, nil, func(path string) {
		v.path.SetText(path)
		v.read()
	})
}

// read reads the file, guesses the mapping and checks the rows.
func (v *importView) read() {
	path := strings.TrimSpace(v.path.Text)
	data, err := os.ReadFile(path)
	if err == nil {
		var rows [][]string
		rows, err = sheets.ReadTable(filepath.Base(path), data)
		if err == nil && len(rows) < 2 {
			err = model.Errorf("empty_file", "", "%s", lang.X("import.empty", "файлът няма редове с ученици под заглавния ред"))
		}
		if err == nil {
			v.header, v.rows = rows[0], rows[1:]
		}
	}
	if err != nil {
		v.s.env.ShowError(readError(path, err))
		return
	}
	v.fields = model.GuessClassListMapping(v.header)
	v.showMapping()
	v.check()
}

// readError tells the user why a file could not be read.
func readError(path string, err error) error {
	if _, ok := err.(*model.Error); ok {
		return err
	}
	return fmt.Errorf("%w: %w", model.Errorf("unreadable", "", "%s", lang.X("import.unreadable",
		"файлът „{{.Name}}“ не може да бъде прочетен: изберете таблица .xlsx или .csv", map[string]any{"Name": filepath.Base(path)})), err)
}

// showMapping shows one select per column, labelled with the column's header.
func (v *importView) showMapping() {
	var labels []string
	for _, f := range model.ClassListFields {
		labels = append(labels, f.Label())
	}
	form := widget.NewForm()
	for i, h := range v.header {
		sel := widget.NewSelect(labels, nil)
		sel.SetSelectedIndex(int(v.fields[i]))
		sel.OnChanged = func(string) {
			v.fields[i] = model.ClassListFields[sel.SelectedIndex()]
			v.check()
		}
		if strings.TrimSpace(h) == "" {
			h = lang.X("import.column", "Колона {{.N}}", map[string]any{"N": i + 1})
		}
		form.AppendItem(widget.NewFormItem(h, sel))
	}
	v.mapping.Objects = []fyne.CanvasObject{form}
	v.mapping.Refresh()
}

// check checks the rows by the mapping and shows the outcome.
func (v *importView) check() {
	v.commit.Disable()
	v.problems.SetText("")
	v.result = model.ClassListImport{}
	if err := model.CheckClassListMapping(v.fields); err != nil {
		v.summary.SetText(lang.X("import.mapping.bad", "Изберете колоните:"))
		v.problems.SetText(strings.Join(modelMessages(err), "\n"))
		v.table.Refresh()
		return
	}
	existing := make([]model.Student, len(v.s.all))
	for i, st := range v.s.all {
		existing[i] = *st
	}
	v.result = model.CheckClassList(v.rows, v.fields, v.s.year, existing)
	add, bad, dup := v.result.Counts()
	v.summary.SetText(lang.X("import.summary", "За внасяне: {{.Add}}; с грешки: {{.Bad}}; вече в списъка: {{.Dup}}.",
		map[string]any{"Add": add, "Bad": bad, "Dup": dup}))
	v.problems.SetText(v.problemLines(10))
	v.table.Refresh()
	if bad == 0 && add > 0 && v.s.year != 0 {
		v.commit.Enable()
	}
}

// problemLines lists the rows with problems, at most n, so they are read without scrolling.
func (v *importView) problemLines(n int) string {
	var lines []string
	bad := 0
	for _, r := range v.result.Rows {
		if len(r.Problems) == 0 {
			continue
		}
		bad++
		if len(lines) < n {
			lines = append(lines, lang.X("import.row", "Ред {{.N}}", map[string]any{"N": r.Line})+": "+strings.Join(r.Problems, "; "))
		}
	}
	if bad > 0 {
		lines = append([]string{lang.X("import.nothing", "Нищо не се внася, докато има редове с грешки: поправете файла или изберете други колони.")}, lines...)
	}
	if bad > n {
		lines = append(lines, lang.X("import.more", "… и още {{.N}} реда с грешки", map[string]any{"N": bad - n}))
	}
	return strings.Join(lines, "\n")
}

// modelMessages returns the Bulgarian messages of a model error.
func modelMessages(err error) []string {
	if es, ok := err.(model.Errors); ok {
		out := make([]string, len(es))
		for i, e := range es {
			out[i] = sentence(e.Msg)
		}
		return out
	}
	return []string{err.Error()}
}

// save adds every valid row in one transaction: all of them, or none.
func (v *importView) save() {
	students := v.result.Valid()
	if len(students) == 0 {
		return
	}
	rs := make([]model.Record, len(students))
	for i := range students {
		rs[i] = &students[i]
	}
	if err := v.s.db.PutAll(rs...); err != nil {
		v.s.env.ShowError(fmt.Errorf("import class list: %w", err))
		return
	}
	v.s.data.Students = append(v.s.data.Students, students...)
	v.back()
	v.s.message.SetText(v.s.yearLine() + " — " + lang.X("import.done", "внесени са {{.N}} ученици",
		map[string]any{"N": len(students)}))
}

// close goes back to the list of students.
func (v *importView) close() {
	v.content.Hide()
	v.s.main.Show()
}

// back goes back to the list of students, with the imported ones kept in the shown year.
func (v *importView) back() {
	v.close()
	if err := v.s.index(); err != nil {
		v.s.env.ShowError(err)
	}
	v.s.applyFilter()
	v.s.edit(model.Student{Year: v.s.year})
}

// showImport shows the import view in place of the list and the form, asking first when the
// form holds unsaved input.
func (s *studentsScreen) showImport() {
	whenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."), func() {
		s.edit(model.Student{Year: s.year})
		s.main.Hide()
		s.importer.content.Show()
		s.env.Window.Canvas().Focus(s.importer.path)
	}, nil)
}
