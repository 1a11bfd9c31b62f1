package students

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

// studentValues is what the student form holds, comparable to tell unsaved input.
type studentValues struct {
	first, middle, last, grade, section, number, areas string
	left                                               bool
}

// Tabs of the student's panels, in order.
const (
	tabStudent = iota
	tabApplication
	tabESF
	tabSurvey
	tabNeeds
)

// studentsScreen lists the shown school year's students and edits one of them: the student,
// the application with the consents (Приложение № 2), its ESF data, the interest survey card
// (Приложение № 4) and the remedial needs (чл. 57), all saved together or not at all.
type studentsScreen struct {
	env *kit.Env

	// The shown year is the store's live year (issue #16): shared and read-only. data, all, apps
	// and surveys point into it and are never changed; a commit gives a new snapshot, which
	// Changed reads again.
	year     model.SchoolYear // the shown year; zero when none is entered
	data     *model.YearData  // the shown year as stored, for the panels' options and the forms
	findings []model.Finding  // the rules engine's findings on data
	all      []*model.Student // the year's students, by class and name
	shown    []*model.Student // those that match the search and the grade filter
	apps     map[model.ID]*model.Application
	surveys  map[model.ID]*model.InterestSurvey

	// current is the screen's own copy of the student in the form, as loaded or saved: it keeps
	// the ID and the fields the form does not show. baseApp and baseSurvey are the application
	// and card the panels were filled from (records of a live snapshot, so they never change):
	// Changed compares them with the file's to tell another writer's change.
	current    model.Student
	baseApp    *model.Application
	baseSurvey *model.InterestSurvey
	saved      studentValues
	told       kit.ChangeGate // the commits Changed was told of
	saving     bool           // Save's own transaction is under way: Changed leaves the form alone
	checks     int            // the number of the last check of the year started (checkYear)
	notice     *widget.Label
	endBtn     *widget.Button // Отписване… of the student in the form (students_remove.go)
	removeBtn  *widget.Button // Изтрий…
	historyBtn *widget.Button // История

	search, first, middle, last, section, number *widget.Entry
	filter, grade                                *widget.Select
	areas3002                                    *widget.CheckGroup // чл. 5, ал. 2–3
	left                                         *widget.Check      // Student.Left: отписан, преместен or напуснал
	list                                         *widget.List
	message                                      *widget.Label
	box                                          *kit.FindingsBox
	tabs                                         *container.AppTabs
	app                                          *applicationPanel
	esf                                          *esfPanel
	survey                                       *surveyPanel
	needs                                        *needsPanel
	esfNote, needsNote                           *kit.SealedNote // the special categories sealed (students_special.go)
	sealed                                       bool            // the panels show them sealed
	importer                                     *importView
	main                                         fyne.CanvasObject
	content                                      *fyne.Container
}

// NewStudentsScreen builds the students screen on the open data file.
func NewStudentsScreen(env *kit.Env) kit.Screen {
	s := &studentsScreen{env: env, message: kit.Wrapped(""), box: kit.NewFindingsBox(), notice: kit.Wrapped("")}
	s.notice.Importance = widget.WarningImportance
	s.notice.Hide()
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.X("students.search", "Търсене по име"))
	s.search.OnChanged = func(string) { s.applyFilter() }
	s.filter = widget.NewSelect(gradeFilterOptions(), func(string) { s.applyFilter() })
	s.filter.SetSelectedIndex(0)
	s.list = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis // a long name ends in „…“, never cut mid-letter
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(rowLine(s.shown[i]))
		})
	s.list.OnSelected = func(i widget.ListItemID) {
		// The form's own student marked again (after a save, or Остани) opens nothing.
		if i >= 0 && i < len(s.shown) && (s.current.ID == "" || s.shown[i].ID != s.current.ID) {
			s.open(*s.shown[i])
		}
	}
	s.buildForm()
	s.app, s.esf = newApplicationPanel(s.changed), newESFPanel(s.changed)
	s.survey, s.needs = newSurveyPanel(s.changed), newNeedsPanel(s.changed)
	s.newSealedNotes()
	s.app.setOptions(nil)
	s.submitOnEnter()
	s.importer = newImportView(s)
	s.main = s.layout()
	s.content = container.NewStack(s.main, s.importer.content)
	s.importer.content.Hide()
	return s
}

// rowLine is a student's row in the list: the class first, so that a long name, ended in „…“
// by the pane's width, never takes the class with it (issue #17: on a 1366×768 laptop at 125 %
// „Антонио Бориславов Райчев — II А“ lost its class), then „отписан“ for one who left, then the
// name: „II А · Антонио Бориславов Райчев“.
func rowLine(st *model.Student) string {
	line := st.ClassName()
	if st.Left {
		line += " · " + lang.X("students.left.mark", "отписан")
	}
	return line + " · " + st.Name.String()
}

// gradeFilterOptions are „all grades“ followed by I … XII.
func gradeFilterOptions() []string {
	opts := []string{lang.X("students.allgrades", "Всички класове")}
	for g := 1; g <= 12; g++ {
		opts = append(opts, model.RomanGrade(g))
	}
	return opts
}

// buildForm makes the inputs of the student form.
func (s *studentsScreen) buildForm() {
	entry := func() *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(string) { s.changed() }
		return e
	}
	s.first, s.middle, s.last, s.section = entry(), entry(), entry(), entry()
	s.number = entry()
	s.number.Validator = func(text string) error {
		if strings.TrimSpace(text) == "" {
			return nil
		}
		return kit.FieldError(model.CheckEGNOrLNCH("PersonalNumber", text), "PersonalNumber")
	}
	s.grade = widget.NewSelect(gradeFilterOptions()[1:], func(string) { s.changed() })
	s.grade.PlaceHolder = lang.X("students.grade.choose", "изберете клас")
	var areas []string
	for _, a := range model.ThematicAreas {
		areas = append(areas, a.Area.Text(kit.ModelLang()))
	}
	s.areas3002 = widget.NewCheckGroup(areas, func([]string) { s.changed() })
	s.left = widget.NewCheck(lang.X("students.left", "Отписан от училището (отписан, преместен или напуснал)"), func(bool) { s.changed() })
}

// submitOnEnter makes Enter in any entry of the form or the panels save, like Ctrl+S.
func (s *studentsScreen) submitOnEnter() {
	for _, e := range []*widget.Entry{s.first, s.middle, s.last, s.section, s.number,
		s.app.submitted, s.app.parent, s.app.address, s.app.phone, s.esf.birth, s.esf.exit, s.esf.leftNote,
		s.survey.filled, s.survey.hobby, s.survey.pastIn, s.survey.pastOut, s.survey.note, s.needs.other} {
		e.OnSubmitted = func(string) {
			if err := s.Save(); err != nil {
				s.env.ShowError(err)
			}
		}
	}
}

// layout places the search and the list on the left, the findings, the panels and the buttons
// on the right.
func (s *studentsScreen) layout() fyne.CanvasObject {
	form := widget.NewForm(
		kit.Phrase{"students.first", "Име"}.Item(s.first),
		kit.Phrase{"students.middle", "Презиме"}.Item(s.middle),
		kit.Phrase{"students.last", "Фамилия"}.Item(s.last),
		kit.Phrase{"students.grade", "Клас"}.Item(s.grade),
		kit.Phrase{"students.section", "Паралелка"}.Item(s.section),
		kit.Phrase{"students.number", "ЕГН/ЛНЧ"}.Item(s.number),
	)
	areasNote := kit.Wrapped(lang.X("students.areas3002",
		"Тематични области, в които ученикът участва в дейности по процедура BG05M2OP001-3.002: в група по интереси от същата област не може да бъде включен (чл. 5, ал. 2–3)."))
	student := container.NewVBox(form, s.recordButtons(), s.left, areasNote, s.areas3002)
	add := widget.NewButtonWithIcon(lang.X("students.new", "Нов"), theme.ContentAddIcon(), func() {
		s.list.UnselectAll()
		s.open(model.Student{Year: s.year})
	})
	save := widget.NewButtonWithIcon(lang.X("students.save", "Запази"), theme.DocumentSaveIcon(), func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(lang.X("students.import", "Внос на списък"), theme.UploadIcon(), s.showImport)
	scroll := func(o fyne.CanvasObject) fyne.CanvasObject { return container.NewVScroll(o) }
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("students.tab.student", "Ученик"), scroll(student)),
		container.NewTabItem(lang.X("students.tab.application", "Заявление"), scroll(s.app.layout(s.printButtons(true)...))),
		container.NewTabItem(lang.X("students.tab.esf", "ЕСФ"), scroll(container.NewVBox(s.esfNote.Object(), s.esf.layout()))),
		container.NewTabItem(lang.X("students.tab.survey", "Анкета"), scroll(s.survey.layout(s.printButtons(false)...))),
		container.NewTabItem(lang.X("students.tab.needs", "Затруднения"), scroll(container.NewVBox(s.needsNote.Object(), s.needs.layout()))),
	)
	// The search and the grade filter each have the pane's whole width (side by side the search
	// was 70 px wide on a 1366×768 laptop at 125 %: „Търсен“); the import is under the list.
	top := container.NewVBox(s.message, s.search, s.filter)
	left := container.NewBorder(top, imp, nil, nil, s.list)
	right := container.NewBorder(container.NewVBox(s.notice, s.box.Object()), container.NewHBox(add, save), nil, nil, s.tabs)
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	return split
}

// Content implements Screen.
func (s *studentsScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the form or a panel differs from what was loaded or saved, or a class
// list read for import waits for „Внеси“ (issue #17: the window's guard did not know of it, and
// leaving the section dropped the list unasked).
func (s *studentsScreen) Dirty() bool { return s.formDirty() || s.importer.pending() }

// formDirty reports whether the form or a panel differs from what was loaded or saved.
func (s *studentsScreen) formDirty() bool {
	return s.values() != s.saved || s.app.dirty() || s.esf.dirty() || s.survey.dirty() || s.needs.dirty()
}

// changed is called on every edit.
func (s *studentsScreen) changed() {
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// values returns what the form holds.
func (s *studentsScreen) values() studentValues {
	return studentValues{s.first.Text, s.middle.Text, s.last.Text, s.grade.Selected, s.section.Text, s.number.Text,
		strings.Join(sorted(s.areas3002.Selected), "|"), s.left.Checked}
}

// open fills the form with st, asking first when that would drop unsaved input.
func (s *studentsScreen) open(st model.Student) {
	kit.WhenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."),
		func() { s.edit(st) }, s.reselect)
}

// reselect marks the student of the form in the list again, or nothing for a new one.
func (s *studentsScreen) reselect() {
	kit.ReselectID(s.list, len(s.shown), func(i int) model.ID { return s.shown[i].ID }, s.current.ID)
}

// edit fills the form and the panels with st, its application and its survey card.
func (s *studentsScreen) edit(st model.Student) {
	s.fill(st, s.apps[st.ID], s.surveys[st.ID])
}

// fill fills the form with a copy of st and the panels with application a and survey card v
// (nil: none), and takes them as the saved state.
func (s *studentsScreen) fill(st model.Student, a *model.Application, v *model.InterestSurvey) {
	st.Areas3002 = slices.Clone(st.Areas3002) // st may be a record of the live year: the form's copy is its own
	s.current, s.baseApp, s.baseSurvey = st, a, v
	s.setNotice("")
	s.enableRecordButtons()
	s.first.SetText(st.Name.First)
	s.middle.SetText(st.Name.Middle)
	s.last.SetText(st.Name.Last)
	if st.Grade < 1 {
		s.grade.ClearSelected()
	} else {
		s.grade.SetSelectedIndex(st.Grade - 1)
	}
	s.section.SetText(st.Section)
	s.number.SetText(st.PersonalNumber)
	var areas []string
	for _, a := range st.Areas3002 {
		areas = append(areas, a.Text(kit.ModelLang()))
	}
	s.areas3002.SetSelected(areas)
	s.left.SetChecked(st.Left)
	s.saved = s.values()
	s.app.set(a)
	esf := model.ESFSurvey{}
	if a != nil {
		esf = a.ESF
	}
	s.esf.set(&st, esf)
	s.survey.set(v, st.Grade)
	s.needs.set(st.Needs)
	s.showSealed()
	s.showFindings()
	s.changed()
}

// showFindings shows the findings about the student of the form, its application and its card.
func (s *studentsScreen) showFindings() {
	st := s.current
	if st.ID == "" {
		s.box.Show(nil)
		return
	}
	ids := []model.ID{st.ID}
	if a := s.apps[st.ID]; a != nil {
		ids = append(ids, a.ID)
	}
	if v := s.surveys[st.ID]; v != nil {
		ids = append(ids, v.ID)
	}
	s.box.Show(kit.FindingsAbout(s.findings, ids...))
}

// Refresh implements Screen: it loads the shown year's students and empties the form.
func (s *studentsScreen) Refresh() {
	s.importer.drop() // a list read and not imported is unsaved input too: dropped with the rest
	if err := s.reload(true); err != nil {
		s.env.ShowError(err)
		return
	}
	s.list.UnselectAll()
	s.applyFilter()
	s.edit(model.Student{Year: s.year})
}

// reload reads the shown year — the live year, nothing decoded or copied — its students,
// applications and cards, and checks it away from the window. options also renews the wishes
// the application offers (the year's interest groups).
func (s *studentsScreen) reload(options bool) error {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		return err
	}
	s.year, s.data, s.all = 0, d, nil
	s.apps, s.surveys = map[model.ID]*model.Application{}, map[model.ID]*model.InterestSurvey{}
	s.message.SetText(kit.NoYearText())
	if options {
		s.app.setOptions(d)
	}
	if d == nil {
		s.findings = nil
		return nil
	}
	s.year = d.Programme.Year
	s.message.SetText(s.yearLine())
	s.index()
	return nil
}

// yearLine names the shown year above the list.
func (s *studentsScreen) yearLine() string {
	return lang.X("students.year", "Ученици през учебната година") + " " + s.year.String()
}

// index lists the shown year's students, finds each one's application and survey card, and
// checks the year. The pointers are into the live year: read, never changed.
func (s *studentsScreen) index() {
	d := s.data
	s.load(d.Students)
	for i := range d.Applications {
		s.apps[d.Applications[i].StudentID] = &d.Applications[i]
	}
	for i := range d.Surveys {
		s.surveys[d.Surveys[i].StudentID] = &d.Surveys[i]
	}
	s.checkYear(d)
}

// load lists the year's students, ordered by class and then name.
func (s *studentsScreen) load(students []model.Student) {
	s.all = make([]*model.Student, len(students))
	for i := range students {
		s.all[i] = &students[i]
	}
	slices.SortStableFunc(s.all, func(a, b *model.Student) int {
		if a.Grade != b.Grade {
			return a.Grade - b.Grade
		}
		if a.Section != b.Section {
			return strings.Compare(a.Section, b.Section)
		}
		return strings.Compare(a.Name.String(), b.Name.String())
	})
}

// applyFilter shows the students whose name contains the search text, in the chosen grade.
func (s *studentsScreen) applyFilter() {
	if s.list == nil {
		return
	}
	text := strings.ToLower(strings.TrimSpace(s.search.Text))
	grade := s.filter.SelectedIndex() // 0 is every grade
	s.shown = s.shown[:0]
	for _, st := range s.all {
		if grade > 0 && st.Grade != grade {
			continue
		}
		if text != "" && !strings.Contains(strings.ToLower(st.Name.String()), text) {
			continue
		}
		s.shown = append(s.shown, st)
	}
	s.list.UnselectAll()
	s.list.Refresh()
}

// errNoYear is the error of saving before a school year is entered.
func errNoYear() error { return kit.ErrNoYear() }
