package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// studentStore is what the students screen needs from the data file.
type studentStore interface {
	yearStore
	Put(r model.Record) error
}

// studentValues is what the student form holds, comparable to tell unsaved input.
type studentValues struct {
	first, middle, last, grade, section, number string
}

// studentsScreen lists the shown school year's students and edits one of them.
type studentsScreen struct {
	env *Env
	db  studentStore

	year  model.SchoolYear // the shown year; zero when none is entered
	all   []*model.Student // the year's students, by class and name
	shown []*model.Student // those that match the search and the grade filter

	current model.Student // as loaded: keeps the ID and the fields the form does not show
	saved   studentValues

	search, first, middle, last, section, number *widget.Entry
	filter, grade                                *widget.Select
	list                                         *widget.List
	message                                      *widget.Label
	content                                      fyne.CanvasObject
}

// newStudentsScreen builds the students screen on the open data file.
func newStudentsScreen(env *Env) Screen {
	s := &studentsScreen{env: env, db: env.DB, message: widget.NewLabel("")}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.X("students.search", "Търсене по име"))
	s.search.OnChanged = func(string) { s.applyFilter() }
	s.filter = widget.NewSelect(gradeFilterOptions(), func(string) { s.applyFilter() })
	s.filter.SetSelectedIndex(0)
	s.list = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			st := s.shown[i]
			o.(*widget.Label).SetText(st.Name.String() + " — " + st.ClassName())
		})
	s.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(s.shown) {
			s.open(*s.shown[i])
		}
	}
	s.buildForm()
	s.content = s.layout()
	return s
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
		return fieldError(model.CheckEGNOrLNCH("PersonalNumber", text), "PersonalNumber")
	}
	s.grade = widget.NewSelect(gradeFilterOptions()[1:], func(string) { s.changed() })
	s.grade.PlaceHolder = lang.X("students.grade.choose", "изберете клас")
}

// layout places the search and the list on the left and the form on the right.
func (s *studentsScreen) layout() fyne.CanvasObject {
	form := widget.NewForm(
		phrase{"students.first", "Име"}.item(s.first),
		phrase{"students.middle", "Презиме"}.item(s.middle),
		phrase{"students.last", "Фамилия"}.item(s.last),
		phrase{"students.grade", "Клас"}.item(s.grade),
		phrase{"students.section", "Паралелка"}.item(s.section),
		phrase{"students.number", "ЕГН/ЛНЧ"}.item(s.number),
	)
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
	top := container.NewBorder(nil, nil, nil, s.filter, s.search)
	left := container.NewBorder(container.NewVBox(s.message, top), nil, nil, nil, s.list)
	right := widget.NewCard(lang.X("students.card", "Ученик"), "",
		container.NewVBox(form, container.NewHBox(add, save)))
	split := container.NewHSplit(left, container.NewVScroll(right))
	split.Offset = 0.45
	return split
}

// Content implements Screen.
func (s *studentsScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the form differs from what was loaded or saved.
func (s *studentsScreen) Dirty() bool { return s.values() != s.saved }

// changed is called on every edit.
func (s *studentsScreen) changed() {
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// values returns what the form holds.
func (s *studentsScreen) values() studentValues {
	return studentValues{s.first.Text, s.middle.Text, s.last.Text, s.grade.Selected, s.section.Text, s.number.Text}
}

// open fills the form with st, asking first when that would drop unsaved input.
func (s *studentsScreen) open(st model.Student) {
	whenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."),
		func() { s.edit(st) }, nil)
}

// edit fills the form with st.
func (s *studentsScreen) edit(st model.Student) {
	s.current = st
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
	s.saved = s.values()
	s.changed()
}

// Refresh implements Screen: it loads the shown year's students and empties the form.
func (s *studentsScreen) Refresh() {
	d, err := loadShownYear(s.db, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
		return
	}
	s.year, s.all = 0, nil
	s.message.SetText(noYearText())
	if d != nil {
		s.year = d.Programme.Year
		s.message.SetText(lang.X("students.year", "Списък на учениците през учебната година") + " " + s.year.String())
		s.load(d.Students)
	}
	s.list.UnselectAll()
	s.applyFilter()
	s.edit(model.Student{Year: s.year})
}

// load keeps copies of the year's students, ordered by class and then name.
func (s *studentsScreen) load(students []model.Student) {
	s.all = make([]*model.Student, len(students))
	for i := range students {
		st := students[i]
		s.all[i] = &st
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

// Save implements Editor: it validates the student of the form and saves it, or nothing.
func (s *studentsScreen) Save() error {
	if s.year == 0 {
		return errors.New(noYearText())
	}
	st := s.current
	st.Year = s.year
	st.Name = model.PersonName{
		First:  strings.TrimSpace(s.first.Text),
		Middle: strings.TrimSpace(s.middle.Text),
		Last:   strings.TrimSpace(s.last.Text),
	}
	st.Grade = s.grade.SelectedIndex() + 1 // 0 when none is chosen, which the model refuses
	st.Section = strings.TrimSpace(s.section.Text)
	st.PersonalNumber, st.PersonalNumberKind = strings.TrimSpace(s.number.Text), model.PersonalNumberUnknown
	if err := st.Validate(); err != nil {
		return err
	}
	if st.PersonalNumber != "" {
		st.PersonalNumber, st.PersonalNumberKind, _ = model.ParsePersonalNumber(st.PersonalNumber)
	}
	if err := s.db.Put(&st); err != nil {
		return fmt.Errorf("save student: %w", err)
	}
	s.replace(st)
	s.edit(st)
	return nil
}

// replace puts the saved st in the list in place of its old copy, or adds it.
func (s *studentsScreen) replace(st model.Student) {
	i := slices.IndexFunc(s.all, func(o *model.Student) bool { return o.ID == st.ID })
	if i < 0 {
		s.all = append(s.all, &st)
	} else {
		s.all[i] = &st
	}
	students := make([]model.Student, len(s.all))
	for i, p := range s.all {
		students[i] = *p
	}
	s.load(students)
	s.applyFilter()
}
