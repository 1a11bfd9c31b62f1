package forms

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// preferredTimes are the options of question 7 of Приложение № 4, word for word.
var preferredTimes = []struct {
	t     model.PreferredTime
	label string
}{
	{model.AfterClasses, "В УЧЕБНИТЕ ДНИ, СЛЕД ПРИКЛЮЧВАНЕ НА ЗАДЪЛЖИТЕЛНИТЕ ЧАСОВЕ"},
	{model.Holidays, "ПРЕЗ ВАКАНЦИИТЕ"},
	{model.Weekends, "В ПОЧИВНИТЕ ДНИ"},
	{model.FullDay, "В ЗАНИМАНИЯТА ПО ИНТЕРЕСИ И ОРГАНИЗИРАН ОТДИХ И ФИЗИЧЕСКА АКТИВНОСТ (ПРИ ЦЕЛОДНЕВНА ОРГАНИЗАЦИЯ НА УЧЕБНИЯ ДЕН)"},
}

const markWithX = "ИНСТРУКЦИЯ: Отбележи с Х в празното квадратче"

// surveyIntro is the card's introduction to the student.
var surveyIntro = []string{
	"С ТАЗИ АНКЕТА ИСКАМЕ ДА НАУЧИМ ОТ ТЕБ МАЛКО ПОВЕЧЕ ЗА ТВОИТЕ ИНТЕРЕСИ И ДЕЙНОСТИТЕ, В КОИТО СИ " +
		"УЧАСТВАЛ В ИЗВЪНУЧЕБНО ВРЕМЕ И КОИТО НЕ СА ЧАСТ ОТ УЧЕБНАТА ПРОГРАМА В УЧИЛИЩЕ.",
	"ТВОИТЕ ОТГОВОРИ ЩЕ ПОМОГНАТ ПРИ ВКЛЮЧВАНЕТО ТИ В ЗАНИМАНИЯТА ПО ИНТЕРЕСИ ЧРЕЗ УЧАСТИЕ В " +
		"ПРЕДПОЧИТАНА ОТ ТЕБ ИЗВЪНКЛАСНА ДЕЙНОСТ.",
	"НЕ СЕ ПРИТЕСНЯВАЙ ДА СПОДЕЛИШ СВОЕТО ЖЕЛАНИЕ И ДА ОТГОВАРЯШ СВОБОДНО И БЕЗ ПРИТЕСНЕНИЯ.",
}

// WriteSurvey prints the interest survey card of Приложение № 4 (чл. 56) filled in from survey
// surveyID and its student.
func WriteSurvey(w io.Writer, d *model.YearData, surveyID model.ID) error {
	s, err := find(d.Surveys, surveyID)
	if err != nil {
		return fmt.Errorf("write survey: %w", err)
	}
	st, _ := find(d.Students, s.StudentID) // a missing student leaves the name blank
	return writeSurvey(w, d, s, st)
}

// WriteBlankSurvey prints Приложение № 4 with every answer blank and the subject lists of all
// three stages, for students to fill in by hand.
func WriteBlankSurvey(w io.Writer, d *model.YearData) error {
	return writeSurvey(w, d, &model.InterestSurvey{}, nil)
}

func writeSurvey(w io.Writer, d *model.YearData, s *model.InterestSurvey, st *model.Student) error {
	name, class, grade := model.PersonName{}, "", 0
	if st != nil {
		name, class, grade = st.Name, st.ClassName(), st.Grade
	}
	answered := s.ID != ""
	dc := formDoc(d, "Анкетна карта", "survey", s.ID)
	dc.annex("Приложение № 4")
	dc.title("АНКЕТНА КАРТА")
	dc.subtitle("ЗА УЧЕНИЦИ, КОИТО ЖЕЛАЯТ ДА УЧАСТВАТ В ЗАНИМАНИЯ ПО ИНТЕРЕСИ В ПРОЕКТ\n„ТВОЯТ ЧАС“")
	for _, l := range surveyIntro {
		dc.small(l)
	}
	dc.y += 4
	dc.text("ИМЕ, " + orBlank(name.First) + " ПРЕЗИМЕ, " + orBlank(name.Middle))
	dc.text("ФАМИЛИЯ " + orBlank(name.Last))
	dc.text("КЛАС " + orBlank(class))
	dc.bold("1. КОЙ Е ЛЮБИМИЯТ ТИ УЧЕБЕН ПРЕДМЕТ?")
	for _, stage := range stagesFor(grade) {
		dc.bold(stage.heading)
		dc.small(markWithX)
		dc.pairs(subjectCells(stage, s.FavouriteSubjects))
		if stage.to == 12 {
			dc.text("ДРУГ УЧЕБЕН ПРЕДМЕТ " + orBlank(strings.Join(otherSubjects(stage, s.FavouriteSubjects), ", ")))
		}
	}
	dc.surveyQuestions(s, answered)
	dc.y += 10
	dc.pairs([]string{"УЧЕНИК " + blank, "РОДИТЕЛ " + blank})
	return dc.finish(w)
}

// surveyQuestions prints questions 2–7.
func (dc *doc) surveyQuestions(s *model.InterestSurvey, answered bool) {
	// Each question is kept whole on its page, question 7 with the signatures under it.
	dc.ensure(100)
	dc.bold("2. Имаш ли хоби и какво е то?")
	dc.small(markWithX)
	dc.text(box(answered && s.Hobby != "") + " ДА      " + box(answered && s.Hobby == "") + " НЕ")
	dc.text("КАКВО Е ТВОЕТО ХОБИ")
	dc.writeLines(s.Hobby, 2)
	dc.ensure(90)
	dc.bold("3. Посещавал/а ли си извънкласни и извънучилищни дейности през миналата учебна година?")
	dc.small(markWithX)
	in, out := s.PastInSchool != "", s.PastOutOfSchool != ""
	dc.pairs([]string{"В УЧИЛИЩЕ", "ИЗВЪН УЧИЛИЩЕ",
		"ПОСЕЩАВАЛ/А СЪМ\u00a0" + box(answered && in), "ПОСЕЩАВАЛ/А СЪМ\u00a0" + box(answered && out),
		"НЕ СЪМ ПОСЕЩАВАЛ/А\u00a0" + box(answered && !in), "НЕ СЪМ ПОСЕЩАВАЛ/А\u00a0" + box(answered && !out)})
	dc.ensure(120)
	dc.bold("4. Какви извънкласни и извънучилищни дейности си посещавал/а през миналата учебна година?")
	dc.small("ИНСТРУКЦИЯ: напиши")
	dc.writeLines(strings.Trim(s.PastInSchool+"; "+s.PastOutOfSchool, "; "), 4)
	dc.ensure(60)
	dc.bold("5. Искаш ли да участваш в извънкласни дейности по интереси, организирани от училището?")
	dc.small(markWithX)
	dc.text("ДА " + box(s.WantsToTakePart == model.Yes) + "      НЕ " + box(s.WantsToTakePart == model.No))
	dc.ensure(100)
	dc.bold("6. В какви извънкласни дейности искаш да участваш ?")
	dc.small("ИНСТРУКЦИЯ: Напиши в каква дейност по интереси би желал/а да участваш")
	dc.writeLines(surveyActivities(s), 3)
	dc.ensure(190)
	dc.bold("7. Кога предпочиташ да посещаваш извънкласните дейности?")
	dc.small(markWithX)
	dc.boxed("", "ДА   НЕ")
	for _, p := range preferredTimes {
		chosen := slices.Contains(s.Times, p.t)
		dc.boxed(p.label, box(answered && chosen)+"     "+box(answered && !chosen))
	}
}

// pairs prints cells two to a line, left then right, each wrapped in its half of the width.
func (dc *doc) pairs(cells []string) {
	half := contentW / 2
	lh := annexSize * lineFactor
	for i := 0; i < len(cells); i += 2 {
		dc.font(false, annexSize)
		left := dc.wrap(cells[i], half-8)
		var right []string
		if i+1 < len(cells) {
			right = dc.wrap(cells[i+1], half-8)
		}
		n := max(len(left), len(right))
		dc.ensure(float64(n) * lh)
		dc.font(false, annexSize)
		for j, l := range left {
			dc.textAt(marginL, dc.y+float64(j)*lh, half-8, l, gopdf.Left)
		}
		for j, l := range right {
			dc.textAt(marginL+half, dc.y+float64(j)*lh, half-8, l, gopdf.Left)
		}
		dc.y += float64(n)*lh + 1.5
	}
	dc.y += 2
}

func surveyActivities(s *model.InterestSurvey) string {
	var parts []string
	for _, a := range s.Activities {
		parts = append(parts, a.Name())
	}
	if s.ActivitiesNote != "" {
		parts = append(parts, s.ActivitiesNote)
	}
	return strings.Join(parts, "; ")
}
