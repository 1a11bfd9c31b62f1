package groups

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// kindChoice is the kind of a group, with the values the model keeps.
var kindChoice = kit.Choice{
	Values: []string{string(model.Remedial), string(model.Interest)},
	Labels: []kit.Phrase{{"groups.kind.remedial", "Обучителни затруднения (ПОЗ)"},
		{"groups.kind.interest", "Занимания по интереси (ЗИ)"}},
}

// groupsScreen lists the shown year's groups and shows the chosen one in tabs: its form first
// (Група), then the registered group tabs (Състав, Програма, Дневник). The form is a tab of its
// own so that at 1280×800 each tab has the whole height: a form above the tabs left them a
// strip of 300 px and cut the form.
type groupsScreen struct {
	env *kit.Env

	data   *model.YearData // the year as stored, nil when none is entered
	year   model.SchoolYear
	groups []*model.Group // the year's groups, by kind and name
	shown  []*model.Group // those of the chosen kind

	cur   model.Group // the group in the form, as loaded
	saved groupValues
	form  groupForm

	filter   *widget.Select
	list     *widget.List
	rows     *kit.RowHeights // the list's rows wrap, each as high as its text (issue #17)
	message  *widget.Label
	size     *widget.Label
	findings *kit.FindingsBox
	checks   *yearChecks // the findings on the year as stored, shared with the tabs
	printJ   *widget.Button
	printP   *widget.Button
	// endBtn, removeBtn and historyBtn end, delete and show the log of the saved group.
	endBtn, removeBtn, historyBtn *widget.Button

	tabs    *container.AppTabs
	formTab *container.TabItem   // the tab of the form, the first
	defs    []groupTab           // the registered tabs, in order
	panels  []groupPanel         // one per registered tab, built once
	items   []*container.TabItem // the tab of each panel
	members *membersPanel
	sig     string // the members as last checked, so the checks run only when they change
	loading bool   // edit is filling the form and the tabs

	content fyne.CanvasObject
}

// NewGroupsScreen builds the groups screen on the open data file.
func NewGroupsScreen(env *kit.Env) kit.Screen {
	s := &groupsScreen{env: env, message: kit.Wrapped(""), findings: kit.NewFindingsBox(), checks: &yearChecks{env: env}}
	s.size = widget.NewLabel("")
	s.size.Wrapping = fyne.TextWrapWord
	s.filter = widget.NewSelect(groupFilterOptions(), func(string) { s.applyFilter() })
	s.filter.SetSelectedIndex(0)
	// the rows wrap (issue #17: at 1093 px „ПОЗ · Български език и литература, I–IV клас · 9/10 ·
	// Светослав Пламенов Лазаров“ was cut with „…“)
	s.rows = kit.NewWrappedList(func() int { return len(s.shown) }, s.groupLine)
	s.list = s.rows.List()
	s.list.OnSelected = s.selected
	s.form = newGroupForm(s.changed, s.leaderChosen, func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	s.form.wireSearch()
	s.buildTabs()
	s.content = s.layout()
	return s
}

// groupFilterOptions are „every kind“ followed by the kinds.
func groupFilterOptions() []string {
	return append([]string{lang.X("groups.allkinds", "Всички видове групи")}, kindChoice.Options()...)
}

// buildTabs builds the form's tab and the panel of each registered tab once.
func (s *groupsScreen) buildTabs() {
	s.formTab = container.NewTabItem(kit.Phrase{"checks.kind.group", "Група"}.String(),
		container.NewVScroll(container.NewVBox(s.form.object(), s.recordButtons())))
	s.tabs = container.NewAppTabs(s.formTab)
	for _, t := range groupTabs {
		p := t.build(s.env, s.checks, s.changed)
		if pp, ok := p.(*programmePanel); ok {
			// A remedy of the generator that changes the weekly schedule changes the group's
			// form, so the schedule is saved with the group (чл. 50).
			pp.setSchedule = func(sl []model.Slot) {
				s.form.schedule.set(sl)
				s.changed()
			}
		}
		if mp, ok := p.(*membersPanel); ok {
			s.members = mp
			mp.rules = func() (model.ActivityKind, model.Subject) {
				v := s.form.values()
				return model.ActivityKind(v.Kind), model.Subject(v.Subject)
			}
		}
		if as, ok := p.(afterSaver); ok {
			as.onSaved(s.sync)
		}
		s.defs = append(s.defs, t)
		s.panels = append(s.panels, p)
		s.items = append(s.items, container.NewTabItem(t.title.String(), p.Object()))
		s.tabs.Append(s.items[len(s.items)-1])
	}
}

// layout places the filter and the list on the left; on the right the size with the findings
// above the tabs, and the buttons, which save or print the group whatever tab is shown, below.
func (s *groupsScreen) layout() fyne.CanvasObject {
	newBtn := widget.NewButtonWithIcon(lang.X("groups.new", "Нова група"), theme.ContentAddIcon(), s.newGroup)
	assist := widget.NewButtonWithIcon(lang.X("groups.assistant", "Помощник (чл. 46)"), theme.ListIcon(), s.runAssistant)
	// The buttons one above the other: side by side they widened the list's column past what a
	// 1366×768 laptop at 125 % leaves it (issue #17).
	left := container.NewBorder(container.NewVBox(s.message, s.filter), container.NewVBox(newBtn, assist), nil, nil, s.rows.Object())

	save := widget.NewButtonWithIcon(lang.X("groups.save", "Запази (Ctrl+S)"), theme.DocumentSaveIcon(), func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	s.printJ = widget.NewButtonWithIcon(lang.X("groups.print.journal", "Печат: дневник"), theme.DocumentPrintIcon(), s.printJournal)
	s.printP = widget.NewButtonWithIcon(lang.X("groups.print.programme", "Печат: програма"), theme.DocumentPrintIcon(), s.printProgramme)
	top := container.NewVBox(s.size, s.findings.Object())
	buttons := container.NewHBox(save, s.printJ, s.printP)
	right := container.NewBorder(top, buttons, nil, nil, s.tabs)
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	return split
}

// Content implements Screen.
func (s *groupsScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the form or any tab holds unsaved input.
func (s *groupsScreen) Dirty() bool {
	if s.form.values() != s.saved {
		return true
	}
	return slices.ContainsFunc(s.panels, func(p groupPanel) bool { return p.Dirty() })
}

// changed is called on every edit in the form or a tab.
func (s *groupsScreen) changed() {
	if s.loading {
		return // edit calls it once at the end
	}
	s.form.kindChanged()
	s.showSize()
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// Refresh implements Screen: it shows the live year and the group that was shown, if any,
// dropping unsaved input (the window asked first).
func (s *groupsScreen) Refresh() {
	keep := s.cur.ID
	s.reload()
	s.list.UnselectAll()
	s.edit(s.byID(keep))
	s.reselect()
}

// reload takes the shown live year (read-only: kit.LiveShownYear) with its groups and the
// choices of the form.
func (s *groupsScreen) reload() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	s.load(d)
}

// load shows the groups of year d (nil: none entered) in the list and its people in the form.
func (s *groupsScreen) load(d *model.YearData) {
	s.data, s.year, s.groups = nil, 0, nil
	s.message.SetText(kit.NoYearText())
	if d != nil {
		s.data, s.year = d, d.Programme.Year
		s.message.SetText(lang.X("groups.year", "Групи през учебната година") + " " + s.year.String())
		for i := range d.Groups {
			s.groups = append(s.groups, &d.Groups[i])
		}
		// Remedial groups first, as they are planned first (чл. 40).
		slices.SortStableFunc(s.groups, func(a, b *model.Group) int {
			return cmp.Or(cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), collation.Compare(a.Name, b.Name))
		})
	}
	s.form.on = s.today()
	s.form.setPeople(d)
	s.applyFilter()
}

// kindRank orders remedial groups before interest groups.
func kindRank(k model.ActivityKind) int {
	if k == model.Remedial {
		return 0
	}
	return 1
}

// byID returns a copy of the year's group id (the live year is read-only: the form edits the
// copy), or a new group when there is none.
func (s *groupsScreen) byID(id model.ID) model.Group {
	if g := s.stored(id); g != nil {
		return copyGroup(g)
	}
	return model.Group{Year: s.year, Kind: model.Remedial}
}

// stored returns the live year's group id, read-only, or nil.
func (s *groupsScreen) stored(id model.ID) *model.Group {
	for _, g := range s.groups {
		if id != "" && g.ID == id {
			return g
		}
	}
	return nil
}

// copyGroup is a deep copy of g: model's clone of a year, of a year holding g alone.
func copyGroup(g *model.Group) model.Group {
	return (&model.YearData{Groups: []model.Group{*g}}).Clone().Groups[0]
}

// applyFilter shows the groups of the chosen kind.
func (s *groupsScreen) applyFilter() {
	if s.list == nil {
		return // the filter's first choice, while the screen is built
	}
	kind := ""
	if i := s.filter.SelectedIndex(); i > 0 {
		kind = kindChoice.Values[i-1]
	}
	s.shown = s.shown[:0]
	for _, g := range s.groups {
		if kind == "" || string(g.Kind) == kind {
			s.shown = append(s.shown, g)
		}
	}
	s.list.UnselectAll()
	s.rows.Refresh()
	s.reselect()
}

// groupLine is „name — kind, members/max, leader“ of shown group i.
func (s *groupsScreen) groupLine(i widget.ListItemID) string {
	if i < 0 || i >= len(s.shown) {
		return ""
	}
	g := s.shown[i]
	n, max := len(g.ActiveMembers(s.today())), s.maxOf(g.Kind)
	kind := lang.X("groups.short.remedial", "ПОЗ")
	if g.Kind == model.Interest {
		kind = lang.X("groups.short.interest", "ЗИ")
	}
	line := fmt.Sprintf("%s · %s · %d/%d", kind, g.Name, n, max)
	if !g.EndedOn.IsZero() {
		line = fmt.Sprintf("%s · %s · %s", kind, g.Name, endedText(g.EndedOn))
	}
	if p := s.form.person(g.LeaderID); p != nil {
		line += " · " + p.Name.String()
	}
	return line
}

// endedText says that a group ended and when: „прекратена 29.05.2026“.
func endedText(on model.Date) string {
	return lang.X("groups.ended.short", "прекратена {{.On}}", map[string]any{"On": on.String()})
}

// today is the day sizes are counted on: the Env's today clamped into the shown year, as the
// checks count them.
func (s *groupsScreen) today() model.Date { return clampToYear(model.DateOf(s.env.Now()), s.year) }

// clampToYear returns d moved into school year y (no year: d itself).
func clampToYear(d model.Date, y model.SchoolYear) model.Date {
	switch {
	case y == 0:
		return d
	case d.Before(y.Start()):
		return y.Start()
	case d.After(y.End()):
		return y.End()
	}
	return d
}

// maxOf is the maximum size of a group of kind k (чл. 41, ал. 1; чл. 43, ал. 1).
func (s *groupsScreen) maxOf(k model.ActivityKind) int {
	p, err := kit.Profile(s.data)
	if err != nil {
		return 0
	}
	if k == model.Interest {
		return p.Interest.MaxStudents
	}
	return p.Remedial.MaxStudents
}

// selected shows shown group i, once unsaved input is dropped by the user's word.
func (s *groupsScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.shown) || (s.cur.ID != "" && s.shown[i].ID == s.cur.ID) {
		return
	}
	g := *s.shown[i]
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."),
		func() { s.edit(g) }, s.reselect)
}

// newGroup empties the form for a new group.
func (s *groupsScreen) newGroup() {
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."), func() {
		s.list.UnselectAll()
		s.edit(model.Group{Year: s.year, Kind: model.Remedial})
		s.tabs.Select(s.formTab)
		if s.env.Window != nil {
			s.env.Window.Canvas().Focus(s.form.name) // the name is typed first
		}
	}, s.reselect)
}

// reselect marks the group in the form in the list, or nothing for a new one.
func (s *groupsScreen) reselect() {
	kit.ReselectID(s.list, len(s.shown), func(i int) model.ID { return s.shown[i].ID }, s.cur.ID)
}

// edit shows group g in the form and in every tab.
func (s *groupsScreen) edit(g model.Group) {
	s.cur = g
	s.loading = true
	s.form.fill(&g)
	s.saved = s.form.values()
	for _, p := range s.panels {
		if _, ok := p.(*membersPanel); ok || g.ID != "" {
			p.Show(s.data, &g)
		} else {
			p.Show(s.data, nil) // a new group has no programme or journal until it is saved
		}
	}
	s.sig, s.loading = "", false
	if g.ID == "" {
		s.printJ.Disable()
		s.printP.Disable()
	} else {
		s.printJ.Enable()
		s.printP.Enable()
	}
	s.enableRecordButtons()
	s.changed()
}
