package programmes

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// projectPane lists the projects of Програма „Образование“ 2021–2027 (a project spans years:
// every year shows it) and shows the chosen one: its contract, its plan against what was spent
// and done, and its entries.
type projectPane struct {
	s        *screen
	year     *model.YearData      // the live year, read-only: the documents print from it
	projects []model.Project      // the live year's, read-only
	entries  []model.ProjectEntry // the live year's, read-only
	sel      model.ID             // the project shown; "" for none or a new one
	fresh    bool                 // the form holds a new project

	list    *widget.List
	form    *projectForm
	plan    *kit.NumberText
	entry   *entryPane
	sub     *container.AppTabs
	entTab  *container.TabItem
	content fyne.CanvasObject
}

func newProjectPane(s *screen) *projectPane {
	p := &projectPane{s: s}
	p.form = newProjectForm(s)
	p.entry = newEntryPane(s)
	p.plan = kit.NewNumberText("")
	p.list = widget.NewList(func() int { return len(p.projects) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.projects) {
				o.(*widget.Label).SetText(p.projects[i].Name + " (" + p.projects[i].ContractNo + ")")
			}
		})
	p.list.OnSelected = func(i widget.ListItemID) {
		if i >= len(p.projects) || p.projects[i].ID == p.sel && !p.fresh {
			return
		}
		id := p.projects[i].ID
		kit.WhenClean(s.env.Window, s, lang.X("programmes.ask", "Другият запис ще замени въведеното, което не е запазено."),
			func() { p.choose(id, false) }, func() { p.reselect() })
	}
	add := widget.NewButtonWithIcon(lang.X("programmes.project.new", "Нов проект"), theme.ContentAddIcon(), func() {
		kit.WhenClean(s.env.Window, s, lang.X("programmes.ask", "Другият запис ще замени въведеното, което не е запазено."),
			func() { p.choose("", true) }, nil)
	})
	p.entTab = container.NewTabItem(lang.X("programmes.tab.entries", "Записи"), p.entry.content)
	p.sub = container.NewAppTabs(
		container.NewTabItem(lang.X("programmes.tab.contract", "Договор"), p.form.content),
		container.NewTabItem(lang.X("programmes.tab.plan", "План и изпълнение"), container.NewVScroll(p.plan)),
		p.entTab)
	split := container.NewHSplit(container.NewBorder(nil, add, nil, nil, p.list), p.sub)
	split.Offset = 0.22
	p.content = split
	return p
}

// show takes the projects and entries of year d (read-only) and shows the chosen project.
func (p *projectPane) show(d *model.YearData) {
	p.year, p.projects, p.entries = d, nil, nil
	if d != nil {
		p.projects, p.entries = d.Projects, d.ProjectEntries
	}
	p.list.Refresh()
	if p.sel == "" && !p.fresh && !p.form.dirty && len(p.projects) > 0 {
		p.sel = p.projects[0].ID
	}
	p.showChosen(d != nil)
}

// current is the live project shown, or nil (a new one, none, or one deleted meanwhile).
func (p *projectPane) current() *model.Project {
	if i := slices.IndexFunc(p.projects, func(x model.Project) bool { return x.ID == p.sel }); i >= 0 && !p.fresh {
		return &p.projects[i]
	}
	return nil
}

// showChosen fills the form, the plan and the entries of the chosen project.
func (p *projectPane) showChosen(haveYear bool) {
	cur := p.current()
	p.form.show(cur, p.sel, p.entries, haveYear)
	p.form.docs.set(nil)
	if cur != nil && p.year != nil {
		p.form.docs.set(projectDocuments(p.year, cur))
	}
	p.plan.SetText(planText(cur, p.entries))
	p.entry.show(cur, p.entries)
	p.reselect()
}

// choose shows project id, or a new empty project.
func (p *projectPane) choose(id model.ID, fresh bool) {
	p.sel, p.fresh = id, fresh
	p.form.discard()
	p.entry.choose("")
	p.showChosen(p.s.year != 0)
}

// reselect marks the chosen project's row.
func (p *projectPane) reselect() {
	sel := p.sel
	if p.fresh {
		sel = ""
	}
	kit.ReselectID(p.list, len(p.projects), func(i int) model.ID { return p.projects[i].ID }, sel)
}

// reveal shows the project of ref, or the entry ref and its project.
func (p *projectPane) reveal(ref model.Ref) bool {
	id := ref.ID
	if ref.Kind == model.KindProjectEntry {
		i := slices.IndexFunc(p.entries, func(e model.ProjectEntry) bool { return e.ID == ref.ID })
		if i < 0 {
			return false
		}
		id = p.entries[i].ProjectID
	}
	if !slices.ContainsFunc(p.projects, func(x model.Project) bool { return x.ID == id }) {
		return false
	}
	p.sel, p.fresh = id, false
	p.form.discard()
	p.entry.choose("")
	if ref.Kind == model.KindProjectEntry {
		p.entry.choose(ref.ID)
		p.sub.Select(p.entTab)
	}
	p.showChosen(p.s.year != 0)
	return true
}
