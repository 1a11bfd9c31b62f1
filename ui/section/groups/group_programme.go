package groups

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

func init() {
	registerGroupTab(groupTab{order: 20, title: kit.Phrase{"programme.tab", "Програма"},
		kinds: []model.Kind{model.KindProgrammeRow},
		build: func(env *kit.Env, checks *yearChecks, changed func()) groupPanel {
			return newProgrammePanel(env, checks, changed)
		}})
}

// programmePanel is the group's thematic programme (Приложение № 3): generated from its weekly
// schedule and the school calendar, then edited row by row, with its totals against the rules
// of чл. 63, ал. 3 and чл. 67, т. 3 shown as it changes. Save replaces the group's rows at once.
type programmePanel struct {
	env     *kit.Env
	checks  *yearChecks
	changed func()
	synced  func() // the screen takes the live year after the panel's own save

	d     *model.YearData
	g     *model.Group
	rows  []model.ProgrammeRow // as edited, by date and start
	saved []model.ProgrammeRow // as stored
	sel   int                  // the row in the form, −1 when none
	dirty bool                 // input typed since the group was shown or saved
	// loading is set while the panel fills its own inputs, so that is not an edit.
	loading bool

	from, to, target                 groupEntry
	vacations                        *widget.Check      // чл. 48, ал. 1, т. 2: meet in vacations too
	schedule                         []model.Slot       // a remedy's weekly schedule; nil: the group's
	setSchedule                      func([]model.Slot) // puts a remedy's schedule into the group's form
	explain                          *fyne.Container    // the generator's warnings, shortfall and remedies
	topic, place, date, start, hours groupEntry
	kind                             *widget.Select
	table                            *widget.Table
	totals                           *widget.Label
	findings                         *kit.FindingsBox
	rowForm                          *fyne.Container
	noRow                            *widget.Label
	split                            *container.Split // the table above, the rest below
	fitted                           bool             // the split is set for a group with rows
	below                            *fyne.Container  // under the split: buttons, row form, generator
	buttons                          *fyne.Container
	generator, rowParts              []fyne.CanvasObject
	content                          fyne.CanvasObject
}

// newProgrammePanel builds the Програма tab.
func newProgrammePanel(env *kit.Env, checks *yearChecks, changed func()) *programmePanel {
	p := &programmePanel{env: env, checks: checks, changed: changed, synced: func() {}, sel: -1, totals: widget.NewLabel(""), findings: kit.NewFindingsBox()}
	p.totals.Wrapping = fyne.TextWrapWord
	p.buildGenerator()
	p.buildRowForm()
	p.table = p.newTable()
	p.content = p.layout()
	p.Show(nil, nil)
	return p
}

// buildGenerator makes the inputs of the generator: first and last day and the target hours.
func (p *programmePanel) buildGenerator() {
	p.from = newGroupEntry(&p.loading, false, checkDate, func() {})
	p.to = newGroupEntry(&p.loading, false, checkDate, func() {})
	p.target = newGroupEntry(&p.loading, false, checkHours, func() {})
	// The box is kept with the group (Group.Vacations): the checks flag rows in vacations and
	// after the end of classes only when it is off (чл. 48, ал. 1, т. 2).
	p.vacations = widget.NewCheck(lang.X("programme.vacations", "и във ваканциите (чл. 48, ал. 1, т. 2)"), func(on bool) {
		switch {
		case p.g == nil:
		case on != p.g.Vacations:
			p.edited()
		default:
			p.update() // back to the stored choice: the findings follow the box
		}
	})
	p.explain = container.NewVBox()
}

// buildRowForm makes the inputs of one row; each edit goes into the row at once.
func (p *programmePanel) buildRowForm() {
	p.topic = newGroupEntry(&p.loading, false, nil, p.rowEdited)
	p.place = newGroupEntry(&p.loading, true, nil, p.rowEdited)
	p.date = newGroupEntry(&p.loading, false, checkDate, p.rowEdited)
	p.start = newGroupEntry(&p.loading, false, checkClock, p.rowEdited)
	p.hours = newGroupEntry(&p.loading, false, checkHours, p.rowEdited)
	p.kind = widget.NewSelect(rowKindOptions(), func(string) {
		if !p.loading {
			p.rowEdited()
		}
	})
	for _, e := range []groupEntry{p.topic, p.place, p.date, p.start, p.hours} {
		e.OnSubmitted = func(string) { p.saveReporting() }
	}
}

// layout: the generator and totals on top, the rows on the left, the row form on the right.
func (p *programmePanel) layout() fyne.CanvasObject {
	gen := widget.NewButtonWithIcon(lang.X("programme.generate", "Генерирай от графика"), theme.ViewRefreshIcon(), p.generate)
	cal := widget.NewButtonWithIcon(lang.X("programme.calendar", "Календар…"), theme.CalendarIcon(), p.showCalendar)
	top := container.NewHBox(
		widget.NewLabel(lang.X("programme.from", "От")), sized(p.from.Entry, 120),
		widget.NewLabel(lang.X("programme.to", "до")), sized(p.to.Entry, 120),
		widget.NewLabel(lang.X("programme.target", "часа")), sized(p.target.Entry, 70))
	label := func(ph kit.Phrase) *widget.Label { return widget.NewLabel(ph.String()) }
	add := widget.NewButtonWithIcon(lang.X("programme.add", "Нов ред"), theme.ContentAddIcon(), p.addRow)
	del := widget.NewButtonWithIcon(lang.X("programme.delete", "Изтрий реда"), theme.DeleteIcon(), p.deleteRow)
	save := widget.NewButtonWithIcon(lang.X("programme.save", "Запази програмата"), theme.DocumentSaveIcon(), p.saveReporting)
	save.Importance = widget.HighImportance
	line1 := container.NewBorder(nil, nil, label(kit.Phrase{"programme.topic", "Тема"}),
		container.NewHBox(label(kit.Phrase{"programme.kind", "Вид"}), p.kind), p.topic.Entry)
	// The row's day and its place on two lines, and Генерирай beside Календар: on one line each
	// the tab was wider than a 1366×768 laptop at 125 % leaves it (issue #17).
	line2 := container.NewHBox(
		label(kit.Phrase{"programme.date", "Дата"}), sized(p.date.Entry, 120),
		label(kit.Phrase{"programme.start", "Начало"}), sized(p.start.Entry, 90),
		label(kit.Phrase{"programme.hours", "Часове"}), sized(p.hours.Entry, 70))
	line3 := container.NewBorder(nil, nil, label(kit.Phrase{"programme.place", "Място"}), del, p.place.Entry)
	p.rowForm = container.NewVBox(line1, line2, line3)
	p.noRow = widget.NewLabel(lang.X("programme.norow", "Изберете ред от таблицата, за да промените темата, мястото или вида му."))
	p.noRow.Wrapping = fyne.TextWrapWord
	// The table takes the height the tab is given, above a split (issue #17): with the
	// generator, its warnings and the totals above it in one scroll the table was below the
	// fold of a 1366×768 laptop at 125 %. Below the split, in a scroll of their own: the
	// buttons, the row's form, the totals and findings, then the generator (used once per group:
	// the split gives it the room while the group has no rows, see fitSplit).
	p.buttons = container.NewHBox(add, save)
	p.generator = []fyne.CanvasObject{top, p.vacations, container.NewHBox(gen, cal), p.explain}
	p.rowParts = []fyne.CanvasObject{p.noRow, p.rowForm, p.totals, p.findings.Object()}
	p.below = container.NewVBox()
	p.order(true)
	p.split = container.NewVSplit(tall(p.table, 120), container.NewVScroll(p.below))
	p.split.Offset, p.fitted = splitWithRows, true
	return p.split
}

// The share of the tab's height the table takes: most of it once the group has rows, a strip
// while it has none and the generator is what the user needs.
const (
	splitWithRows = 0.68
	splitNoRows   = 0.25
)

// fitSplit gives the table the tab's height when the group has rows, and the generator when it
// has none. It moves the split only when the rows come or go, not on every edit, so a split the
// user moved stays while they work.
func (p *programmePanel) fitSplit() {
	has := len(p.rows) > 0
	if p.split == nil || has == p.fitted {
		return
	}
	p.fitted = has
	p.order(has)
	if has {
		p.split.SetOffset(splitWithRows)
	} else {
		p.split.SetOffset(splitNoRows)
	}
}

// order puts the part below the table in the order of the work: the row's form, the totals and
// the findings first when the group has rows; the generator first when it has none.
func (p *programmePanel) order(rows bool) {
	objs := []fyne.CanvasObject{p.buttons}
	if rows {
		objs = append(append(append(objs, p.rowParts...), widget.NewSeparator()), p.generator...)
	} else {
		objs = append(append(append(objs, p.generator...), widget.NewSeparator()), p.rowParts...)
	}
	p.below.Objects = objs
	p.below.Refresh()
}

// sized keeps o at least w wide in an HBox.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// Object implements groupPanel.
func (p *programmePanel) Object() fyne.CanvasObject { return p.content }

// Dirty implements groupPanel.
func (p *programmePanel) Dirty() bool { return p.dirty }

// Show implements groupPanel: the group's stored rows, and the generator's defaults.
func (p *programmePanel) Show(d *model.YearData, g *model.Group) {
	p.d, p.g, p.rows, p.dirty, p.schedule = d, g, nil, false, nil
	p.warnCalendar()
	if g != nil && d != nil {
		for _, r := range d.ProgrammeRows {
			if r.GroupID == g.ID {
				p.rows = append(p.rows, r)
			}
		}
		sortRows(p.rows)
		p.fillGenerator()
	}
	p.saved = slices.Clone(p.rows)
	p.selectRow(-1)
	p.table.Refresh()
	p.update()
}

// fillGenerator proposes the programme's approval (or the first day of classes) to the end of
// classes of the group's grades, and the least hours the rules allow.
func (p *programmePanel) fillGenerator() {
	cal := model.CalendarOf(&p.d.Programme)
	from := cal.Start()
	if a := p.d.Programme.ApprovedOn; a.After(from) {
		from = a
	}
	p.from.set(from.String())
	to := model.NewDate(int(p.g.Year)+1, time.June, 30)
	if end, ok := cal.EndFor(p.g.GradesOf(p.d.Students)); ok {
		to = end
	}
	p.to.set(to.String())
	p.vacations.SetChecked(p.g.Vacations)
	if r, err := p.rules(); err == nil {
		p.target.set(model.H(int64(r.HoursMin)).String())
	}
}

// rules are the limits of the group's kind in the rule profile.
func (p *programmePanel) rules() (model.GroupRules, error) {
	prof, err := kit.Profile(p.d)
	if err != nil {
		return model.GroupRules{}, err
	}
	return prof.Rules(p.g.Kind), nil
}

// sortRows orders rows by date and start.
func sortRows(rows []model.ProgrammeRow) {
	slices.SortStableFunc(rows, func(a, b model.ProgrammeRow) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return int(a.Start) - int(b.Start)
	})
}

// edited marks the panel dirty and shows the totals of the rows as they are now.
func (p *programmePanel) edited() {
	p.dirty = true
	p.table.Refresh()
	p.update()
	p.changed()
}

// update shows the totals and the findings of the checks on the rows as edited.
func (p *programmePanel) update() {
	if p.g == nil {
		p.totals.SetText(lang.X("programme.nogroup", "Изберете група, за да видите тематичната ѝ програма."))
		p.findings.Show(nil)
		p.fitSplit()
		return
	}
	r, err := p.rules()
	if err != nil {
		p.totals.SetText(model.ErrorText(err, kit.ModelLang()))
		return
	}
	p.totals.SetText(totalsText(model.TotalsOf(p.rows), r, p.g.Kind))
	p.findings.Show(p.check())
	p.fitSplit()
	p.relayout()
}

// relayout lays the tab out again once the head above the table grew or shrank (the
// generator's explanation, the findings).
func (p *programmePanel) relayout() {
	if p.content != nil {
		p.content.Refresh()
	}
}

// check runs the rules engine on the group and its edited rows alone and keeps the
// programme's findings: cheap, so it runs on every edit.
func (p *programmePanel) check() []model.Finding {
	prof, err := kit.Profile(p.d)
	if err != nil {
		return nil
	}
	g := *p.g
	g.Vacations = p.vacations.Checked
	d := &model.YearData{School: p.d.School, Programme: p.d.Programme, Groups: []model.Group{g}, ProgrammeRows: p.rows,
		Students: p.d.Students}
	var out []model.Finding
	for _, f := range model.Check(prof, d, model.DateOf(p.env.Now())) {
		if f.Area == model.AreaProgramme {
			out = append(out, f)
		}
	}
	return out
}

// totalsText says the programme's hours against the rules: „Общо 70 ч. (от 70 до 80) …“.
func totalsText(t model.ProgrammeTotals, r model.GroupRules, k model.ActivityKind) string {
	article := "чл. 63, ал. 3"
	if k == model.Interest {
		article = "чл. 67, т. 3"
	}
	s := lang.X("programme.totals", "Общо {{.Total}} ч. (от {{.Min}} до {{.Max}}) · с родители {{.Parents}} ч. (поне {{.MinParents}}) · публични изяви {{.Events}} ч., брой {{.Count}} (поне {{.MinEvents}} ч.)",
		map[string]any{"Total": t.Total.String(), "Min": r.HoursMin, "Max": r.HoursMax, "Parents": t.Parents.String(),
			"MinParents": r.ParentHours, "Events": t.Events.String(), "Count": t.EventCount, "MinEvents": r.PublicEventHours})
	if r.Production {
		if t.Production {
			s += " · " + lang.X("programme.production.yes", "с годишна продукция")
		} else {
			s += " · " + lang.X("programme.production.no", "без годишна продукция")
		}
	}
	return s + " — " + kit.ArticleText(article)
}

// Save implements groupPanel: the rows replace the group's stored rows in one transaction.
func (p *programmePanel) Save() error {
	if p.g == nil {
		return nil
	}
	if err := p.validate(); err != nil {
		return err
	}
	keep := map[model.ID]bool{}
	fresh := make([]bool, len(p.rows))
	for i := range p.rows {
		p.rows[i].Year, p.rows[i].GroupID = p.g.Year, p.g.ID
		keep[p.rows[i].ID] = true
		fresh[i] = p.rows[i].ID == ""
	}
	err := p.env.DB.Update(func(tx *store.Tx) error {
		for _, r := range p.saved {
			if !keep[r.ID] {
				if err := tx.Delete(model.KindProgrammeRow, r.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
					return err
				}
			}
		}
		for i := range p.rows {
			if err := tx.Put(&p.rows[i]); err != nil {
				return err
			}
		}
		return p.storeVacations(tx)
	})
	if err != nil {
		for i := range p.rows {
			if fresh[i] {
				p.rows[i].ID = ""
			}
		}
		return err
	}
	p.stored()
	return nil
}

// storeVacations keeps the „и във ваканциите“ box with the group, read afresh in tx so the
// group form's changes saved just before are kept.
func (p *programmePanel) storeVacations(tx *store.Tx) error {
	var g model.Group
	if err := tx.Get(model.KindGroup, p.g.ID, &g); err != nil {
		return fmt.Errorf("programme: read group %s: %w", p.g.ID, err)
	}
	if g.Vacations == p.vacations.Checked {
		return nil
	}
	g.Vacations = p.vacations.Checked
	if err := tx.Put(&g); err != nil {
		return err
	}
	p.g.Vacations = g.Vacations
	return nil
}

// validate refuses wrong input in the row form and rows the model refuses, naming the row.
func (p *programmePanel) validate() error {
	for _, e := range []groupEntry{p.topic, p.place, p.date, p.start, p.hours} {
		if p.sel >= 0 && !e.valid() {
			return e.Validator(e.Text)
		}
	}
	for i := range p.rows {
		if err := p.rows[i].Validate(); err != nil {
			return model.Errorf(model.CodeInvalidRow, "ProgrammeRows", "%s %d (%s): %s",
				lang.X("programme.row", "Ред"), i+1, p.rows[i].Date, model.ErrorText(err, kit.ModelLang()))
		}
	}
	return nil
}

// stored marks the saved rows clean; the other tabs take them from the live year (synced).
func (p *programmePanel) stored() {
	p.saved = slices.Clone(p.rows)
	p.dirty = false
	p.table.Refresh()
	p.update()
	p.changed()
	p.synced()
}

// Rebase implements groupPanel: the rows typed stay; the calendar, the profile and the checks
// follow the newer year.
func (p *programmePanel) Rebase(d *model.YearData) {
	p.d = d
	p.warnCalendar()
	p.update()
}

// onSaved implements afterSaver.
func (p *programmePanel) onSaved(f func()) { p.synced = f }

// saveReporting saves and shows what went wrong.
func (p *programmePanel) saveReporting() {
	if err := p.Save(); err != nil {
		p.env.ShowError(err)
	}
}

// Reveal implements recordRevealer: it selects the programme row ref.
func (p *programmePanel) Reveal(ref model.Ref) bool {
	if ref.Kind != model.KindProgrammeRow {
		return false
	}
	i := slices.IndexFunc(p.rows, func(r model.ProgrammeRow) bool { return r.ID == ref.ID })
	if i < 0 {
		return false
	}
	p.table.Select(widget.TableCellID{Row: i, Col: 0})
	return true
}
