package school

import (
	"fmt"
	"strconv"
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

// schoolStore is what the school screen needs from the data file.
type schoolStore interface {
	kit.YearStore
	PutAll(rs ...model.Record) error
}

// schoolScreen is the school's set-up: the school itself and the basics of the current school
// year's programme, saved together.
type schoolScreen struct {
	env *kit.Env
	db  schoolStore

	school model.School    // as loaded: keeps the ID
	prog   model.Programme // as loaded: keeps the ID and the fields this screen does not show
	saved  schoolValues    // what the fields held when last loaded or saved

	f       schoolFields
	plan    *planPanel // the year's plan (чл. 83) and planned remedial amount (чл. 75)
	content fyne.CanvasObject
}

// NewSchoolScreen builds the school screen on the open data file.
func NewSchoolScreen(env *kit.Env) kit.Screen {
	s := &schoolScreen{env: env, db: env.DB}
	s.f = newSchoolFields(s.changed, s.check)
	s.plan = newPlanPanel(s.changed)
	// Enter in any field saves, as on Ученици and Разходи (issue #17).
	s.plan.submit = func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	}
	for _, e := range append(s.f.entries(), s.plan.remedial) {
		e.OnSubmitted = func(string) { s.plan.submit() }
	}
	s.content = s.layout()
	return s
}

// Content implements Screen.
func (s *schoolScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the fields differ from what was loaded or saved.
func (s *schoolScreen) Dirty() bool { return s.values() != s.saved }

// values is what the whole form holds: the fields and the plan.
func (s *schoolScreen) values() schoolValues {
	v := s.f.values()
	v.Plan = s.plan.snapshot()
	return v
}

// changed is called on every edit: the plan's totals follow what is typed.
func (s *schoolScreen) changed() {
	if s.plan != nil {
		s.plan.showTotals(s.formYear())
	}
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// layout places the school's data on the left and the school year's on the right.
func (s *schoolScreen) layout() fyne.CanvasObject {
	f := s.f
	school := widget.NewForm(
		kit.Phrase{"school.neispuo", "Код по НЕИСПУО"}.Item(f.neispuo),
		kit.Phrase{"school.name", "Наименование"}.Item(f.name),
		kit.Phrase{"school.town", "Населено място"}.Item(f.town),
		kit.Phrase{"school.municipality", "Община"}.Item(f.municipality),
		kit.Phrase{"school.region", "Област"}.Item(f.region),
		kit.Phrase{"school.address", "Адрес"}.Item(f.address),
		kit.Phrase{"school.eik", "ЕИК/БУЛСТАТ"}.Item(f.eik),
		kit.Phrase{"school.ownership", "Държавно/общинско"}.Item(f.ownership),
		kit.Phrase{"school.group", "Група на училището"}.Item(f.group),
		kit.Phrase{"school.lesson", "Учебен час, минути"}.Item(f.lessonMinutes),
	)
	people := widget.NewForm(
		kit.Phrase{"school.director", "Директор"}.Item(f.director),
		kit.Phrase{"school.email", "Имейл"}.Item(f.email),
		kit.Phrase{"school.phone", "Телефон"}.Item(f.phone),
	)
	students := kit.Phrase{"year.students", "Брой ученици"}.Item(f.students)
	students.HintText = lang.X("year.students.hint", "в дневна форма по Списък-образец 1 (чл. 74)")
	approved := kit.Phrase{"year.approvedon", "Програмата е утвърдена на"}.Item(f.approvedOn)
	approved.HintText = lang.X("year.approvedon.hint", "до 28 октомври (чл. 39); от този ден разходите са допустими (чл. 96, т. 2)")
	year := widget.NewForm(
		kit.Phrase{"year.year", "Учебна година"}.Item(f.year),
		students,
		kit.Phrase{"year.currency", "Валута"}.Item(f.currency),
		approved,
	)
	left := widget.NewCard(lang.X("school.card", "Данни за училището"), "", school)
	plan := widget.NewCard(lang.X("plan.card", "Програма на годината"),
		lang.X("plan.card.sub", "план по дейности и видове разходи (чл. 83), средства за преодоляване на затруднения (чл. 75)"), s.plan.object)
	right := container.NewVBox(
		widget.NewCard(lang.X("school.people", "Директор и връзка"), "", people),
		widget.NewCard(lang.X("year.card", "Учебна година"), lang.X("year.card.sub", "основа на бюджета на програмата"), year),
	)
	save := widget.NewButtonWithIcon(lang.X("school.save", "Запази (Ctrl+S)"), theme.DocumentSaveIcon(), func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	history := func(kind model.Kind, id func() model.ID) func() {
		return func() {
			if id() == "" {
				s.env.ShowError(model.Errorf(model.CodeRequired, "", "%s", lang.X("school.history.none", "Още няма запазени данни: историята започва с първото запазване.")))
				return
			}
			showHistory(s.env, model.Ref{Kind: kind, ID: id()})
		}
	}
	buttons := container.NewHBox(save,
		widget.NewButtonWithIcon(lang.X("school.history", "История на училището"), theme.HistoryIcon(),
			history(model.KindSchool, func() model.ID { return s.school.ID })),
		widget.NewButtonWithIcon(lang.X("plan.history", "История на програмата"), theme.HistoryIcon(),
			history(model.KindProgramme, func() model.ID { return s.prog.ID })))
	return container.NewBorder(nil, buttons, nil, nil,
		container.NewVScroll(container.NewVBox(kit.Columns(left, right), plan)))
}

// check is the validator of one field: the model's verdict on the record as the form holds it,
// so the user sees the same message as they type that Save would give.
func (s *schoolScreen) check(field string) error {
	if field == "Year" {
		if _, err := model.ParseSchoolYear(s.f.year.Text); err != nil {
			return kit.FieldError(err, "")
		}
	}
	school, prog := s.f.read()
	var es model.Errors
	es.Add(school.Validate())
	es.Add(prog.Validate())
	return kit.FieldError(es, field)
}

// Refresh implements Screen: it shows the school and the current year's programme as stored,
// dropping unsaved input.
func (s *schoolScreen) Refresh() {
	school, prog, err := s.stored()
	if err != nil {
		s.env.ShowError(err)
		return
	}
	s.school, s.prog = school, prog
	s.f.fill(s.school, s.prog)
	s.plan.fill(s.prog)
	s.saved = s.values()
	s.changed()
}

// Changed implements kit.Watcher (issue #16): after a commit that touched the school or the
// shown year, the form shows them as now stored; with unsaved input the input stays and only the
// records it is saved onto are the new ones, so a save keeps what another writer changed in the
// fields this screen does not show (the calendar, the pay rates).
func (s *schoolScreen) Changed(c store.Change) {
	if !c.Has(model.KindSchool) && !c.Affects(s.currentYear()) {
		return
	}
	if !s.Dirty() {
		s.Refresh()
		return
	}
	school, prog, err := s.stored()
	if err != nil {
		s.env.ShowError(err)
		return
	}
	s.school, s.prog = school, prog
}

// stored returns copies of the school and the current year's programme from the live year (a
// new school and programme with the defaults when there are none yet): the records a save edits.
func (s *schoolScreen) stored() (model.School, model.Programme, error) {
	y := s.currentYear()
	d, err := s.db.LiveYear(y)
	if err != nil {
		return model.School{}, model.Programme{}, fmt.Errorf("live school year %s: %w", y, err)
	}
	school := d.School // a copy of the record: the live year stays as it is
	if school.ID == "" {
		school = model.School{LessonMinutes: 40}
	}
	prog, err := s.programme(y)
	if err != nil {
		return model.School{}, model.Programme{}, err
	}
	return school, *prog, nil
}

// currentYear returns the school year to show: the one picked above the navigation (year.go),
// else today's when it has a programme (or none has one), else the latest with one.
func (s *schoolScreen) currentYear() model.SchoolYear {
	years, err := s.db.Years()
	if err != nil || len(years) == 0 {
		return model.SchoolYearOf(model.DateOf(s.env.Now()))
	}
	return kit.ShownYear(s.db, years, s.env.Now())
}

// programme returns year y's programme, or a new one with the defaults when y has none.
func (s *schoolScreen) programme(y model.SchoolYear) (*model.Programme, error) {
	d, err := s.db.LiveYear(y)
	if err != nil {
		return nil, fmt.Errorf("live school year %s: %w", y, err)
	}
	if d.Programme.ID != "" {
		p := d.Programme // a copy; its slices stay the live year's and are replaced, never changed
		return &p, nil
	}
	return &model.Programme{Year: y, Currency: defaultCurrency(y)}, nil
}

// defaultCurrency is the euro for school years that end after 1 January 2026 (RULES.md §13).
func defaultCurrency(y model.SchoolYear) model.Currency {
	if y.End().Y >= 2026 {
		return model.EUR
	}
	return model.BGN
}

// Save implements Editor: it validates the school and the programme and saves both in one
// transaction, or nothing.
func (s *schoolScreen) Save() error {
	school, prog := s.f.read()
	var es model.Errors
	es.Add(school.Validate())
	if _, err := model.ParseSchoolYear(s.f.year.Text); err != nil {
		es.Add(err)
	} else {
		es.Add(prog.Validate())
	}
	plan, remedial, err := s.plan.read(prog.Currency)
	es.Add(err)
	if _, err := kit.ParseOptionalDate(s.f.approvedOn.Text); err != nil {
		es.Add(model.Errorf(model.CodeInvalidDate, "ApprovedOn", "%s: %s", lang.X("year.approvedon", "Програмата е утвърдена на"), kit.ErrorText(err)))
	}
	if len(es) == 0 {
		// The plan's lines and amounts are the model's to refuse, with their articles.
		p := prog
		p.Plan, p.RemedialPlan = plan, remedial
		es.Add(p.Validate())
	}
	if len(es) > 0 {
		s.f.reveal()
		return es
	}
	school.ID = s.school.ID
	base := s.prog
	if prog.Year != s.prog.Year {
		// Another year typed in: update that year's programme when it has one, never move this one.
		other, err := s.programme(prog.Year)
		if err != nil {
			return err
		}
		base = *other
	}
	base.Year, base.Students, base.Currency, base.ApprovedOn = prog.Year, prog.Students, prog.Currency, prog.ApprovedOn
	base.Plan, base.RemedialPlan = plan, remedial
	if err := s.db.PutAll(&school, &base); err != nil {
		return fmt.Errorf("save school and programme: %w", err)
	}
	// The saved records (with the IDs the store gave) are what the next save edits; the commit
	// comes back through Changed, with nothing unsaved left.
	s.school, s.prog = school, base
	s.saved = s.values()
	s.changed()
	return nil
}

// formYear is the year as the form holds it — the school, the programme and its plan — for the
// plan's totals; amounts that are no number count as nothing until they are fixed.
func (s *schoolScreen) formYear() *model.YearData {
	school, prog := s.f.read()
	base := s.prog
	base.Year, base.Students, base.Currency = prog.Year, prog.Students, prog.Currency
	base.Plan, base.RemedialPlan, _ = s.plan.read(prog.Currency)
	return &model.YearData{School: school, Programme: base}
}

// atoi reads a whole number typed by the user; 0 when it is none, which the model refuses.
func atoi(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0
	}
	return n
}
