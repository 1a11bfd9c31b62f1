package students

import (
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Save implements Editor: it saves the student with its application and its survey card
// through store/ops (one transaction, or nothing), after showing every problem at once: those of
// the form's own fields (a date it cannot read) and the model's. A class list read for import
// and waiting for „Внеси“ is what the screen holds then (the form is empty and hidden): Save
// imports it — the window guard's Запази and Ctrl+S do what „Внеси“ does.
func (s *studentsScreen) Save() error {
	if s.importer.pending() {
		return s.importer.commitChanges()
	}
	if s.year == 0 {
		return errNoYear()
	}
	var es model.Errors
	st, err := s.formStudent()
	es.Add(err)
	a, err := s.formApplication()
	es.Add(err)
	v, err := s.formSurvey()
	es.Add(err)
	in := ops.Student{Student: st, Application: a, Survey: v}
	if len(es) > 0 {
		es.Add(ops.CheckStudent(s.year, in))
		return es.Err()
	}
	s.saving = true // the commit comes back through Changed: it must not judge the form meanwhile
	out, err := ops.SaveStudent(s.env.DB, s.year, in)
	s.saving = false
	if err != nil {
		return err
	}
	s.showSaved(out.Student, out.Application, out.Survey)
	return nil
}

// showSaved fills the form with what was saved: the student and, when they were saved with it, the
// application and card (else those the form was filled from). The list and the findings follow
// from the commit, through Changed, which may come before or after this.
func (s *studentsScreen) showSaved(st model.Student, a *model.Application, v *model.InterestSurvey) {
	if a == nil {
		a = s.apps[st.ID]
	}
	if v == nil {
		v = s.surveys[st.ID]
	}
	s.fill(st, a, v)
	s.reselect()
}

// formStudent returns the student of the form with its needs, sex and birth date.
func (s *studentsScreen) formStudent() (model.Student, error) {
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
	if s.current.PersonalNumberKind == model.PersonalNumberIDN && st.PersonalNumber == s.current.PersonalNumber {
		st.PersonalNumberKind = model.PersonalNumberIDN // an ИДН from НЕИСПУО has no check digit to tell it by
	}
	st.Areas3002 = nil
	for _, a := range model.ThematicAreas {
		if slices.Contains(s.areas3002.Selected, a.Area.Text(kit.ModelLang())) {
			st.Areas3002 = append(st.Areas3002, a.Area)
		}
	}
	st.Left = s.left.Checked
	s.needs.apply(&st.Needs)
	return st, s.esf.applyStudent(&st) // validated, and its personal number normalised, by ops
}

// formApplication returns the application of the panels, or nil when the student has
// none and none is entered, or the stored one is unchanged.
func (s *studentsScreen) formApplication() (*model.Application, error) {
	old := s.apps[s.current.ID]
	if old == nil && s.app.empty() && !s.esf.answered() || old != nil && !s.app.dirty() && !s.esf.dirty() {
		return nil, nil
	}
	a := &model.Application{Year: s.year}
	if old != nil {
		c := *old
		a = &c
	}
	var es model.Errors
	es.Add(s.app.apply(a))
	es.Add(s.esf.apply(&a.ESF))
	return a, es.Err() // linked to the student and validated by ops

}

// formSurvey returns the survey card of the panel, or nil as for formApplication.
func (s *studentsScreen) formSurvey() (*model.InterestSurvey, error) {
	old := s.surveys[s.current.ID]
	if old == nil && s.survey.empty() || old != nil && !s.survey.dirty() {
		return nil, nil
	}
	v := &model.InterestSurvey{Year: s.year}
	if old != nil {
		c := *old
		v = &c
	}
	return v, s.survey.apply(v) // linked to the student and validated by ops
}

// Reveal implements Revealer: it selects the student a finding names, or the student of the
// application or survey card it names, and opens the panel of that record.
func (s *studentsScreen) Reveal(ref model.Ref) bool {
	id, tab := ref.ID, tabStudent
	switch ref.Kind {
	case model.KindStudent:
	case model.KindApplication:
		id, tab = "", tabApplication
		for sid, a := range s.apps {
			if a.ID == ref.ID {
				id = sid
			}
		}
	case model.KindInterestSurvey:
		id, tab = "", tabSurvey
		for sid, v := range s.surveys {
			if v.ID == ref.ID {
				id = sid
			}
		}
	default:
		return false
	}
	i := slices.IndexFunc(s.all, func(o *model.Student) bool { return o.ID == id })
	if id == "" || i < 0 {
		return false
	}
	if !slices.Contains(s.shown, s.all[i]) {
		s.search.SetText("")
		s.filter.SetSelectedIndex(0)
	}
	s.edit(*s.all[i])
	if j := slices.Index(s.shown, s.all[i]); j >= 0 {
		s.list.Select(j)
		s.list.ScrollTo(j)
	}
	s.tabs.SelectIndex(tab)
	return true
}

// printButtons are Печат and Празен формуляр of the application (Приложение № 2) or of the
// survey card (Приложение № 4).
func (s *studentsScreen) printButtons(application bool) []fyne.CanvasObject {
	printed := widget.NewButtonWithIcon(lang.X("students.print", "Печат"), theme.DocumentPrintIcon(), func() {
		s.print(application, false)
	})
	blank := widget.NewButtonWithIcon(lang.X("students.print.blank", "Празен формуляр"), theme.DocumentIcon(), func() {
		s.print(application, true)
	})
	return []fyne.CanvasObject{printed, blank}
}

// print writes the stored application or survey card of the student, or a blank form, as PDF.
func (s *studentsScreen) print(application, blank bool) {
	d := s.data
	if d == nil {
		s.env.ShowError(errNoYear())
		return
	}
	var id model.ID
	if a := s.apps[s.current.ID]; application && a != nil {
		id = a.ID
	} else if v := s.surveys[s.current.ID]; !application && v != nil {
		id = v.ID
	}
	if application && !blank && kit.SpecialSealed(s.env) {
		// Its ESF panel would print empty: unlock it first (students_special.go), then print.
		kit.AskSpecialKey(s.env, func() { s.print(application, blank) })
		return
	}
	if !blank && (id == "" || s.formDirty()) {
		s.env.ShowError(model.Errorf(model.CodeNotSaved, "", "%s", lang.X("students.print.save",
			"Запазете данните на ученика, преди да ги отпечатате, или отпечатайте празен формуляр.")))
		return
	}
	name, write := "заявление", forms.WriteApplication
	if !application {
		name, write = "анкетна-карта", forms.WriteSurvey
	}
	if blank {
		s.env.SaveFile(name+"-празно.pdf", func(w io.Writer) error {
			if application {
				return forms.WriteBlankApplication(w, d)
			}
			return forms.WriteBlankSurvey(w, d)
		})
		return
	}
	file := name + "-" + strings.ReplaceAll(s.current.Name.String(), " ", "-") + ".pdf"
	s.env.SaveFile(file, func(w io.Writer) error { return write(w, d, id) })
}
