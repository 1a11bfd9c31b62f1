package demo_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// The second demo year: its first months up to today are valid records of the year, the
// sessions fall before today on days with classes of the model's calendar, and the groups
// take only carried students of their grades.
func TestUnderWay_ValidUpToToday(t *testing.T) {
	first := demo.Generate(demo.Options{Students: 120, Seed: 4})
	c, err := model.PlanCarryOver(first, 0)
	if err != nil {
		t.Fatal(err)
	}
	next := &model.YearData{School: first.School, Programme: c.Programme, CouncilMembers: c.Council, People: c.People, Students: c.Students}
	for i := range next.Students {
		next.Students[i].ID = model.ID(rune('A' + i))
	}
	for i := range next.People {
		next.People[i].ID = model.ID(rune('a' + i))
	}
	today := demo.TodayIn(2026)
	cal := model.CalendarOf(&next.Programme)
	grades := model.ByID(next.Students)
	sessions := 0
	applied, carded := map[model.ID]bool{}, map[model.ID]bool{}
	var members, remedial []model.ID
	for _, r := range demo.UnderWay(next, today) {
		if err := r.Validate(); err != nil {
			t.Errorf("%s %s not valid: %v", r.RecordKind(), r.RecordID(), err)
		}
		switch v := r.(type) {
		case *model.Session:
			sessions++
			if _, off := cal.OffOn(v.Date); off || v.Date.After(today) || v.Year != 2026 {
				t.Errorf("session on %s (off %v), today %s", v.Date, off, today)
			}
		case *model.Application:
			applied[v.StudentID] = v.SubmittedOn.Before(model.NewDate(2026, 10, 20)) && v.Signed
		case *model.EducationCard:
			carded[v.StudentID] = true
		case *model.Group:
			for _, m := range v.Members {
				members = append(members, m.StudentID)
				if v.Kind == model.Remedial {
					remedial = append(remedial, m.StudentID)
				}
				if s := grades[m.StudentID]; s == nil || !v.TakesGrade(s.Grade) {
					t.Errorf("%s takes %s outside its grades", v.Name, m.StudentID)
				}
			}
		}
	}
	for _, id := range members {
		if !applied[id] {
			t.Errorf("member %s has no signed application by 19.10 (чл. 44)", id)
		}
	}
	for _, id := range remedial {
		if !carded[id] {
			t.Errorf("remedial member %s has no education card (чл. 61)", id)
		}
	}
	if sessions == 0 {
		t.Error("no session held by today")
	}
}

// One seed gives one year: the carried students' IDs are random (the store gives them), so
// the members must not depend on the order of IDs. Two orders of the same students give the
// same groups, member for member (by name).
func TestUnderWay_SameMembersWhateverTheIDs(t *testing.T) {
	first := demo.Generate(demo.Options{Students: 120, Seed: 4})
	members := func(reverse bool) []string {
		c, err := model.PlanCarryOver(first, 0)
		if err != nil {
			t.Fatal(err)
		}
		next := &model.YearData{School: first.School, Programme: c.Programme, CouncilMembers: c.Council, People: c.People, Students: c.Students}
		for i := range next.Students {
			n := i
			if reverse {
				n = len(next.Students) - 1 - i
			}
			next.Students[i].ID = model.ID(fmt.Sprintf("s%04d", n))
		}
		for i := range next.People {
			n := i
			if reverse {
				n = len(next.People) - 1 - i
			}
			next.People[i].ID = model.ID(fmt.Sprintf("p%02d", n))
		}
		slices.SortFunc(next.People, func(a, b model.Person) int { return strings.Compare(string(a.ID), string(b.ID)) })
		slices.SortFunc(next.Students, func(a, b model.Student) int { return strings.Compare(string(a.ID), string(b.ID)) })
		names, people := model.ByID(next.Students), model.ByID(next.People)
		var out []string
		for _, r := range demo.UnderWay(next, demo.TodayIn(2026)) {
			if g, ok := r.(*model.Group); ok {
				for _, m := range g.Members {
					out = append(out, g.Name+": "+names[m.StudentID].Name.String())
				}
				if p := people[g.LeaderID]; p != nil {
					out = append(out, g.Name+" води "+p.Name.String())
				}
			}
		}
		return out
	}
	a, b := members(false), members(true)
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Errorf("the members depend on the students' IDs:\n%v\n%v", a, b)
	}
}
