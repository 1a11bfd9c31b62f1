package checks

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// checkRow is one line of the list: a heading of a severity or an area, or a finding.
type checkRow struct {
	heading string
	finding *model.Finding
}

// checksScreen lists the findings of every rule check on the year's data — „Твоят час“'s and
// the other programmes' (model.CheckProgrammes, issue #19) — grouped by severity and area, and
// shows the records a chosen finding concerns.
//
// It reads the store's live year (read-only) and checks it away from the window (Env.Go): the
// checks grow with the school and never block typing. It checks again only when the year it
// shows is not the snapshot it checked (the live year is a new snapshot after every commit that
// changes it) or the day changed: a commit that touches the year re-runs them while the screen
// is shown (Changed), else its next showing does (Refresh).
type checksScreen struct {
	env *kit.Env
	db  kit.YearStore

	checked *model.YearData  // the live snapshot the findings shown are of
	day     model.Date       // the day they were checked as of
	year    model.SchoolYear // its school year
	chosen  string           // the finding chosen, kept across a new run (findingKey)

	findings []model.Finding
	names    map[model.ID]string // record → its human name, where it has one
	rows     []checkRow

	counts  *widget.Label
	filter  *widget.Select
	list    *widget.List
	wrap    *kit.RowHeights // gives each row of the list the height of its wrapped text (issue #17)
	details *widget.Label
	opens   *fyne.Container // a button per record of the chosen finding that a screen can open
	sealed  *kit.SealedNote // the checks that cannot see the special categories (issue #13)
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
		func() fyne.CanvasObject { return kit.Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { s.updateRow(i, o.(*widget.Label)) })
	s.list.OnSelected = s.selected
	top := container.NewBorder(nil, nil, nil,
		container.NewHBox(widget.NewLabel(lang.X("checks.filter", "Област:")),
			container.NewGridWrap(fyne.NewSize(260, s.filter.MinSize().Height), s.filter)), s.counts)
	s.opens = container.NewVBox()
	s.wrap = kit.NewRowHeights(s.list, func() int { return len(s.rows) }, func(i int) (string, bool) { return s.rowText(i), s.rows[i].finding == nil })
	split := container.NewHSplit(s.wrap.Object(), container.NewVScroll(container.NewVBox(s.details, s.opens)))
	split.Offset = 0.65
	// The rules run on the year as this session reads it: without the special-categories key the
	// ESF panel's exit dates are empty, so the check that reads them may find less (issue #13).
	// After an unlock the store reads the year again (a Reset) and Changed checks it again.
	s.sealed = kit.NewSealedNote(env, kit.Phrase{"checks.sealed",
		"Този профил няма ключа за специалните категории данни (чл. 9 от GDPR): проверките не виждат отговорите от панела за ЕСФ и критериите за затруднения. Затова проверката по чл. 61, ал. 1 (редове на картата след изхода от проекта по Приложение № 2) не вижда датите на изход и може да не покаже нарушения, които директорът вижда."}, nil)
	s.content = container.NewBorder(container.NewVBox(s.sealed.Object(), top), nil, nil, nil, split)
	return s
}

// Content implements Screen.
func (s *checksScreen) Content() fyne.CanvasObject { return s.content }

// allAreas is the filter's choice of every area.
func allAreas() string { return lang.X("checks.area.all", "Всички области") }

// Refresh implements Screen: shown again, the screen checks the year when it changed since.
func (s *checksScreen) Refresh() { s.check() }

// Changed implements kit.Watcher: a commit that may change the shown year's findings checks it
// again at once when the screen is shown; a hidden screen waits for its Refresh. A commit of
// another year changes nothing here.
func (s *checksScreen) Changed(c store.Change) {
	if !c.Affects(s.year) && !c.Has(model.KindProgramme) { // a new year's programme may become the shown year
		return
	}
	if app := fyne.CurrentApp(); app != nil && app.Driver().CanvasForObject(s.content) == nil {
		return
	}
	s.check()
}

// check runs every rule on the live year unless the findings shown are already of it and of
// today.
func (s *checksScreen) check() {
	s.sealed.Update()
	d, err := kit.LiveShownYear(s.db, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	if err != nil || d == nil {
		s.run++
		s.checked, s.year = nil, 0
		s.show(nil, nil, false)
		return
	}
	today := model.DateOf(s.env.Now())
	if d == s.checked && today == s.day {
		return // nothing changed since these findings
	}
	s.checked, s.day, s.year = d, today, d.Programme.Year
	s.run++
	run := s.run
	// Every rule over the whole year grows with the school: it runs away from the window, which
	// says meanwhile that the year is being checked. d is the store's read-only snapshot: later
	// commits make new ones, so reading it on another goroutine is safe.
	s.counts.SetText(lang.X("checks.running", "Проверяват се всички правила на годината…"))
	s.env.Go(func() {
		findings, err := checkAll(s.env, d, today)
		names := recordNames(d)
		fyne.Do(func() {
			if run != s.run {
				return // a newer check is running
			}
			if err != nil {
				s.checked = nil // the next Refresh tries again
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

// checkAll is every finding of year d as of today: „Твоят час“'s rules and the other
// programmes' (as `tchas check` reports them), errors first and by area as the list shows them.
func checkAll(env *kit.Env, d *model.YearData, today model.Date) ([]model.Finding, error) {
	fs, err := kit.CheckYear(env, d)
	if err != nil {
		return nil, err
	}
	fs = append(fs, model.CheckProgrammes(d, today)...)
	slices.SortStableFunc(fs, func(a, b model.Finding) int {
		if a.Severity != b.Severity {
			return int(a.Severity) - int(b.Severity)
		}
		return strings.Compare(a.Area, b.Area)
	})
	return fs, nil
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
	s.wrap.Update()
	s.list.Refresh()
	s.details.SetText(lang.X("checks.choose", "Изберете констатация, за да видите подробностите."))
	s.opens.RemoveAll()
	// The finding the user was reading stays chosen when the checks ran again and still find it.
	for i, r := range s.rows {
		if r.finding != nil && s.chosen != "" && findingKey(r.finding) == s.chosen {
			s.list.Select(i)
			break
		}
	}
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
	l.TextStyle = fyne.TextStyle{Bold: r.finding == nil}
	l.Importance = widget.MediumImportance
	if r.finding != nil {
		l.Importance = kit.SeverityImportance(r.finding.Severity)
	}
	l.SetText(s.rowText(i))
}

// rowText is the text of row i: a heading, or a finding's line indented under it.
func (s *checksScreen) rowText(i int) string {
	if r := s.rows[i]; r.finding != nil {
		return "      " + kit.FindingLine(r.finding)
	}
	return s.rows[i].heading
}

// selected shows the details of the finding in row i; a heading shows nothing.
func (s *checksScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.rows) || s.rows[i].finding == nil {
		s.list.Unselect(i)
		return
	}
	f := s.rows[i].finding
	s.chosen = findingKey(f)
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
		lang.X("checks.article", "Правило"), kit.ArticleText(f.Article), lang.X("checks.area", "Област"), areaName(f.Area), f.Text(kit.ModelLang()))
	if len(f.Refs) > 0 {
		b.WriteString("\n" + lang.X("checks.refs", "Засегнати записи:") + "\n")
	}
	for _, r := range f.Refs {
		fmt.Fprintf(&b, "• %s\n", s.refName(r))
	}
	// No internal code here (issue #17): `tchas check --json` keeps it for programs.
	return strings.TrimRight(b.String(), "\n")
}
