package hours

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// hoursScreen is the Часове section: the year's paid people (leaders, director, accountant)
// with a form for each, the months of the chosen person with their reports of hours worked
// (чл. 81, 85, 88), the yearly maximum of Приложение № 7 as it is used up, and the pay by
// quarter. Three parts hold input — the person, the month's report and the year's pay rates —
// and the screen is Dirty while any of them is.
type hoursScreen struct {
	env *kit.Env

	d        *model.YearData // the shown year as stored; nil when none is entered
	findings []model.Finding // of d, as of today
	budget   *model.Budget   // of d; nil when it cannot be computed
	people   []*model.Person // d's people, director and accountant first, then by name
	person   *model.Person   // the chosen person; nil for none or a new one

	message *widget.Label // no year yet
	annex7  *fyne.Container
	left    *fyne.Container // the maximum and the people: laid out again when the maximum's lines change
	list    *widget.List
	rows    *kit.RowHeights // the list's rows wrap, each as high as its text (issue #17)
	form    *personForm
	months  *monthList
	sheet   *sheetEditor
	pay     *payPanel
	content fyne.CanvasObject
}

// NewHoursScreen builds the Часове screen on the open data file.
func NewHoursScreen(env *kit.Env) kit.Screen {
	s := &hoursScreen{env: env, message: widget.NewLabel(""), annex7: container.NewVBox()}
	s.message.Wrapping = fyne.TextWrapWord
	// the rows wrap (issue #17: „Костадин Валентинов Неделчев — директор, ръководител на група“
	// was cut with „…“ in the fifth of a 1093 px window the list has)
	s.rows = kit.NewWrappedList(func() int { return len(s.people) }, s.personLine)
	s.list = s.rows.List()
	s.list.OnSelected = s.selected
	s.form = newPersonForm(s)
	s.months = newMonthList(s)
	s.sheet = newSheetEditor(s)
	s.pay = newPayPanel(s)
	s.content = s.layout()
	return s
}

// layout: the maximum of Приложение № 7 and the people on the left; the chosen person's form
// and months in the middle; the month's report and the pay on the right.
func (s *hoursScreen) layout() fyne.CanvasObject {
	newBtn := widget.NewButtonWithIcon(lang.X("hours.person.new", "Ново лице"), theme.ContentAddIcon(), s.newPerson)
	// The maximum's heading wraps (a card's subtitle would not): at 1093 px (a 1366×768 laptop
	// at 125 %, issue #17) the left column is a fifth of the window.
	s.left = container.NewBorder(
		container.NewVBox(s.message, hoursHeading(lang.X("hours.annex7", "Приложение № 7"),
			lang.X("hours.annex7.sub", "отчетени часове спрямо годишния максимум")), s.annex7),
		newBtn, nil, nil, s.rows.Object())
	sheet := container.NewVScroll(container.NewVBox(s.sheet.Object(), s.pay.Object()))
	months := container.NewHSplit(s.months.Object(), sheet)
	months.Offset = 0.36
	// The report's actions under the months and the report, always in sight (issue #17).
	lower := container.NewBorder(nil, s.sheet.Actions(), nil, nil, months)
	// A split, so the months and the sheet keep a share of a laptop's height below the form.
	right := container.NewVSplit(container.NewVScroll(s.form.Object()), lower)
	right.Offset = 0.4
	outer := container.NewHSplit(s.left, right)
	outer.Offset = 0.25
	return outer
}

// hoursHeading is a part's title in bold, with its articles after it.
func hoursHeading(title, sub string) fyne.CanvasObject {
	if sub != "" {
		title += " — " + sub
	}
	l := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Content implements Screen.
func (s *hoursScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the person's form, the month's report or the year's rates hold
// unsaved input.
func (s *hoursScreen) Dirty() bool { return s.form.Dirty() || s.sheet.Dirty() || s.pay.Dirty() }

// Save implements Editor: it saves each part with unsaved input. The person goes last: saving
// it shows the person anew, and a new person has no reports or rates to lose.
func (s *hoursScreen) Save() error {
	if s.sheet.Dirty() {
		if err := s.sheet.Save(); err != nil {
			return err
		}
	}
	if s.pay.Dirty() {
		if err := s.pay.Save(); err != nil {
			return err
		}
	}
	if s.form.Dirty() {
		return s.form.Save()
	}
	return nil
}

// changed tells the window the unsaved state may have changed.
func (s *hoursScreen) changed() {
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// Refresh implements Screen: it reloads the year and shows its first person, the director
// when there is one, dropping any unsaved input.
func (s *hoursScreen) Refresh() {
	s.person = nil
	s.reload()
	s.list.UnselectAll()
	if len(s.people) == 0 {
		s.show(nil)
		return
	}
	s.show(s.people[0])
	s.list.Select(0) // s.person is shown already: selecting it asks nothing
	s.list.ScrollToTop()
}

// reload takes the shown live year (read-only: kit.LiveShownYear) and refreshes what depends
// on the year alone: the list of people, the maximum of Приложение № 7 and the rates. Its
// findings and budget — whole-year work — are computed away from the window (checkYear).
func (s *hoursScreen) reload() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	s.load(d)
}

// load shows year d (nil: none entered yet).
func (s *hoursScreen) load(d *model.YearData) {
	s.d, s.people = d, nil
	s.message.SetText("")
	s.message.Hide()
	if d == nil {
		s.message.SetText(kit.NoYearText())
		s.message.Show()
		s.findings, s.budget = nil, nil
	} else {
		s.people = sortedPeople(d.People)
	}
	if i := s.indexOf(s.person); i >= 0 {
		s.person = s.people[i] // the person as stored now
	}
	s.rows.Refresh()
	s.checkYear(d)
	s.fillAnnex7()
	s.pay.showYear()
}

// checkYear computes year d's findings and budget away from the window and shows them when
// they come, unless a newer year is shown by then.
func (s *hoursScreen) checkYear(d *model.YearData) {
	if d == nil {
		return
	}
	s.env.Go(func() {
		fs, err := kit.CheckYear(s.env, d)
		var b *model.Budget
		if p, perr := kit.Profile(d); perr == nil {
			b, _ = model.BudgetFor(p, d) // the Бюджет screen says why when it cannot
		}
		fyne.Do(func() {
			if s.d != d {
				return
			}
			if err != nil {
				s.env.ShowError(err)
			}
			s.findings, s.budget = fs, b
			s.fillAnnex7()
			s.showFindings()
		})
	})
}

// sortedPeople returns pointers to people: the director, the accountant, then leaders by name,
// and those who have left (LeftOn) last.
func sortedPeople(people []model.Person) []*model.Person {
	out := make([]*model.Person, len(people))
	for i := range people {
		out[i] = &people[i]
	}
	rank := func(p *model.Person) int {
		switch {
		case !p.LeftOn.IsZero():
			return 3
		case p.Has(model.RoleDirector):
			return 0
		case p.Has(model.RoleAccountant):
			return 1
		}
		return 2
	}
	slices.SortStableFunc(out, func(a, b *model.Person) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a.Name.String(), b.Name.String())
	})
	return out
}

// personLine is „name — role“ of person i.
func (s *hoursScreen) personLine(i widget.ListItemID) string {
	if i < 0 || i >= len(s.people) {
		return ""
	}
	p := s.people[i]
	labels := make([]string, len(p.Roles))
	for k, r := range p.Roles {
		labels[k] = personRoleChoice.Label(string(r))
	}
	line := p.Name.String() + " — " + strings.Join(labels, ", ")
	if !p.LeftOn.IsZero() {
		// First, so a truncated line still says it (issue #17: ended people shown as ended).
		line = endedText(p.LeftOn) + " · " + line
	}
	return line
}

// selected shows person i, once the user's unsaved input may be dropped.
func (s *hoursScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.people) || (s.person != nil && s.people[i].ID == s.person.ID) {
		return
	}
	p := s.people[i]
	kit.WhenClean(s.env.Window, s, lang.X("hours.unsaved", "Данните на лицето или отчетът му не са запазени."),
		func() {
			s.pay.showYear() // drops unsaved rates too, as the user chose
			s.show(p)
		}, s.reselect)
}

// newPerson empties the form for a new person of the year.
func (s *hoursScreen) newPerson() {
	kit.WhenClean(s.env.Window, s, lang.X("hours.unsaved", "Данните на лицето или отчетът му не са запазени."),
		func() {
			s.list.UnselectAll()
			s.pay.showYear()
			s.show(nil)
		}, s.reselect)
}

// reselect marks the shown person in the list again.
func (s *hoursScreen) reselect() {
	if i := s.indexOf(s.person); i >= 0 {
		s.list.Select(i)
		return
	}
	s.list.UnselectAll()
}

// indexOf is the place of p in the list, or -1.
func (s *hoursScreen) indexOf(p *model.Person) int {
	if p == nil {
		return -1
	}
	return slices.IndexFunc(s.people, func(x *model.Person) bool { return x.ID == p.ID })
}

// show shows person p (nil: a new person) in the form, with their months and reports.
func (s *hoursScreen) show(p *model.Person) {
	s.person = p
	s.form.show(p)
	s.months.show(p)
	s.pay.showPerson(p)
	s.changed()
}

// showPersonByID shows the person with the ID as the live year holds it, selected in the list.
func (s *hoursScreen) showPersonByID(id model.ID) *model.Person {
	s.sync()
	return s.selectPerson(id)
}

// selectPerson shows the person with the ID in the year as loaded, selected in the list, or
// no one (nil) when the year has no such person.
func (s *hoursScreen) selectPerson(id model.ID) *model.Person {
	for i, p := range s.people {
		if p.ID == id {
			s.show(p)
			s.list.Select(i) // p is shown already: selecting it asks nothing
			s.list.ScrollTo(i)
			return p
		}
	}
	s.list.UnselectAll()
	s.show(nil)
	return nil
}

// Reveal implements Revealer: a person, or a report with its person and month, in the year
// as stored now.
func (s *hoursScreen) Reveal(ref model.Ref) bool {
	s.sync()
	if s.d == nil {
		return false
	}
	switch ref.Kind {
	case model.KindPerson:
		return s.selectPerson(ref.ID) != nil
	case model.KindTimesheet:
		for _, t := range s.d.Timesheets {
			if t.ID == ref.ID {
				if s.selectPerson(t.PersonID) == nil {
					return false
				}
				s.months.selectMonth(t.Month)
				return true
			}
		}
	}
	return false
}
