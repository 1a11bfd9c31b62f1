package forms

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// preferredTimes are the options of question 7 of Приложение № 4.
var preferredTimes = []struct {
	t     model.PreferredTime
	label string
}{
	{model.AfterClasses, "В учебните дни, след приключване на задължителните часове"},
	{model.Holidays, "През ваканциите"},
	{model.Weekends, "В почивните дни"},
	{model.FullDay, "В заниманията по интереси и организиран отдих и физическа активност (при целодневна организация)"},
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

// WriteBlankSurvey prints Приложение № 4 with every answer blank, for students to fill in by hand.
func WriteBlankSurvey(w io.Writer, d *model.YearData) error {
	return writeSurvey(w, d, &model.InterestSurvey{}, nil)
}

func writeSurvey(w io.Writer, d *model.YearData, s *model.InterestSurvey, st *model.Student) error {
	name, class := model.PersonName{}, ""
	if st != nil {
		name, class = st.Name, st.ClassName()
	}
	dc := newDoc(d, "Анкетна карта", true)
	dc.annex("Приложение № 4")
	dc.title("АНКЕТНА КАРТА")
	dc.subtitle("за ученици, които желаят да участват в занимания по интереси в проект „Твоят час“")
	dc.field("Име", name.First)
	dc.field("Презиме", name.Middle)
	dc.field("Фамилия", name.Last)
	dc.field("Клас", class)
	dc.question("1. Кой е любимият ти учебен предмет?")
	dc.table([]column{{"", 1, gopdf.Left}, {"", 1, gopdf.Left}}, subjectPairs(s.FavouriteSubjects), tableStyle{Size: 8.5})
	dc.field("2. Имаш ли хоби и какво е то?", yesNoOf(s.Hobby != "", s.ID != "")+"  "+s.Hobby)
	dc.field("3. Посещавал/а ли си извънкласни дейности миналата година – в училище",
		yesNoOf(s.PastInSchool != "", s.ID != ""))
	dc.field("   – извън училище", yesNoOf(s.PastOutOfSchool != "", s.ID != ""))
	dc.field("4. Какви дейности си посещавал/а?", strings.Trim(s.PastInSchool+"; "+s.PastOutOfSchool, "; "))
	dc.field("5. Искаш ли да участваш в извънкласни дейности по интереси?", yesNo(s.WantsToTakePart))
	dc.field("6. В какви извънкласни дейности искаш да участваш?", surveyActivities(s))
	dc.question("7. Кога предпочиташ да посещаваш извънкласните дейности?")
	var rows [][]string
	for _, p := range preferredTimes {
		chosen := slices.Contains(s.Times, p.t)
		rows = append(rows, []string{p.label, box(s.ID != "" && chosen), box(s.ID != "" && !chosen)})
	}
	dc.table([]column{{"", 80, gopdf.Left}, {"ДА", 10, gopdf.Center}, {"НЕ", 10, gopdf.Center}}, rows, tableStyle{Size: 8.5})
	dc.signatures(signature{"Ученик", name.String()}, signature{"Родител", ""})
	return dc.finish(w)
}

// question draws a question answered in the table under it, bold like the questions answered
// on their own line (dc.field).
func (dc *doc) question(s string) {
	dc.lines(s, true, 9.5, gopdf.Left)
	dc.y += 3
}

// yesNoOf marks Да or Не for an answer; a blank form (answered false) leaves both boxes empty.
func yesNoOf(yes, answered bool) string {
	switch {
	case !answered:
		return yesNo(model.Unanswered)
	case yes:
		return yesNo(model.Yes)
	}
	return yesNo(model.No)
}

// subjectPairs lays the subjects out two to a row, each with its box.
func subjectPairs(fav []model.Subject) [][]string {
	var rows [][]string
	for i := 0; i < len(model.Subjects); i += 2 {
		row := make([]string, 2)
		for j := range 2 {
			if i+j < len(model.Subjects) {
				x := model.Subjects[i+j]
				row[j] = box(slices.Contains(fav, x.Subject)) + " " + x.Name
			}
		}
		rows = append(rows, row)
	}
	return rows
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
