package model_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// addToGroup adds n new students of the given grade to group gi, with applications and cards.
func addToGroup(d *model.YearData, gi, n, grade int) {
	g := &d.Groups[gi]
	for i := range n {
		id := model.ID(fmt.Sprintf("%s-new%d", g.ID, i))
		d.Students = append(d.Students, model.Student{ID: id, Year: 2025, Grade: grade,
			Name: model.PersonName{First: "Нов", Last: fmt.Sprintf("Ученик%d", i)}})
		g.Members = append(g.Members, model.Member{StudentID: id, Joined: day(time.November, 1)})
		d.Applications = append(d.Applications, model.Application{ID: "a" + id, StudentID: id, SubmittedOn: day(time.October, 1)})
		d.Cards = append(d.Cards, model.EducationCard{ID: "c" + id, StudentID: id})
	}
}

func TestCheck_Art41_1_RemedialGroupSize(t *testing.T) {
	runRule(t, "group_too_large", model.SeverityError, "чл. 41, ал. 1", []ruleCase{
		{"10 students", func(d *model.YearData) {}, false},
		{"11 students", func(d *model.YearData) { addToGroup(d, 0, 1, 3) }, true},
		{"11, one left before today", func(d *model.YearData) {
			addToGroup(d, 0, 1, 3)
			d.Groups[0].Members[0].Left = day(time.December, 20)
		}, false},
		{"11, one joins after today", func(d *model.YearData) {
			addToGroup(d, 0, 1, 3)
			d.Groups[0].Members[10].Joined = day(time.February, 1)
		}, false},
	})
}

func TestCheck_Art43_1_InterestGroupSize(t *testing.T) {
	runRule(t, "group_too_large", model.SeverityError, "чл. 43, ал. 1", []ruleCase{
		{"25 students", func(d *model.YearData) { addToGroup(d, 1, 13, 6) }, false},
		{"26 students", func(d *model.YearData) { addToGroup(d, 1, 14, 6) }, true},
	})
}

// secondInterestGroups puts the first n interest students into more interest groups.
func extraInterestGroups(groups int) func(d *model.YearData) {
	return func(d *model.YearData) {
		for i := range groups {
			g := d.Groups[1]
			g.ID, g.Name, g.Members = model.ID(fmt.Sprintf("gx%d", i)), fmt.Sprintf("Танци %d", i), g.Members[:1]
			d.Groups = append(d.Groups, g)
			d.ProgrammeRows = append(d.ProgrammeRows, programmeRows(g.ID, 52, 5, []int{3, 2}, true)...)
		}
	}
}

func TestCheck_Art46_3_SecondInterestGroup(t *testing.T) {
	runRule(t, "too_many_interest_groups", model.SeverityError, "чл. 46, ал. 3", []ruleCase{
		{"one group", func(d *model.YearData) {}, false},
		{"two groups", extraInterestGroups(1), false},
		{"three groups", extraInterestGroups(2), true},
	})
}

func TestCheck_Art5_3_Procedure3002(t *testing.T) {
	runRule(t, "student_in_3002", model.SeverityError, "чл. 5, ал. 3", []ruleCase{
		{"3.002 in another area", func(d *model.YearData) { d.Students[10].Areas3002 = []model.ThematicArea{model.AreaSport} }, false},
		{"3.002 in the group's area", func(d *model.YearData) { d.Students[10].Areas3002 = []model.ThematicArea{model.AreaArts} }, true},
		{"remedial student with 3.002 arts", func(d *model.YearData) { d.Students[0].Areas3002 = []model.ThematicArea{model.AreaArts} }, false},
	})
}

func TestCheck_Art60_RemedialSubjectByStage(t *testing.T) {
	subject := func(s model.Subject, grade int) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.Groups[0].Subject = s
			for i := range 10 {
				d.Students[i].Grade = grade
			}
		}
	}
	runRule(t, "remedial_subject_stage", model.SeverityError, "чл. 60", []ruleCase{
		{"IV: mathematics", subject(model.SubjMath, 4), false},
		{"IV: Bulgarian", subject(model.SubjBulgarian, 4), false},
		{"IV: English", subject(model.SubjEnglish, 4), true},
		{"V: English", subject(model.SubjEnglish, 5), false},
		{"VII: technologies", subject(model.SubjTech, 7), true},
		{"VIII: technologies", subject(model.SubjTech, 8), false},
		{"XII: music", subject(model.SubjMusic, 12), true},
		{"VIII: physical education", subject(model.SubjPE, 8), true},
	})
}

func TestCheck_Art44_ApplicationMissing(t *testing.T) {
	runRule(t, "no_application", model.SeverityWarning, "чл. 44", []ruleCase{
		{"every member applied", func(d *model.YearData) {}, false},
		{"one did not", func(d *model.YearData) { d.Applications = d.Applications[1:] }, true},
	})
}

// An interest-group member whose application's consent is not signed (чл. 44–45, CheckConsent).
func TestCheck_Art45_ApplicationNotSigned(t *testing.T) {
	runRule(t, "application_not_signed", model.SeverityError, "чл. 45", []ruleCase{
		{"signed", func(d *model.YearData) {}, false},
		{"not signed", func(d *model.YearData) { d.Applications[0].Signed = false }, true},
		{"not signed, not in a group", func(d *model.YearData) {
			d.Applications[0].Signed = false
			d.Groups[1].Members = d.Groups[1].Members[1:]
		}, false},
		{"a second, signed application", func(d *model.YearData) {
			a := d.Applications[0]
			d.Applications[0].Signed = false
			a.ID = "second"
			d.Applications = append(d.Applications, a)
		}, false},
	})
}

func TestCheck_Art61_EducationCardMissing(t *testing.T) {
	runRule(t, "no_education_card", model.SeverityWarning, "чл. 61", []ruleCase{
		{"every member has one", func(d *model.YearData) {}, false},
		{"one has none", func(d *model.YearData) { d.Cards = d.Cards[1:] }, true},
	})
}

func TestCheck_Art63_3_RemedialProgramme(t *testing.T) {
	rows := func(regular, parents int, events []int) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.ProgrammeRows = append(programmeRows("g1", regular, parents, events, false), programmeRows("g2", 52, 5, []int{3, 2}, true)...)
		}
	}
	cases := []struct {
		code model.Code
		rc   []ruleCase
	}{
		{"programme_hours", []ruleCase{
			{"70 hours", rows(64, 4, []int{2}), false},
			{"69 hours", rows(63, 4, []int{2}), true},
			{"80 hours", rows(74, 4, []int{2}), false},
			{"81 hours", rows(75, 4, []int{2}), true},
		}},
		{"programme_parent_hours", []ruleCase{
			{"4 with parents", rows(64, 4, []int{2}), false},
			{"3 with parents", rows(65, 3, []int{2}), true},
		}},
		{"programme_event_hours", []ruleCase{
			{"2 of public event", rows(64, 4, []int{2}), false},
			{"1 of public event", rows(65, 4, []int{1}), true},
		}},
	}
	for _, c := range cases {
		t.Run(string(c.code), func(t *testing.T) { runRule(t, c.code, model.SeverityError, "чл. 63, ал. 3", c.rc) })
	}
}

func TestCheck_Art67_3_InterestProgramme(t *testing.T) {
	rows := func(regular, parents int, events []int, production bool) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.ProgrammeRows = append(programmeRows("g1", 64, 4, []int{2}, false), programmeRows("g2", regular, parents, events, production)...)
		}
	}
	cases := []struct {
		code model.Code
		rc   []ruleCase
	}{
		{"programme_hours", []ruleCase{
			{"62 hours", rows(52, 5, []int{3, 2}, true), false},
			{"61 hours", rows(51, 5, []int{3, 2}, true), true},
			{"72 hours", rows(62, 5, []int{3, 2}, true), false},
			{"73 hours", rows(63, 5, []int{3, 2}, true), true},
		}},
		{"programme_parent_hours", []ruleCase{
			{"5 led by parents", rows(52, 5, []int{3, 2}, true), false},
			{"4 led by parents", rows(53, 4, []int{3, 2}, true), true},
		}},
		{"programme_event_hours", []ruleCase{
			{"5 of public events", rows(52, 5, []int{3, 2}, true), false},
			{"4 of public events", rows(53, 5, []int{2, 2}, true), true},
		}},
		{"programme_event_count", []ruleCase{
			{"2 events", rows(52, 5, []int{3, 2}, true), false},
			{"1 event", rows(52, 5, []int{5}, true), true},
		}},
		{"programme_no_production", []ruleCase{
			{"with the production", rows(52, 5, []int{3, 2}, true), false},
			{"without", rows(52, 5, []int{3, 2}, false), true},
		}},
	}
	for _, c := range cases {
		t.Run(string(c.code), func(t *testing.T) { runRule(t, c.code, model.SeverityError, "чл. 67, т. 3", c.rc) })
	}
}

func TestCheck_Art63_3_ProgrammeMissing(t *testing.T) {
	runRule(t, "programme_missing", model.SeverityWarning, "чл. 63, ал. 3", []ruleCase{
		{"with rows", func(d *model.YearData) {}, false},
		{"without rows", func(d *model.YearData) { d.ProgrammeRows = programmeRows("g2", 52, 5, []int{3, 2}, true) }, true},
	})
}
