package hours

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The options of the person's form, with the values the model keeps.
var (
	personRoleChoice = kit.Choice{
		Values: []string{string(model.RoleLeader), string(model.RoleDirector), string(model.RoleAccountant)},
		Labels: []kit.Phrase{{"hours.role.leader", "ръководител на група"}, {"hours.role.director", "директор"},
			{"hours.role.accountant", "счетоводител"}},
	}
	engagementChoice = kit.Choice{
		Values: []string{string(model.Staff), string(model.External)},
		Labels: []kit.Phrase{{"hours.engagement.staff", "служител (допълнително споразумение)"},
			{"hours.engagement.external", "външен изпълнител (договор)"}},
	}
)

// personValues is what the person's form holds, comparable to tell unsaved input.
type personValues struct {
	first, middle, last, role, engagement, rate, experience string
	terms                                                   [3]string // second role, its rate, the declaration
}

// personForm edits a paid person's main fields: name, role, engagement, hourly rate and years
// of experience (чл. 80). Leaders are given groups on the Групи screen.
type personForm struct {
	s        *hoursScreen
	cur      model.Person // as loaded: keeps the ID and the fields the form does not show
	saved    personValues
	findings *kit.FindingsBox
	remove   *widget.Button // deletes a person nobody's records name
	end      *widget.Button // ends a person who worked: their last day, with a reason
	ended    *widget.Label  // „Прекратен(а) на …“ for an ended person, hidden otherwise
	history  *widget.Button

	first, middle, last, rate, experience *widget.Entry
	role, engagement                      *widget.Select
	currency                              *widget.Label // of the rate
	terms                                 *payTerms
	object                                fyne.CanvasObject
}

func newPersonForm(s *hoursScreen) *personForm {
	f := &personForm{s: s, findings: kit.NewFindingsBox(), currency: widget.NewLabel(""), terms: newPayTerms(s.changed)}
	entry := func() *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(string) { s.changed() }
		e.OnSubmitted = func(string) { f.submit() }
		return e
	}
	f.first, f.middle, f.last, f.rate, f.experience = entry(), entry(), entry(), entry(), entry()
	f.rate.SetPlaceHolder(lang.X("hours.rate.ph", "напр. 12,00"))
	f.rate.Validator = func(v string) error {
		if _, err := model.ParseMoney(v, model.BGN); err != nil || strings.TrimSpace(v) == "" {
			return fmt.Errorf("%s", lang.X("hours.rate.invalid", "въведете ставката за астрономически час, напр. 12,00"))
		}
		return nil
	}
	f.experience.SetPlaceHolder(lang.X("hours.experience.ph", "цели години"))
	f.experience.Validator = func(v string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err != nil || n < 0 || n > 60 {
			return fmt.Errorf("%s", lang.X("hours.experience.invalid", "опитът се въвежда в цели години, от 0 до 60"))
		}
		return nil
	}
	f.role = personRoleChoice.NewSelect(lang.X("hours.role.ph", "изберете ролята"), s.changed)
	f.engagement = engagementChoice.NewSelect(lang.X("hours.engagement.ph", "изберете"), s.changed)
	names := widget.NewForm(
		kit.Phrase{"hours.first", "Име"}.Item(f.first),
		kit.Phrase{"hours.middle", "Презиме"}.Item(f.middle),
		kit.Phrase{"hours.last", "Фамилия"}.Item(f.last),
		kit.Phrase{"hours.experience", "Опит в областта (години)"}.Item(f.experience),
	)
	terms := widget.NewForm(
		kit.Phrase{"hours.role", "Роля"}.Item(f.role),
		kit.Phrase{"hours.engagement", "Ангажиране"}.Item(f.engagement),
		kit.Phrase{"hours.rate", "Ставка за час"}.Item(container.NewBorder(nil, nil, nil, f.currency, f.rate)),
	)
	for _, it := range f.terms.items() {
		terms.AppendItem(it)
	}
	save := widget.NewButtonWithIcon(lang.X("hours.person.save", "Запази лицето"), theme.DocumentSaveIcon(), f.submit)
	save.Importance = widget.HighImportance
	f.remove = widget.NewButtonWithIcon(lang.X("hours.person.remove", "Изтрий…"), theme.DeleteIcon(), f.askRemove)
	f.end = widget.NewButtonWithIcon(lang.X("hours.person.end", "Прекрати…"), theme.MediaStopIcon(), f.askEnd)
	f.ended = kit.Wrapped("")
	f.ended.Importance = widget.WarningImportance
	f.ended.Hide()
	f.history = widget.NewButtonWithIcon(lang.X("hours.person.history", "История"), theme.HistoryIcon(), func() {
		if f.cur.ID != "" {
			showHistory(f.s.env, model.Ref{Kind: model.KindPerson, ID: f.cur.ID})
		}
	})
	f.object = container.NewVBox(
		hoursHeading(lang.X("hours.person.card", "Лице"), lang.X("hours.person.card.sub", "чл. 80, 85, 87")),
		f.ended,
		kit.Columns(names, container.NewVBox(terms, container.NewHBox(f.history, f.end, f.remove, layout.NewSpacer(), save))),
		f.findings.Object())
	return f
}

// askEnd asks the person's last day in the project and the reason, and ends them (store.Tx.End:
// refused while a report has hours, or a session names them as its leader, after the day —
// чл. 81, ал. 1 — or their agreement is dated after it, чл. 98, ал. 3; the dialog then stays
// open with the store's message). Their reports and pay stay. Enter ends, Esc cancels.
func (f *personForm) askEnd() {
	if f.cur.ID == "" {
		return
	}
	id, name := f.cur.ID, f.cur.Name.String()
	kit.WhenClean(f.s.env.Window, f.s, lang.X("hours.unsaved", "Данните на лицето или отчетът му не са запазени."), func() {
		day := model.DateOf(f.s.env.Now())
		if !f.cur.LeftOn.IsZero() {
			day = f.cur.LeftOn
		}
		kit.AskEnd(f.s.env.Window, kit.EndRequest{
			Title: lang.X("hours.person.end.title", "Прекратяване: {{.Name}}", map[string]any{"Name": name}),
			Text: lang.X("hours.person.end.text",
				"Последният ден, в който {{.Name}} работи по проекта. Отчетите и възнагражденията до него остават; след него лицето не може да има отработени часове (чл. 81, ал. 1).",
				map[string]any{"Name": name}),
			DayLabel: lang.X("hours.person.end.day", "Последен ден"),
			Confirm:  lang.X("hours.person.end.confirm", "Прекрати"),
			Day:      day,
		}, func(on model.Date, reason string) error {
			err := f.s.env.DB.Update(func(tx *store.Tx) error {
				tx.Because(reason)
				return tx.End(model.KindPerson, id, on)
			})
			if err != nil {
				return err
			}
			f.s.showPersonByID(id)
			return nil
		})
	}, f.s.reselect)
}

// endedText says that a person ended and when: „Прекратен(а) на 29.05.2026“.
func endedText(on model.Date) string {
	return lang.X("hours.person.ended", "Прекратен(а) на {{.On}}", map[string]any{"On": on.String()})
}

// askRemove deletes a person nobody's records name, with a reason the change log keeps (issue
// #17). A person who leads a group or has a report is refused by the store, which says so: such
// a person's history stays.
func (f *personForm) askRemove() {
	if f.cur.ID == "" {
		return
	}
	id, name := f.cur.ID, f.cur.Name.String()
	kit.WhenClean(f.s.env.Window, f.s, lang.X("hours.unsaved", "Данните на лицето или отчетът му не са запазени."), func() {
		askReason(f.s.env.Window, lang.X("hours.person.remove.title", "Изтриване на {{.Name}} — причина", map[string]any{"Name": name}),
			func(reason string) {
				if err := f.s.env.DB.RemoveWithReason(model.KindPerson, id, reason); err != nil {
					f.s.env.ShowError(err)
					return
				}
				f.s.list.UnselectAll()
				f.s.show(nil)
				f.s.sync()
			})
	}, f.s.reselect)
}

// Object is the form's widget tree.
func (f *personForm) Object() fyne.CanvasObject { return f.object }

// submit saves the form, showing why when it cannot.
func (f *personForm) submit() {
	if err := f.Save(); err != nil {
		f.s.env.ShowError(err)
	}
}

// Dirty reports whether the form differs from the person as loaded or saved.
func (f *personForm) Dirty() bool { return f.values() != f.saved }

func (f *personForm) values() personValues {
	return personValues{f.first.Text, f.middle.Text, f.last.Text, personRoleChoice.Value(f.role.Selected),
		engagementChoice.Value(f.engagement.Selected), f.rate.Text, f.experience.Text, f.terms.values()}
}

// show fills the form with p, or empties it for a new person of the shown year.
func (f *personForm) show(p *model.Person) {
	if p == nil {
		f.cur = model.Person{Engagement: model.Staff, Roles: []model.PersonRole{model.RoleLeader}}
		if f.s.d != nil {
			f.cur.Year = f.s.d.Programme.Year
		}
	} else {
		f.cur = copyPerson(p)
	}
	c := &f.cur
	f.ended.Hide()
	if !c.LeftOn.IsZero() {
		f.ended.SetText(lang.X("hours.person.ended.long", "Лицето е прекратено: последният му (ѝ) ден по проекта е {{.On}}.", map[string]any{"On": c.LeftOn.String()}))
		f.ended.Show()
	}
	for _, b := range []*widget.Button{f.remove, f.end, f.history} {
		if c.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	f.first.SetText(c.Name.First)
	f.middle.SetText(c.Name.Middle)
	f.last.SetText(c.Name.Last)
	kit.SetChoice(f.role, personRoleChoice, "")
	if len(c.Roles) > 0 {
		kit.SetChoice(f.role, personRoleChoice, string(c.Roles[0]))
	}
	kit.SetChoice(f.engagement, engagementChoice, string(c.Engagement))
	f.rate.SetText("")
	if c.Rate.Minor > 0 {
		f.rate.SetText(c.Rate.Number())
	}
	f.experience.SetText(strconv.Itoa(c.ExperienceYears))
	f.terms.show(c)
	f.currency.SetText(string(f.rateCurrency())) // the ISO code reads the same in every language
	for _, e := range []*widget.Entry{f.rate, f.experience} {
		e.SetValidationError(nil)
	}
	f.findings.Show(nil)
	if p != nil {
		f.findings.Show(kit.FindingsAbout(f.s.findings, p.ID))
	}
	f.saved = f.values()
}

// rebase makes p, as another writer stored it, the person under the form's unsaved input: the
// input stays, and saving applies it to p, so fields the form does not show keep p's values.
func (f *personForm) rebase(p *model.Person) {
	f.cur = copyPerson(p)
}

// copyPerson is a deep copy of p (the live year is read-only): model's clone of a year, of a
// year holding p alone.
func copyPerson(p *model.Person) model.Person {
	return (&model.YearData{People: []model.Person{*p}}).Clone().People[0]
}

// read returns the person as the form holds it, on top of the loaded one, with the second role,
// its rate and the declaration of payTerms.
func (f *personForm) read() (model.Person, error) {
	v, p := f.values(), f.cur
	trim := strings.TrimSpace
	p.Name = model.PersonName{First: trim(v.first), Middle: trim(v.middle), Last: trim(v.last)}
	role := model.PersonRole(v.role)
	p.Roles = append([]model.PersonRole(nil), p.Roles...)
	switch {
	case role == "":
		p.Roles = nil
	case len(p.Roles) == 0:
		p.Roles = []model.PersonRole{role}
	default:
		p.Roles[0] = role
	}
	p.Engagement = model.Engagement(v.engagement)
	rate, err := model.ParseMoney(v.rate, f.rateCurrency())
	if err != nil {
		return p, err
	}
	p.Rate = rate
	if err := f.terms.read(&p); err != nil {
		return p, err
	}
	years, err := strconv.Atoi(trim(v.experience))
	if err != nil {
		return p, model.Errorf(model.CodeInvalidExperience, "ExperienceYears", "%s", lang.X("hours.experience.invalid", "опитът се въвежда в цели години, от 0 до 60"))
	}
	p.ExperienceYears = years
	return p, nil
}

// Save validates the person in the form and saves it, then shows it again as stored.
func (f *personForm) Save() error {
	if f.s.d == nil {
		return kit.ErrNoYear()
	}
	p, err := f.read()
	if err != nil {
		return err
	}
	p.Year = f.s.d.Programme.Year
	if err := p.Validate(); err != nil {
		return err
	}
	if err := f.s.env.DB.Put(&p); err != nil {
		return fmt.Errorf("save person: %w", err)
	}
	f.s.showPersonByID(p.ID)
	return nil
}

// rateCurrency is the currency of the person's rate: as stored, else the year's.
func (f *personForm) rateCurrency() model.Currency {
	if c := f.cur.Rate.Currency; c.Valid() {
		return c
	}
	if f.s.d != nil && f.s.d.Programme.Currency.Valid() {
		return f.s.d.Programme.Currency
	}
	return model.BGN
}
