package students

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// surveyPanel edits the interest survey card of Приложение № 4 (чл. 56).
type surveyPanel struct {
	filled, hobby, pastIn, pastOut, note *widget.Entry
	subjects, areas, times               *widget.CheckGroup
	wants                                *widget.RadioGroup

	saved   string
	content fyne.CanvasObject
}

// preferredTimes are the times of question 7, in the model's order.
var preferredTimes = []struct {
	t model.PreferredTime
	p kit.Phrase
}{
	{model.AfterClasses, kit.Phrase{"students.survey.after", "след учебните часове"}},
	{model.Holidays, kit.Phrase{"students.survey.holidays", "във ваканциите"}},
	{model.Weekends, kit.Phrase{"students.survey.weekends", "в почивните дни"}},
	{model.FullDay, kit.Phrase{"students.survey.fullday", "в целодневната организация"}},
}

// newSurveyPanel builds the panel; changed is called on every edit.
func newSurveyPanel(changed func()) *surveyPanel {
	p := &surveyPanel{}
	onText := func(string) { changed() }
	onList := func([]string) { changed() }
	p.filled, p.hobby, p.pastIn, p.pastOut, p.note = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	for _, e := range []*widget.Entry{p.filled, p.hobby, p.pastIn, p.pastOut, p.note} {
		e.OnChanged = onText
	}
	p.filled.SetPlaceHolder(kit.DatePlaceholder())
	p.filled.Validator = kit.OptionalDate
	var subjects, areas, times []string
	for _, s := range model.Subjects {
		subjects = append(subjects, s.Subject.Text(kit.ModelLang()))
	}
	for _, a := range model.ThematicAreas {
		areas = append(areas, a.Area.Text(kit.ModelLang()))
	}
	for _, t := range preferredTimes {
		times = append(times, t.p.String())
	}
	p.subjects = widget.NewCheckGroup(subjects, onList)
	p.areas = widget.NewCheckGroup(areas, onList)
	p.times = widget.NewCheckGroup(times, onList)
	p.wants = widget.NewRadioGroup(yesNoOptions(), onText)
	p.wants.Horizontal = true
	return p
}

// layout places the card's questions in the annex's order above the print buttons.
func (p *surveyPanel) layout(print ...fyne.CanvasObject) fyne.CanvasObject {
	form := widget.NewForm(
		kit.Phrase{"students.survey.filled", "Попълнена на"}.Item(p.filled),
		kit.Phrase{"students.survey.hobby", "2. Хоби"}.Item(p.hobby),
		kit.Phrase{"students.survey.pastin", "3. Занимания в училище досега"}.Item(p.pastIn),
		kit.Phrase{"students.survey.pastout", "4. Занимания извън училище"}.Item(p.pastOut),
		kit.Phrase{"students.survey.wants", "5. Желае да участва"}.Item(p.wants),
		kit.Phrase{"students.survey.note", "Други дейности"}.Item(p.note),
	)
	title := func(p kit.Phrase) *widget.Label {
		l := kit.Wrapped(p.String())
		l.TextStyle.Bold = true
		return l
	}
	// The lists stand under their titles, not in the form: their long options would widen it.
	lists := container.NewVBox(
		title(kit.Phrase{"students.survey.subjects", "1. Любими предмети"}), p.subjects,
		title(kit.Phrase{"students.survey.areas", "6. В какви дейности"}), p.areas,
		title(kit.Phrase{"students.survey.times", "7. Предпочитано време"}), p.times)
	p.content = container.NewVBox(form, lists, container.NewHBox(print...))
	return p.content
}

// notInStage are the subjects that the list of question 1 of Приложение № 4 does not offer for
// grades I–IV, V–VIII and IX–XII: the annex has one list per stage.
var notInStage = [3][]model.Subject{
	{model.SubjHistory, model.SubjGeography, model.SubjBiology, model.SubjPhysics, model.SubjChemistry},
	{model.SubjBiology, model.SubjPhysics, model.SubjChemistry},
	{model.SubjNature, model.SubjTech},
}

// surveyStage returns 0, 1 or 2 for the annex's lists of grades I–IV, V–VIII and IX–XII.
func surveyStage(grade int) int {
	switch {
	case grade <= 4:
		return 0
	case grade <= 8:
		return 1
	}
	return 2
}

// setSubjects offers the subjects of the list for the student's grade, and those already chosen.
func (p *surveyPanel) setSubjects(grade int, chosen []model.Subject) {
	var opts []string
	for _, x := range model.Subjects {
		if grade == 0 || !slices.Contains(notInStage[surveyStage(grade)], x.Subject) || slices.Contains(chosen, x.Subject) {
			opts = append(opts, x.Subject.Text(kit.ModelLang()))
		}
	}
	p.subjects.Options = opts
	p.subjects.Refresh()
}

// set fills the panel with s for a student of grade; nil empties it.
func (p *surveyPanel) set(s *model.InterestSurvey, grade int) {
	if s == nil {
		s = &model.InterestSurvey{}
	}
	p.setSubjects(grade, s.FavouriteSubjects)
	p.filled.SetText(kit.DateText(s.FilledOn))
	p.hobby.SetText(s.Hobby)
	p.pastIn.SetText(s.PastInSchool)
	p.pastOut.SetText(s.PastOutOfSchool)
	p.note.SetText(s.ActivitiesNote)
	var subjects, areas, times []string
	for _, x := range s.FavouriteSubjects {
		subjects = append(subjects, x.Text(kit.ModelLang()))
	}
	for _, a := range s.Activities {
		areas = append(areas, a.Text(kit.ModelLang()))
	}
	for _, t := range preferredTimes {
		if slices.Contains(s.Times, t.t) {
			times = append(times, t.p.String())
		}
	}
	p.subjects.SetSelected(subjects)
	p.areas.SetSelected(areas)
	p.times.SetSelected(times)
	p.wants.SetSelected("")
	if s.WantsToTakePart != model.Unanswered {
		p.wants.SetSelected(yesNoOptions()[boolIndex(s.WantsToTakePart == model.No)])
	}
	p.saved = p.values()
}

// values are the panel's inputs, comparable to tell unsaved input.
func (p *surveyPanel) values() string {
	return fmt.Sprint(p.filled.Text, p.hobby.Text, p.pastIn.Text, p.pastOut.Text, p.note.Text,
		sorted(p.subjects.Selected), sorted(p.areas.Selected), sorted(p.times.Selected), p.wants.Selected)
}

func sorted(s []string) []string { return slices.Sorted(slices.Values(s)) }

// dirty reports unsaved input.
func (p *surveyPanel) dirty() bool { return p.values() != p.saved }

// empty reports whether nothing is entered, so a student without a card keeps none.
func (p *surveyPanel) empty() bool {
	return p.values() == fmt.Sprint("", "", "", "", "", []string{}, []string{}, []string{}, "")
}

// apply writes the panel into s.
func (p *surveyPanel) apply(s *model.InterestSurvey) error {
	d, err := kit.ParseOptionalDate(p.filled.Text)
	if err != nil {
		return err
	}
	s.FilledOn = d
	s.Hobby, s.ActivitiesNote = strings.TrimSpace(p.hobby.Text), strings.TrimSpace(p.note.Text)
	s.PastInSchool, s.PastOutOfSchool = strings.TrimSpace(p.pastIn.Text), strings.TrimSpace(p.pastOut.Text)
	s.FavouriteSubjects, s.Activities, s.Times = nil, nil, nil
	for _, x := range model.Subjects {
		if slices.Contains(p.subjects.Selected, x.Subject.Text(kit.ModelLang())) {
			s.FavouriteSubjects = append(s.FavouriteSubjects, x.Subject)
		}
	}
	for _, a := range model.ThematicAreas {
		if slices.Contains(p.areas.Selected, a.Area.Text(kit.ModelLang())) {
			s.Activities = append(s.Activities, a.Area)
		}
	}
	for _, t := range preferredTimes {
		if slices.Contains(p.times.Selected, t.p.String()) {
			s.Times = append(s.Times, t.t)
		}
	}
	s.WantsToTakePart = model.Unanswered
	switch p.wants.Selected {
	case yesNoOptions()[0]:
		s.WantsToTakePart = model.Yes
	case yesNoOptions()[1]:
		s.WantsToTakePart = model.No
	}
	return nil
}

// needsPanel edits the criteria of чл. 57, ал. 2 that identify a student's remedial needs.
type needsPanel struct {
	criteria *widget.CheckGroup
	other    *widget.Entry
	saved    string
}

// needCriteria are the criteria of чл. 57, ал. 2, with where each sits in model.RemedialNeeds.
var needCriteria = []struct {
	p     kit.Phrase
	field func(n *model.RemedialNeeds) *bool
}{
	{kit.Phrase{"students.needs.repeated", "повтаря клас"}, func(n *model.RemedialNeeds) *bool { return &n.RepeatedGrade }},
	{kit.Phrase{"students.needs.low", "ниски резултати и оценки"}, func(n *model.RemedialNeeds) *bool { return &n.LowResults }},
	{kit.Phrase{"students.needs.social", "социални фактори"}, func(n *model.RemedialNeeds) *bool { return &n.SocialFactors }},
	{kit.Phrase{"students.needs.benefit", "спрени месечни помощи за дете"}, func(n *model.RemedialNeeds) *bool { return &n.StoppedChildBenefit }},
	{kit.Phrase{"students.needs.external", "слаби резултати от външно оценяване"}, func(n *model.RemedialNeeds) *bool { return &n.WeakExternalAssessment }},
	{kit.Phrase{"students.needs.absences", "над 10 неизвинени отсъствия"}, func(n *model.RemedialNeeds) *bool { return &n.UnexcusedOver10 }},
	{kit.Phrase{"students.needs.failure", "временен неуспех по предмет"}, func(n *model.RemedialNeeds) *bool { return &n.TemporaryFailure }},
	{kit.Phrase{"students.needs.health", "дълго отсъствие по здравословни причини"}, func(n *model.RemedialNeeds) *bool { return &n.LongHealthAbsence }},
}

// newNeedsPanel builds the panel; changed is called on every edit.
func newNeedsPanel(changed func()) *needsPanel {
	var opts []string
	for _, c := range needCriteria {
		opts = append(opts, c.p.String())
	}
	p := &needsPanel{criteria: widget.NewCheckGroup(opts, func([]string) { changed() }), other: widget.NewEntry()}
	p.other.OnChanged = func(string) { changed() }
	return p
}

// layout places the criteria under the article they come from.
func (p *needsPanel) layout() fyne.CanvasObject {
	head := kit.Wrapped(lang.X("students.needs.head",
		"Обучителни затруднения по критериите на чл. 57, ал. 2 (основа за индивидуалната образователна карта, Приложение № 5):"))
	return container.NewVBox(head, widget.NewForm(
		kit.Phrase{"students.needs.criteria", "Критерии"}.Item(p.criteria),
		kit.Phrase{"students.needs.other", "Друго"}.Item(p.other),
	))
}

// set fills the panel with n.
func (p *needsPanel) set(n model.RemedialNeeds) {
	var on []string
	for _, c := range needCriteria {
		if *c.field(&n) {
			on = append(on, c.p.String())
		}
	}
	p.criteria.SetSelected(on)
	p.other.SetText(n.Other)
	p.saved = p.values()
}

func (p *needsPanel) values() string { return fmt.Sprint(sorted(p.criteria.Selected), p.other.Text) }

// dirty reports unsaved input.
func (p *needsPanel) dirty() bool { return p.values() != p.saved }

// apply writes the panel into n.
func (p *needsPanel) apply(n *model.RemedialNeeds) {
	for _, c := range needCriteria {
		*c.field(n) = slices.Contains(p.criteria.Selected, c.p.String())
	}
	n.Other = strings.TrimSpace(p.other.Text)
}
