package students

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// read reads the file off the UI goroutine, showing how many rows it has read, then proposes
// how to import it and checks the rows.
func (v *importView) read() {
	path := strings.TrimSpace(v.path.Text)
	v.readBtn.Disable()
	v.reading.SetText(lang.X("import.reading", "Четене на файла…"))
	v.reading.Show()
	v.progress.Show()
	v.progress.Start()
	go func() {
		rows, err := readClassList(path, func(n int) {
			fyne.Do(func() {
				v.reading.SetText(lang.X("import.reading.rows", "Прочетени редове: {{.N}}", map[string]any{"N": n}))
			})
		})
		fyne.Do(func() {
			defer v.readBtn.Enable() // last: the file is read and checked once it can be read again
			v.progress.Stop()
			v.progress.Hide()
			v.reading.SetText("")
			v.reading.Hide() // an empty line would take a row of the small screen
			if err != nil {
				v.s.env.ShowError(kit.ReadError(path, err))
				return
			}
			v.loaded(filepath.Base(path), rows)
		})
	}()
}

// readClassList reads the rows of a class list file.
func readClassList(path string, progress sheets.Progress) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := sheets.ReadTableFrom(filepath.Base(path), f, progress)
	if err == nil && len(rows) < 2 {
		err = model.Errorf(model.CodeEmptyFile, "", "%s", lang.X("import.empty", "файлът няма редове с ученици под заглавния ред"))
	}
	return rows, err
}

// loaded proposes the header row, the mapping and the class of the rows of a file just read.
func (v *importView) loaded(name string, rows [][]string) {
	v.name, v.rows = name, rows
	v.setup = model.SetupClassList(rows, name)
	var options []string
	for i := 0; i < len(rows) && i < 30; i++ {
		options = append(options, lang.X("import.header.row", "ред {{.N}}: {{.Cells}}",
			map[string]any{"N": i + 1, "Cells": cutText(strings.Join(nonEmpty(rows[i]), " | "), 60)}))
	}
	v.headerRow.OnChanged = nil
	v.headerRow.SetOptions(options)
	v.headerRow.SetSelectedIndex(v.setup.HeaderRow)
	v.headerRow.OnChanged = func(string) { v.chooseHeader(v.headerRow.SelectedIndex()) }
	v.class.OnChanged = nil
	v.class.SetText(v.setup.Options.Class)
	v.class.OnChanged = func(string) { v.check() }
	v.showMapping()
	v.check()
}

// chooseHeader takes row i as the header: the mapping is guessed again from it.
func (v *importView) chooseHeader(i int) {
	if i < 0 || i >= len(v.rows) || i == v.setup.HeaderRow && v.setup.Mapping != nil {
		return
	}
	v.setup.HeaderRow, v.setup.Options.FirstLine = i, i+2
	v.setup.Mapping = model.GuessClassListMapping(v.rows[i])
	v.showMapping()
	v.check()
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func cutText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// showMapping shows one select per column of the header, labelled with the column's header.
func (v *importView) showMapping() {
	var labels []string
	for _, f := range model.ClassListFields {
		labels = append(labels, f.Text(kit.ModelLang()))
	}
	form := widget.NewForm()
	header := v.rows[v.setup.HeaderRow]
	for i, h := range header {
		sel := widget.NewSelect(labels, nil)
		sel.SetSelectedIndex(int(v.setup.Mapping[i]))
		sel.OnChanged = func(string) {
			v.setup.Mapping[i] = model.ClassListFields[sel.SelectedIndex()]
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

// options are the user's choices besides the mapping.
func (v *importView) options() model.ClassListOptions {
	o := v.setup.Options
	o.Class = strings.TrimSpace(v.class.Text)
	o.Leavers = model.Leavers(max(v.leavers.SelectedIndex(), 0))
	return o
}

// check checks the rows by the mapping and shows the outcome.
func (v *importView) check() {
	defer v.s.changed() // the status line says whether a list waits for „Внеси“ (Dirty)
	v.commit.Disable()
	v.problems.SetText("")
	v.missing.SetText("")
	v.result = model.ClassListImport{}
	if v.rows == nil {
		return
	}
	opts := v.options()
	if err := model.CheckClassListMapping(v.setup.Mapping, opts); err != nil {
		v.summary.SetText(lang.X("import.mapping.bad", "Изберете колоните:"))
		v.problems.SetText(strings.Join(modelMessages(err), "\n"))
		v.table.Refresh()
		return
	}
	existing := make([]model.Student, len(v.s.all))
	for i, st := range v.s.all {
		existing[i] = *st
	}
	v.result = model.CheckClassList(v.rows[v.setup.HeaderRow+1:], v.setup.Mapping, v.s.year, existing, opts)
	c := v.result.Counts()
	v.summary.SetText(lang.X("import.summary", "За внасяне: {{.Add}}; с грешки: {{.Bad}}; вече в списъка: {{.Known}} (за обновяване: {{.Update}}); пропуснати редове: {{.Skipped}}.",
		map[string]any{"Add": c.Add, "Bad": c.Bad, "Known": c.Update + c.Unchanged, "Update": c.Update, "Skipped": c.Skipped}))
	v.problems.SetText(v.problemLines(10))
	v.missing.SetText(v.missingLine(10))
	v.table.Refresh()
	if c.Bad == 0 && c.Add+c.Update > 0 && v.s.year != 0 {
		v.commit.Enable()
	}
}

// missingLine names the students of the file's classes that the file no longer lists: they are
// not deleted (they may have groups and records), only named, so the user can see to them.
func (v *importView) missingLine(n int) string {
	if len(v.result.Missing) == 0 {
		return ""
	}
	var names []string
	for i, st := range v.result.Missing {
		if i == n {
			names = append(names, "…")
			break
		}
		names = append(names, st.Name.String()+" ("+st.ClassName()+")")
	}
	return lang.X("import.missing", "Вече не са в списъка ({{.N}}), остават в програмата: ", map[string]any{"N": len(v.result.Missing)}) +
		strings.Join(names, ", ")
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
			out[i] = kit.Sentence(e.Text(kit.ModelLang()))
		}
		return out
	}
	return []string{err.Error()}
}

// save adds the new students and updates the known ones in one transaction: all, or none.
func (v *importView) save() {
	if err := v.commitChanges(); err != nil {
		v.s.env.ShowError(err)
	}
}

// commitChanges puts the checked rows in, in one transaction, and goes back to the list.
func (v *importView) commitChanges() error {
	add, update := v.result.Changes()
	if len(add)+len(update) == 0 {
		return nil
	}
	if _, err := ops.SaveClassList(v.s.env.DB, v.s.year, add, update); err != nil {
		return err
	}
	v.back() // the list shows the imported students when the commit reaches Changed
	v.s.message.SetText(v.s.yearLine() + " — " + lang.X("import.done", "внесени са {{.N}} ученици, обновени {{.U}}",
		map[string]any{"N": len(add), "U": len(update)}))
	return nil
}
