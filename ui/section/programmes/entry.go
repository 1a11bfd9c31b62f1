package programmes

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// entryPane lists the entries of the chosen project — what was spent, the hours worked and the
// participants, each against a budget line of an activity — and edits one. The people, students
// and suppliers an entry names are the school's shared records, by ID, never copied.
type entryPane struct {
	s       *screen
	project *model.Project       // the live project, read-only; nil: none saved is chosen
	all     []model.ProjectEntry // every project's entries, live, read-only
	rows    []model.ProjectEntry // the chosen project's, by date
	id      model.ID             // the entry edited; "" for a new one
	base    model.ProjectEntry   // the stored entry edited, as read
	loading bool
	dirty   bool

	list                              *widget.List
	activity, line                    *widget.Select
	date, what, amount, hours, others *widget.Entry
	note, problem                     *widget.Label
	findings                          *kit.FindingsBox
	students                          *studentsField
	person, supplier                  *refChoice
	save, add, del                    *widget.Button
	content                           fyne.CanvasObject
}

func newEntryPane(s *screen) *entryPane {
	e := &entryPane{s: s}
	ch := e.changed
	e.list = widget.NewList(func() int { return len(e.rows) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(e.rows) {
				o.(*widget.Label).SetText(entryLine(&e.rows[i]))
			}
		})
	e.list.OnSelected = func(i widget.ListItemID) {
		if i >= len(e.rows) || e.rows[i].ID == e.id {
			return
		}
		id := e.rows[i].ID
		kit.WhenClean(s.env.Window, s, lang.X("programmes.ask", "Другият запис ще замени въведеното, което не е запазено."),
			func() { e.choose(id); e.show(e.project, e.all) }, e.reselect)
	}
	e.activity = widget.NewSelect(nil, func(string) { e.fillLines(""); ch() })
	e.line = widget.NewSelect(nil, func(string) { ch() })
	e.date = kit.NewDateField(false, ch)
	e.what = kit.NewTextEntry("", ch)
	e.amount = kit.NewTextEntry("0,00 €", ch)
	e.hours = kit.NewTextEntry("0", ch)
	e.others = kit.NewCountField(ch)
	e.students = newStudentsField(e)
	e.person, e.supplier = newRefChoice(ch), newRefChoice(ch)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("programmes.ent.activity", "Дейност"), e.activity),
		widget.NewFormItem(lang.X("programmes.ent.line", "Бюджетен ред"), e.line),
		widget.NewFormItem(lang.X("programmes.ent.date", "Дата"), e.date),
		widget.NewFormItem(lang.X("programmes.ent.what", "Описание"), e.what),
		widget.NewFormItem(lang.X("programmes.ent.amount", "Сума (€)"), e.amount),
		widget.NewFormItem(lang.X("programmes.ent.hours", "Часове"), e.hours),
		widget.NewFormItem(lang.X("programmes.ent.person", "Лице"), e.person.sel),
		widget.NewFormItem(lang.X("programmes.ent.supplier", "Доставчик"), e.supplier.sel),
		widget.NewFormItem(lang.X("programmes.ent.students", "Ученици"), e.students.content),
		widget.NewFormItem(lang.X("programmes.ent.others", "Участници извън учениците"), e.others),
	)
	e.note, e.problem = kit.Wrapped(""), kit.Wrapped("")
	e.note.Hide()
	e.problem.Importance = widget.DangerImportance
	e.problem.Hide()
	e.findings = kit.NewFindingsBox()
	e.save = widget.NewButtonWithIcon(lang.X("programmes.save", "Запази"), theme.DocumentSaveIcon(), s.saveButton(e))
	e.save.Importance = widget.HighImportance
	e.add = widget.NewButtonWithIcon(lang.X("programmes.ent.new", "Нов запис"), theme.ContentAddIcon(), func() {
		kit.WhenClean(s.env.Window, s, lang.X("programmes.ask", "Другият запис ще замени въведеното, което не е запазено."),
			func() { e.choose(""); e.show(e.project, e.all) }, nil)
	})
	e.del = widget.NewButtonWithIcon(lang.X("programmes.delete", "Изтрий"), theme.DeleteIcon(), func() {
		s.remove(model.KindProjectEntry, e.id, lang.X("programmes.ent.this", "записът „{{.What}}“", map[string]any{"What": e.base.What}),
			func() { e.choose("") })
	})
	kit.SaveOnEnter(s.env, func() error { return s.put(e) }, e.date, e.what, e.amount, e.hours, e.others)
	right := container.NewVScroll(container.NewVBox(e.note, form, e.problem, e.findings.Object(), container.NewHBox(e.save, e.del, s.historyButton(model.KindProjectEntry, func() model.ID { return e.id }))))
	split := container.NewHSplit(container.NewBorder(nil, e.add, nil, nil, e.list), right)
	split.Offset = 0.4
	e.content = split
	return e
}

// entryLine is an entry as the list shows it.
func entryLine(en *model.ProjectEntry) string {
	s := en.Date.String() + " · " + strconv.Itoa(en.Activity) + "/" + en.Line + " · " + en.What
	if !en.Amount.IsZero() {
		s += " · " + kit.Money(en.Amount)
	}
	return s
}

// choose makes entry id (or a new one) the one the form shows next, dropping unsaved input.
func (e *entryPane) choose(id model.ID) {
	e.id, e.dirty = id, false
}

// show lists project p's entries among all (live, read-only) and fills the form, unless it
// holds unsaved input: that stays, and an entry deleted meanwhile is said to be so.
func (e *entryPane) show(p *model.Project, all []model.ProjectEntry) {
	e.project, e.all, e.rows = p, all, nil
	for _, en := range all {
		if p != nil && en.ProjectID == p.ID {
			e.rows = append(e.rows, en)
		}
	}
	slices.SortStableFunc(e.rows, func(a, b model.ProjectEntry) int { return a.Date.Compare(b.Date) })
	e.list.Refresh()
	if p == nil {
		e.add.Disable()
		e.save.Disable()
	} else {
		e.add.Enable()
		e.save.Enable()
	}
	e.note.Hide()
	i := slices.IndexFunc(e.rows, func(x model.ProjectEntry) bool { return x.ID == e.id })
	switch {
	case e.dirty && e.id != "" && i < 0:
		e.id = ""
		e.note.SetText(lang.X("programmes.deleted", "Записът беше изтрит междувременно: „Запази“ ще го запише отново като нов."))
		e.note.Show()
	case !e.dirty && i >= 0:
		e.fill(&e.rows[i])
	case !e.dirty:
		e.fill(&model.ProjectEntry{})
	}
	if e.id == "" {
		e.del.Disable()
	} else {
		e.del.Enable()
	}
	e.reselect()
	e.recheck()
}

// reselect marks the edited entry's row.
func (e *entryPane) reselect() {
	kit.ReselectID(e.list, len(e.rows), func(i int) model.ID { return e.rows[i].ID }, e.id)
}

// activityOption is „1 — наименование“.
func activityOption(a *model.ProjectActivity) string { return strconv.Itoa(a.No) + " — " + a.Name }

// lineOption is „1.1 — наименование“.
func lineOption(l *model.BudgetLine) string { return l.Code + " — " + l.Name }

// optionKey is the number or code an option starts with.
func optionKey(o string) string { k, _, _ := strings.Cut(o, " — "); return k }

// fillLines offers the budget lines of the chosen activity, choosing code.
func (e *entryPane) fillLines(code string) {
	e.line.Options, e.line.Selected = nil, ""
	if e.project != nil {
		no, _ := strconv.Atoi(optionKey(e.activity.Selected))
		if a, ok := e.project.Activity(no); ok {
			for i := range a.Lines {
				e.line.Options = append(e.line.Options, lineOption(&a.Lines[i]))
				if a.Lines[i].Code == code {
					e.line.Selected = lineOption(&a.Lines[i])
				}
			}
		}
	}
	e.line.Refresh()
}

// fill shows en (read-only) in the fields.
func (e *entryPane) fill(en *model.ProjectEntry) {
	e.loading = true
	defer func() { e.loading = false }()
	e.id, e.base = en.ID, *en
	e.activity.Options, e.activity.Selected = nil, ""
	if e.project != nil {
		for i := range e.project.Activities {
			a := &e.project.Activities[i]
			e.activity.Options = append(e.activity.Options, activityOption(a))
			if a.No == en.Activity {
				e.activity.Selected = activityOption(a)
			}
		}
	}
	e.activity.Refresh()
	e.fillLines(en.Line)
	e.date.SetText(kit.DateText(en.Date))
	e.what.SetText(en.What)
	e.amount.SetText("")
	if !en.Amount.IsZero() {
		e.amount.SetText(en.Amount.Number())
	}
	e.hours.SetText(hoursText(en.Hours))
	e.others.SetText(kit.Itoa(en.Others))
	e.students.set(en.StudentIDs)
	ids, names := peopleOf(e.s.prj.year)
	e.person.set(ids, names, en.PersonID)
	ids, names = suppliersOf(e.s.prj.year)
	e.supplier.set(ids, names, en.SupplierID)
	e.dirty = false
}

// changed marks typed input unsaved and checks the draft again.
func (e *entryPane) changed() {
	if e.loading {
		return
	}
	e.dirty = true
	e.s.env.MarkChanged()
	e.recheck()
}

// draft is the entry the fields describe: a new value; the students it names are copied.
func (e *entryPane) draft() (*model.ProjectEntry, error) {
	en := &model.ProjectEntry{ID: e.id, Line: optionKey(e.line.Selected), What: kit.TrimText(e.what.Text),
		PersonID: e.person.id(), SupplierID: e.supplier.id(), StudentIDs: slices.Clone(e.students.ids)}
	if e.project != nil {
		en.ProjectID = e.project.ID
	}
	en.Activity, _ = strconv.Atoi(optionKey(e.activity.Selected))
	var es model.Errors
	var err error
	if en.Date, err = kit.ParseOptionalDate(e.date.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.ent.date", "Дата")))
	}
	if en.Amount, err = euro(e.amount.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.ent.amount", "Сума (€)")))
	}
	if en.Hours, err = hours(e.hours.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.ent.hours", "Часове")))
	}
	if en.Others, err = kit.CountOf(e.others.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.ent.others", "Участници извън учениците")))
	}
	return en, es.Err()
}

// recheck shows what cannot be read, or the contract's findings about the draft entry.
func (e *entryPane) recheck() {
	en, err := e.draft()
	if err != nil {
		e.problem.SetText(problemText(err))
		e.problem.Show()
		e.findings.Show(nil)
		return
	}
	e.problem.Hide()
	if e.project == nil || (!e.dirty && e.id == "") {
		e.findings.Show(nil)
		return
	}
	if en.ID == "" {
		en.ID = "(нов)"
	}
	others := slices.DeleteFunc(slices.Clone(e.all), func(x model.ProjectEntry) bool { return x.ID == en.ID })
	fs := model.CheckProject(e.project, append(others, *en), model.DateOf(e.s.env.Now()))
	e.findings.Show(kit.FindingsAbout(fs, en.ID))
}

// record implements form: the draft, validated by the model (ProjectEntry.Validate).
func (e *entryPane) record() (model.Record, error) {
	if !e.dirty {
		return nil, nil
	}
	if e.project == nil {
		return nil, &model.Error{Code: model.CodeRequired, Field: "ProjectID",
			Msg: lang.X("programmes.ent.noproject", "Първо запазете проекта, после въведете записите по него.")}
	}
	en, err := e.draft()
	if err != nil {
		return nil, err
	}
	if err := en.Validate(); err != nil {
		return nil, err
	}
	return en, nil
}

// saved implements form.
func (e *entryPane) saved(r model.Record) { e.id, e.dirty = r.RecordID(), false }

// discard implements form.
func (e *entryPane) discard() { e.dirty = false }
