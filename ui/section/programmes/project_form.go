package programmes

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// projectForm edits one project's contract: its number and dates, period, budget, activities
// with their budget lines in euro, and period reports. The contract's rules (the lines add up to
// the budget, no activity over its plan, reports by their due day) are findings of the draft.
type projectForm struct {
	s       *screen
	id      model.ID // the project edited; "" for a new one
	entries []model.ProjectEntry
	loading bool
	dirty   bool

	name, procedure, number, signed, start, end, budget *widget.Entry
	activities, lines, reports                          *widget.Entry
	note, problem                                       *widget.Label
	findings                                            *kit.FindingsBox
	save, del                                           *widget.Button
	docs                                                *documentsRow
	content                                             fyne.CanvasObject
}

func newProjectForm(s *screen) *projectForm {
	f := &projectForm{s: s}
	ch := f.changed
	f.name = kit.NewTextEntry("", ch)
	f.procedure = kit.NewTextEntry("", ch)
	f.number = kit.NewTextEntry("BG05SFPR001-…", ch)
	f.signed, f.start, f.end = kit.NewDateField(true, ch), kit.NewDateField(false, ch), kit.NewDateField(false, ch)
	f.budget = kit.NewTextEntry("0,00 €", ch)
	f.activities = kit.NewTextArea(activitiesFormat(), 4, ch)
	f.lines = kit.NewTextArea(budgetLinesFormat(), 5, ch)
	f.reports = kit.NewTextArea(reportsFormat(), 3, ch)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("programmes.prj.name", "Наименование на проекта"), f.name),
		widget.NewFormItem(lang.X("programmes.prj.procedure", "Процедура"), f.procedure),
		widget.NewFormItem(lang.X("programmes.prj.number", "Номер на договора"), f.number),
		widget.NewFormItem(lang.X("programmes.prj.signed", "Договорът е от"), f.signed),
		widget.NewFormItem(lang.X("programmes.prj.start", "Начало"), f.start),
		widget.NewFormItem(lang.X("programmes.prj.end", "Край"), f.end),
		widget.NewFormItem(lang.X("programmes.prj.budget", "Бюджет (€)"), f.budget),
		widget.NewFormItem(lang.X("programmes.activities", "Дейности"), f.activities),
		widget.NewFormItem(lang.X("programmes.lines", "Бюджетни редове"), f.lines),
		widget.NewFormItem(lang.X("programmes.reports", "Отчети"), f.reports),
	)
	f.note = kit.Wrapped("")
	f.note.Hide()
	f.problem = kit.Wrapped("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
	f.findings = kit.NewFindingsBox()
	f.save = widget.NewButtonWithIcon(lang.X("programmes.save", "Запази"), theme.DocumentSaveIcon(), s.saveButton(f))
	f.save.Importance = widget.HighImportance
	undo := widget.NewButtonWithIcon(lang.X("programmes.undo", "Откажи промените"), theme.ContentUndoIcon(), func() {
		f.discard()
		s.reload()
	})
	f.del = widget.NewButtonWithIcon(lang.X("programmes.delete", "Изтрий"), theme.DeleteIcon(), func() {
		s.remove(model.KindProject, f.id, lang.X("programmes.prj.this", "проектът „{{.Name}}“", map[string]any{"Name": f.name.Text}),
			func() { f.discard(); s.prj.sel = "" })
	})
	f.docs = newDocumentsRow(s)
	kit.SaveOnEnter(s.env, func() error { return s.put(f) }, f.name, f.procedure, f.number, f.signed, f.start, f.end, f.budget)
	f.content = container.NewVScroll(container.NewVBox(f.note, form, f.problem, f.findings.Object(), container.NewHBox(f.save, undo, f.del, s.historyButton(model.KindProject, func() model.ID { return f.id })), f.docs.content))
	return f
}

// changed marks typed input unsaved and checks the draft again.
func (f *projectForm) changed() {
	if f.loading {
		return
	}
	f.dirty = true
	f.s.env.MarkChanged()
	f.recheck()
}

// show fills the form with project p (live, read-only; nil for a new one or none) chosen as sel.
// Unsaved input stays: a project deleted meanwhile is said to be so, and saving makes it anew.
func (f *projectForm) show(p *model.Project, sel model.ID, entries []model.ProjectEntry, haveYear bool) {
	f.entries = entries
	f.save.Enable()
	if !haveYear {
		f.save.Disable()
	}
	f.note.Hide()
	if f.dirty {
		if f.id != "" && p == nil {
			f.id = ""
			f.note.SetText(lang.X("programmes.deleted", "Записът беше изтрит междувременно: „Запази“ ще го запише отново като нов."))
			f.note.Show()
		}
		f.recheck()
		return
	}
	if p == nil {
		p = &model.Project{}
	}
	f.fill(p)
	if f.id == "" {
		f.del.Disable()
	} else {
		f.del.Enable()
	}
}

// fill shows p in the fields.
func (f *projectForm) fill(p *model.Project) {
	f.loading = true
	defer func() { f.loading = false }()
	f.id = p.ID
	f.name.SetText(p.Name)
	f.procedure.SetText(p.Procedure)
	f.number.SetText(p.ContractNo)
	f.signed.SetText(kit.DateText(p.ContractOn))
	f.start.SetText(kit.DateText(p.Start))
	f.end.SetText(kit.DateText(p.End))
	f.budget.SetText("")
	if !p.Budget.IsZero() {
		f.budget.SetText(p.Budget.Number())
	}
	f.activities.SetText(formatActivities(p.Activities))
	f.lines.SetText(formatBudgetLines(p.Activities))
	f.reports.SetText(formatReports(p.Reports))
	f.dirty = false
	f.recheck()
}

// draft is the project the fields describe, a new value sharing nothing with the live year.
func (f *projectForm) draft() (*model.Project, error) {
	var es model.Errors
	p := &model.Project{ID: f.id, Programme: model.ProgrammeEducation2127, Name: kit.TrimText(f.name.Text),
		Procedure: kit.TrimText(f.procedure.Text), ContractNo: kit.TrimText(f.number.Text)}
	for _, d := range []struct {
		e     *widget.Entry
		label string
		to    *model.Date
	}{
		{f.signed, lang.X("programmes.prj.signed", "Договорът е от"), &p.ContractOn},
		{f.start, lang.X("programmes.prj.start", "Начало"), &p.Start},
		{f.end, lang.X("programmes.prj.end", "Край"), &p.End},
	} {
		v, err := kit.ParseOptionalDate(d.e.Text)
		if err != nil {
			es.Add(labelled(err, d.label))
		}
		*d.to = v
	}
	var err error
	if p.Budget, err = euro(f.budget.Text); err != nil {
		es.Add(labelled(err, lang.X("programmes.prj.budget", "Бюджет (€)")))
	}
	p.Activities, err = parseActivities(f.activities.Text, f.lines.Text)
	es.Add(err)
	p.Reports, err = parseReports(f.reports.Text)
	es.Add(err)
	return p, es.Err()
}

// recheck shows what cannot be read, or the contract's findings about the draft as of today.
func (f *projectForm) recheck() {
	p, err := f.draft()
	if err != nil {
		f.problem.SetText(problemText(err))
		f.problem.Show()
		f.findings.Show(nil)
		return
	}
	f.problem.Hide()
	if !f.dirty && f.id == "" {
		f.findings.Show(nil)
		return
	}
	if p.ID == "" {
		p.ID = "(нов)" // the findings name the project; its entries are none yet
	}
	f.findings.Show(model.CheckProject(p, f.entries, model.DateOf(f.s.env.Now())))
}

// record implements form: the draft, validated by the model (Project.Validate).
func (f *projectForm) record() (model.Record, error) {
	if !f.dirty {
		return nil, nil
	}
	p, err := f.draft()
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// saved implements form: the pane shows the saved project.
func (f *projectForm) saved(r model.Record) {
	f.id, f.dirty = r.RecordID(), false
	f.s.prj.sel, f.s.prj.fresh = f.id, false
}

// discard implements form.
func (f *projectForm) discard() { f.dirty = false }

// planText is the project's plan against what was recorded, by activity and budget line
// (model.ProjectPlanVsActual over the whole period).
func planText(p *model.Project, entries []model.ProjectEntry) string {
	if p == nil {
		return lang.X("programmes.plan.none", "Изберете проект или въведете нов.")
	}
	text := lang.X("programmes.plan.head", "„{{.Name}}“, договор № {{.No}}, {{.From}} – {{.To}}, бюджет {{.Budget}}",
		map[string]any{"Name": p.Name, "No": p.ContractNo, "From": p.Start.String(), "To": p.End.String(), "Budget": p.Budget.String()})
	plan, spent := model.Euro(0, 0), model.Euro(0, 0)
	for _, a := range model.ProjectPlanVsActual(p, entries, model.Date{}, model.Date{}) {
		text += "\n\n" + lang.X("programmes.plan.activity",
			"Дейност {{.No}} „{{.Name}}“: план {{.Plan}}, изразходвани {{.Spent}}, остатък {{.Left}}; часове {{.Hours}} от {{.PlanHours}}; участници {{.Done}} от {{.PlanDone}}",
			map[string]any{"No": a.No, "Name": a.Name, "Plan": a.Plan.String(), "Spent": a.Spent.String(), "Left": a.Left.String(),
				"Hours": a.Hours.String(), "PlanHours": a.PlanHours.String(), "Done": a.Done, "PlanDone": a.PlanParticipants})
		for _, l := range a.Lines {
			text += "\n   " + lang.X("programmes.plan.line", "ред {{.Code}} „{{.Name}}“: {{.Spent}} от {{.Plan}}",
				map[string]any{"Code": l.Code, "Name": l.Name, "Spent": l.Spent.String(), "Plan": l.Plan.String()})
		}
		plan, spent = plan.Add(a.Plan), spent.Add(a.Spent)
	}
	return text + "\n\n" + lang.X("programmes.plan.total", "Общо: план {{.Plan}}, изразходвани {{.Spent}}, остатък {{.Left}}",
		map[string]any{"Plan": plan.String(), "Spent": spent.String(), "Left": plan.Sub(spent).String()})
}
