package demo

import (
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// studentIndex maps a student's ID to its index in d.Students (lookups only, never iterated).
func (g *gen) studentIndex() map[model.ID]int {
	ix := make(map[model.ID]int, len(g.d.Students))
	for i, s := range g.d.Students {
		ix[s.ID] = i
	}
	return ix
}

// applications are the applications and consent declarations of Приложение № 2 (чл. 44) of
// every student in a group or on a waiting list, submitted by 16 October: the remedial subjects
// of part I.1, the interest wishes of part I.2, and the ESF survey panel answered by the parent.
func (g *gen) applications() {
	ix := g.studentIndex()
	remedial := make([][]model.Subject, len(g.d.Students))
	left := make([]model.Date, len(g.d.Students))
	for _, gr := range g.d.Groups {
		for _, m := range gr.Members {
			i := ix[m.StudentID]
			if gr.Kind == model.Remedial {
				remedial[i] = append(remedial[i], gr.Subject)
			}
			if !m.Left.IsZero() {
				left[i] = m.Left
			}
		}
	}
	for i := range g.d.Students {
		wishes := g.wishes[i]
		if len(remedial[i]) == 0 && len(wishes) == 0 {
			continue
		}
		s := &g.d.Students[i]
		mother := g.chance(70)
		a := model.Application{
			ID:                id("app", 5, len(g.d.Applications)+1),
			Year:              g.year,
			StudentID:         s.ID,
			SubmittedOn:       g.date(time.October, g.between(1, 16)),
			ParentName:        g.parent(g.meta[i].fam, mother),
			ParentAddress:     g.parentAddress(),
			ParentPhone:       g.phone(),
			RemedialSubjects:  remedial[i],
			Wishes:            wishes,
			ConsentPhotos:     g.chance(92),
			ConsentPublishing: g.chance(85),
			Signed:            true,
		}
		for q := range a.ESF.Answers {
			a.ESF.Answers[q] = model.No
			if g.chance(12) {
				a.ESF.Answers[q] = model.Yes
			}
		}
		if !left[i].IsZero() {
			// Questions 9–10 and the exit date, filled in by the school when the student leaves.
			a.ESF.Exit, a.ESF.Outcome, a.ESF.LeftWhy = left[i], 1, pick(g, []int{1, 2})
		}
		g.d.Applications = append(g.d.Applications, a)
	}
}

// cards are the individual education cards of Приложение № 5 (чл. 61): one per remedial
// student and subject, approved when the groups start and closed with an assessment in June.
func (g *gen) cards() {
	ix := g.studentIndex()
	exits := map[model.ID]model.Date{}
	for _, a := range g.d.Applications {
		exits[a.StudentID] = a.ESF.Exit
	}
	leaders := map[model.ID]string{}
	for _, p := range g.d.People {
		leaders[p.ID] = p.Name.String()
	}
	for _, gr := range g.d.Groups {
		if gr.Kind != model.Remedial {
			continue
		}
		for _, m := range gr.Members {
			s := &g.d.Students[ix[m.StudentID]]
			left := exits[s.ID]
			if !m.Left.IsZero() && (left.IsZero() || m.Left.Before(left)) {
				left = m.Left
			}
			g.d.Cards = append(g.d.Cards, g.card(s, &gr, leaders[gr.LeaderID], left))
		}
	}
}

var assessments = []model.Assessment{
	model.AssessVeryHigh, model.AssessHigh, model.AssessHigh, model.AssessSatisfactory,
	model.AssessSatisfactory, model.AssessSatisfactory, model.AssessHigh, model.AssessSatisfactory,
}

// card fills sections А–Г of one card; section Г has no row after the student left (left, zero
// when the student stayed: чл. 61, ал. 1, б. „г“).
func (g *gen) card(s *model.Student, gr *model.Group, leader string, left model.Date) model.EducationCard {
	c := model.EducationCard{
		ID:                    id("iok", 5, len(g.d.Cards)+1),
		Year:                  g.year,
		StudentID:             s.ID,
		Subject:               gr.Subject,
		GroupID:               gr.ID,
		PreparedBy:            leader,
		ApprovedOn:            g.firstSession(),
		Needs:                 s.Needs,
		NeedsFor:              "Слаб или среден успех по " + gr.Subject.Name() + " през предходната година",
		Causes:                "Пропуски в знанията от предходните класове; недостатъчна самостоятелна работа",
		ParentCauses:          "Трудности при подготовката вкъщи",
		ParentJoinsEvents:     yesNo(g.chance(70)),
		ParentHelpsOrganising: yesNo(g.chance(30)),
		Assessment:            pick(g, assessments),
		ParentInSurvey:        model.Yes,
		ParentInMeetings:      yesNo(g.chance(80)),
		ParentInEvents:        yesNo(g.chance(60)),
		ParentInPlanning:      yesNo(g.chance(40)),
		ParentInReplanning:    yesNo(g.chance(20)),
		CooperationEffective:  "Родителят съдейства и следи напредъка на ученика",
		FutureMeasures:        "Продължаване на допълнителната работа по предмета",
		ClosedOn:              g.date(time.June, 5),
	}
	if g.chance(4) {
		c.Assessment = model.AssessUnsatisfactory
		c.AssessmentReasons = "Чести отсъствия и незавършени задачи"
	}
	topics := subjectTopics[gr.Subject]
	if len(topics) == 0 {
		topics = generalTopics
	}
	for i, m := range []time.Month{time.November, time.January, time.March, time.May} {
		r := model.CardRow{
			Topic:        topics[(i*3)%len(topics)],
			Difficulties: "Затруднения при самостоятелна работа",
			Planned:      "Упражнения с постепенно нарастваща трудност",
			Done:         "Изпълнени упражнения и проверка",
			Materials:    "Работни листове",
			Degree:       pick(g, []string{"напълно", "частично", "в голяма степен"}), // drawn for every row: the random sequence stays
			Date:         g.date(m, 25),
		}
		if left.IsZero() || !r.Date.After(left) {
			c.Rows = append(c.Rows, r)
		}
	}
	return c
}

func yesNo(b bool) model.YesNo {
	if b {
		return model.Yes
	}
	return model.No
}
