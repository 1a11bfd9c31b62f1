package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// sections are the letters of a grade's classes, in the order schools use them.
var sections = []string{"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О", "П"}

// studentMeta is what the generator remembers about a student beyond the record.
type studentMeta struct {
	fam family
}

// students fills grades I–XII evenly, classes of up to 26, every student with an ЕГН that
// matches the birth date, the sex and the age of the grade.
func (g *gen) students() {
	n := g.opts.Students
	g.d.Students = make([]model.Student, 0, n)
	g.meta = make([]studentMeta, 0, n)
	for grade := 1; grade <= 12; grade++ {
		count := n / 12
		if grade <= n%12 {
			count++
		}
		classes := (count + 25) / 26
		for i := range count {
			g.student(grade, sections[min(i%max(classes, 1), len(sections)-1)])
		}
	}
}

// student adds one student of a grade and class. Children start grade I in the year they turn
// seven, so a student of grade k was born in year−6−k; one in thirty repeated a grade.
func (g *gen) student(grade int, section string) {
	fam := g.family()
	female := g.chance(49)
	repeated := g.chance(3)
	by := int(g.year) - 6 - grade
	if repeated {
		by--
	}
	birth := model.NewDate(by, time.January, 1).AddDays(g.intn(365))
	s := model.Student{
		ID:                 id("stu", 5, len(g.d.Students)+1),
		Year:               g.year,
		Name:               g.child(fam, female),
		Grade:              grade,
		Section:            section,
		PersonalNumber:     g.egn(birth, female),
		PersonalNumberKind: model.PersonalNumberEGN,
		Female:             female,
		BirthDate:          birth,
	}
	s.Needs.RepeatedGrade = repeated
	if g.chance(3) {
		// Students in procedure 3.002 activities may not join an interest group of the same
		// area (чл. 5, ал. 2–3).
		s.Areas3002 = []model.ThematicArea{pick(g, model.ThematicAreas).Area}
	}
	g.d.Students = append(g.d.Students, s)
	g.meta = append(g.meta, studentMeta{fam: fam})
}

// needs marks the criteria of чл. 57, ал. 2 for a student chosen for remedial work.
func (g *gen) needs(s *model.Student) {
	s.Needs.LowResults = true
	switch g.intn(6) {
	case 0:
		s.Needs.SocialFactors = true
	case 1:
		s.Needs.WeakExternalAssessment = s.Grade == 4 || s.Grade == 7 || s.Grade == 10
	case 2:
		s.Needs.TemporaryFailure = true
	case 3:
		s.Needs.LongHealthAbsence = true
	}
}

// surveys are the interest survey cards of Приложение № 4 (чл. 56), filled in by most
// students in the last two weeks of September.
func (g *gen) surveys() {
	for i := range g.d.Students {
		if !g.chance(70) {
			continue
		}
		s := &g.d.Students[i]
		sv := model.InterestSurvey{
			ID:                id("srv", 5, len(g.d.Surveys)+1),
			Year:              g.year,
			StudentID:         s.ID,
			FilledOn:          g.date(time.September, g.between(18, 30)),
			FavouriteSubjects: g.favourites(s.Grade),
			Hobby:             pick(g, hobbies),
			WantsToTakePart:   model.Yes,
			Activities:        []model.ThematicArea{pick(g, model.ThematicAreas).Area},
			Times:             []model.PreferredTime{model.AfterClasses},
		}
		if g.chance(30) {
			sv.PastInSchool = "„Твоят час“ – " + pick(g, model.ThematicAreas).Name
		}
		if g.chance(35) {
			sv.PastOutOfSchool = pick(g, hobbies) + " в клуб"
		}
		if g.chance(15) {
			sv.WantsToTakePart = model.No
			sv.Activities = nil
		}
		if g.chance(25) {
			sv.Times = append(sv.Times, model.Holidays)
		}
		g.d.Surveys = append(g.d.Surveys, sv)
	}
}

var hobbies = []string{"футбол", "рисуване", "четене", "компютърни игри", "танци", "музика", "колоездене", "шах", "плуване", "фотография"}

// favourites picks one or two favourite subjects from the list of the student's stage (the
// card's lists differ for I–IV, V–VIII and IX–XII).
func (g *gen) favourites(grade int) []model.Subject {
	list := []model.Subject{model.SubjBulgarian, model.SubjMath, model.SubjNature, model.SubjMusic, model.SubjArts, model.SubjPE}
	if grade > 4 {
		list = []model.Subject{model.SubjBulgarian, model.SubjMath, model.SubjEnglish, model.SubjHistory,
			model.SubjGeography, model.SubjBiology, model.SubjPhysics, model.SubjChemistry, model.SubjIT, model.SubjPE}
	}
	a := pick(g, list)
	if b := pick(g, list); b != a {
		return []model.Subject{a, b}
	}
	return []model.Subject{a}
}

// parentAddress is the address of a student's family in the school's town.
func (g *gen) parentAddress() string {
	return fmt.Sprintf("гр. %s, %s № %d, ап. %d", g.d.School.Town, pick(g, streets), g.between(1, 150), g.between(1, 60))
}
