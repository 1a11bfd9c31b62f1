package checks

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// areaNames are the headings of the areas of findings, in the order the model sorts them.
var areaNames = []struct {
	area string
	name kit.Phrase
}{
	{model.AreaCouncil, kit.Phrase{"checks.area.council", "Съвет"}},
	{model.AreaGroups, kit.Phrase{"checks.area.groups", "Групи"}},
	{model.AreaStudents, kit.Phrase{"checks.area.students", "Ученици"}},
	{model.AreaProgramme, kit.Phrase{"checks.area.programme", "Училищна програма"}},
	{model.AreaHours, kit.Phrase{"checks.area.hours", "Часове и възнаграждения"}},
	{model.AreaExpenses, kit.Phrase{"checks.area.expenses", "Разходи"}},
	{model.AreaProcurement, kit.Phrase{"checks.area.procurement", "Възлагане"}},
	{model.AreaDeadlines, kit.Phrase{"checks.area.deadlines", "Срокове"}},
	{model.AreaBudget, kit.Phrase{"checks.area.budget", "Бюджет"}},
}

// areaName is the heading of area; an area the UI does not know shows as the model names it.
func areaName(area string) string {
	for _, a := range areaNames {
		if a.area == area {
			return a.name.String()
		}
	}
	return area
}

// checkRow is one line of the list: a heading of a severity or an area, or a finding.
type checkRow struct {
	heading string
	finding *model.Finding
}

// checksScreen lists the findings of every rule check on the year's data, grouped by severity
// and area, and shows the records a chosen finding concerns.
type checksScreen struct {
	env *kit.Env
	db  kit.YearStore

	findings []model.Finding
	names    map[model.ID]string // record → its human name, where it has one
	rows     []checkRow

	counts  *widget.Label
	filter  *widget.Select
	list    *widget.List
	details *widget.Label
	opens   *fyne.Container // a button per record of the chosen finding that a screen can open
	content fyne.CanvasObject
	// run counts the checks started: a check that ends after a newer one started is dropped.
	run int
}

// NewChecksScreen builds the checks screen on the open data file.
func NewChecksScreen(env *kit.Env) kit.Screen {
	s := &checksScreen{env: env, db: env.DB}
	s.counts = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.counts.Wrapping = fyne.TextWrapWord
	s.filter = widget.NewSelect(nil, func(string) { s.fillRows() })
	s.details = kit.Wrapped(lang.X("checks.choose", "Изберете констатация, за да видите подробностите."))
	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { s.updateRow(i, o.(*widget.Label)) })
	s.list.OnSelected = s.selected
	top := container.NewBorder(nil, nil, nil,
		container.NewHBox(widget.NewLabel(lang.X("checks.filter", "Област:")),
			container.NewGridWrap(fyne.NewSize(260, s.filter.MinSize().Height), s.filter)), s.counts)
	s.opens = container.NewVBox()
	split := container.NewHSplit(s.list, container.NewVScroll(container.NewVBox(s.details, s.opens)))
	split.Offset = 0.65
	s.content = container.NewBorder(top, nil, nil, nil, split)
	return s
}

// Content implements Screen.
func (s *checksScreen) Content() fyne.CanvasObject { return s.content }

// allAreas is the filter's choice of every area.
func allAreas() string { return lang.X("checks.area.all", "Всички области") }

// Refresh implements Screen: it runs the checks again on the year as stored now.
func (s *checksScreen) Refresh() {
	s.run++
	run := s.run
	d, err := kit.LoadShownYear(s.db, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	if err != nil || d == nil {
		s.show(nil, nil, false)
		return
	}
	// Every rule over the whole year grows with the school: it runs away from the window, which
	// says meanwhile that the year is being checked.
	s.counts.SetText(lang.X("checks.running", "Проверяват се всички правила на годината…"))
	s.env.Go(func() {
		findings, err := kit.CheckYear(s.env, d)
		names := recordNames(d)
		fyne.Do(func() {
			if run != s.run {
				return // a newer check is running
			}
			if err != nil {
				s.env.ShowError(err)
				return
			}
			s.show(findings, names, true)
			if p, err := kit.Profile(d); err == nil {
				s.counts.SetText(s.counts.Text + "\n" + kit.ProfileLine(p))
			}
		})
	})
}

// show fills the screen with the findings and the names of their records; without a year it
// says so.
func (s *checksScreen) show(findings []model.Finding, names map[model.ID]string, haveYear bool) {
	s.findings, s.names = findings, names
	s.fillFilter()
	s.fillCounts(haveYear)
	s.fillRows()
}

// fillFilter offers every area that has findings; a chosen area that has none any more is dropped.
func (s *checksScreen) fillFilter() {
	opts := []string{allAreas()}
	seen := map[string]bool{}
	for _, f := range s.findings {
		if name := areaName(f.Area); !seen[name] {
			seen[name] = true
			opts = append(opts, name)
		}
	}
	s.filter.Options = opts
	if !seen[s.filter.Selected] {
		s.filter.Selected = allAreas()
	}
	s.filter.Refresh()
}

// fillCounts shows how many errors and warnings there are, or what to do when there is no year.
func (s *checksScreen) fillCounts(haveYear bool) {
	if !haveYear {
		s.counts.SetText(kit.NoYearText())
		return
	}
	errs := 0
	for _, f := range s.findings {
		if f.Severity == model.SeverityError {
			errs++
		}
	}
	text := fmt.Sprintf(lang.X("checks.counts", "Грешки: %d · Предупреждения: %d"), errs, len(s.findings)-errs)
	if len(s.findings) == 0 {
		text += " — " + lang.X("checks.none", "проверките не откриха проблеми")
	}
	s.counts.SetText(text)
}

// fillRows lists the findings of the chosen area under headings of severity and area; the
// model has sorted them by severity, then area.
func (s *checksScreen) fillRows() {
	s.rows = nil
	area := s.filter.Selected
	var sev model.Severity = -1
	lastArea := ""
	for i := range s.findings {
		f := &s.findings[i]
		name := areaName(f.Area)
		if area != "" && area != allAreas() && name != area {
			continue
		}
		if f.Severity != sev {
			sev, lastArea = f.Severity, ""
			s.rows = append(s.rows, checkRow{heading: severityHeading(sev)})
		}
		if name != lastArea {
			lastArea = name
			s.rows = append(s.rows, checkRow{heading: "   " + name})
		}
		s.rows = append(s.rows, checkRow{finding: f})
	}
	s.list.UnselectAll()
	s.list.Refresh()
	s.details.SetText(lang.X("checks.choose", "Изберете констатация, за да видите подробностите."))
	s.opens.RemoveAll()
}

// severityHeading is the heading of the findings of severity sev.
func severityHeading(sev model.Severity) string {
	if sev == model.SeverityError {
		return lang.X("checks.errors", "Грешки")
	}
	return lang.X("checks.warnings", "Предупреждения")
}

// severityWord names the severity of one finding.
func severityWord(sev model.Severity) string {
	if sev == model.SeverityError {
		return lang.X("checks.error", "грешка")
	}
	return lang.X("checks.warning", "предупреждение")
}

// updateRow shows row i in label l.
func (s *checksScreen) updateRow(i widget.ListItemID, l *widget.Label) {
	if i < 0 || i >= len(s.rows) {
		return
	}
	r := s.rows[i]
	if r.finding == nil {
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Importance = widget.MediumImportance
		l.SetText(r.heading)
		return
	}
	l.TextStyle = fyne.TextStyle{}
	l.Importance = kit.SeverityImportance(r.finding.Severity)
	l.SetText("      " + kit.FindingLine(r.finding))
}

// selected shows the details of the finding in row i; a heading shows nothing.
func (s *checksScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.rows) || s.rows[i].finding == nil {
		s.list.Unselect(i)
		return
	}
	f := s.rows[i].finding
	s.details.SetText(s.detailText(f))
	s.opens.RemoveAll()
	for _, r := range f.Refs {
		if s.env.Opens == nil || !s.env.Opens(r.Kind) || s.env.Open == nil {
			continue
		}
		label := lang.X("checks.open", "Отвори") + ": " + s.refName(r)
		s.opens.Add(widget.NewButtonWithIcon(label, theme.NavigateNextIcon(), func() { s.env.Open(r) }))
	}
	// A finding about the whole of an area („съветът трябва да има точно един председател“)
	// names no record: it opens the section where it is put right.
	if k, ok := areaKind[f.Area]; ok && len(s.opens.Objects) == 0 && s.env.Opens != nil && s.env.Opens(k) && s.env.Open != nil {
		label := lang.X("checks.open.area", "Отвори раздела „{{.Area}}“", map[string]any{"Area": areaName(f.Area)})
		s.opens.Add(widget.NewButtonWithIcon(label, theme.NavigateNextIcon(), func() { s.env.Open(model.Ref{Kind: k}) }))
	}
}

// areaKind is the kind of record whose section puts right a finding about an area as a whole.
var areaKind = map[string]model.Kind{
	model.AreaCouncil:     model.KindCouncilMember,
	model.AreaGroups:      model.KindGroup,
	model.AreaStudents:    model.KindStudent,
	model.AreaProgramme:   model.KindProgramme,
	model.AreaHours:       model.KindPerson,
	model.AreaExpenses:    model.KindExpense,
	model.AreaProcurement: model.KindExpense,
}

// refName is „Ученик „Иван Петров““, or the kind and ID of a record with no human name.
func (s *checksScreen) refName(r model.Ref) string {
	kind := string(r.Kind)
	if p, ok := kit.KindNames[r.Kind]; ok {
		kind = p.String()
	}
	if name := s.names[r.ID]; name != "" {
		return kind + " „" + name + "“"
	}
	return kind + " " + string(r.ID)
}

// detailText describes finding f and the records it concerns.
func (s *checksScreen) detailText(f *model.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n%s: %s\n%s: %s\n\n%s\n", lang.X("checks.severity", "Вид"), severityWord(f.Severity),
		lang.X("checks.article", "Правило"), f.Article, lang.X("checks.area", "Област"), areaName(f.Area), f.Msg)
	if len(f.Refs) > 0 {
		b.WriteString("\n" + lang.X("checks.refs", "Засегнати записи:") + "\n")
	}
	for _, r := range f.Refs {
		fmt.Fprintf(&b, "• %s\n", s.refName(r))
	}
	// No internal code here (issue #17): `tchas check --json` keeps it for programs.
	return strings.TrimRight(b.String(), "\n")
}

// recordNames maps the records of d that have a human name to it.
func recordNames(d *model.YearData) map[model.ID]string {
	n := map[model.ID]string{}
	for _, g := range d.Groups {
		n[g.ID] = g.Name
	}
	for _, st := range d.Students {
		n[st.ID] = st.Name.String()
	}
	for _, p := range d.People {
		n[p.ID] = p.Name.String()
	}
	for _, m := range d.CouncilMembers {
		n[m.ID] = m.Name.String()
	}
	for _, sp := range d.Suppliers {
		n[sp.ID] = sp.Name
	}
	for _, c := range d.Contracts {
		n[c.ID] = c.Number
	}
	for _, e := range d.Expenses {
		n[e.ID] = e.DocNumber
	}
	return n
}
