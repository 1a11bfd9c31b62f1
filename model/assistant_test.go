package model_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// assistantYear is a year of n fifth-graders, student i wishing wishes(i) in rank order.
func assistantYear(n int, wishes func(i int) []string) *model.YearData {
	d := &model.YearData{Programme: model.Programme{Year: 2025}}
	for i := range n {
		id := model.ID(fmt.Sprintf("s%03d", i))
		d.Students = append(d.Students, model.Student{ID: id, Year: 2025, Grade: 5,
			Name: model.PersonName{First: "Ученик", Last: fmt.Sprint(i)}})
		a := model.Application{ID: model.ID(fmt.Sprintf("a%03d", i)), Year: 2025, StudentID: id,
			SubmittedOn: model.NewDate(2025, time.October, 1+i%15)}
		for r, w := range wishes(i) {
			a.Wishes = append(a.Wishes, model.Wish{Rank: r + 1, Area: areaOf(w), Activity: w})
		}
		d.Applications = append(d.Applications, a)
	}
	return d
}

// areaOf gives each test activity an area: „Футбол“ is sport, the rest science.
func areaOf(activity string) model.ThematicArea {
	if activity == "Футбол" {
		return model.AreaSport
	}
	return model.AreaScience
}

// sizes is „name:size“ of each proposed group, in order.
func sizes(p *model.Proposal) []string {
	var out []string
	for _, g := range p.Groups {
		out = append(out, fmt.Sprintf("%s:%d", g.Name, g.Taken+len(g.Members)))
	}
	return out
}

func wishAll(ws ...string) func(int) []string { return func(int) []string { return ws } }

func TestPropose_Art46_InterestGroups(t *testing.T) {
	// robotics adds a running group „Роботика (V клас)“ with n members, formed for „Роботика“.
	robotics := func(d *model.YearData, n int) {
		g := model.Group{ID: "g1", Year: 2025, Name: "Роботика (V клас)", Kind: model.Interest, Area: model.AreaScience, Activity: "Роботика"}
		for i := range n {
			g.Members = append(g.Members, model.Member{StudentID: model.ID(fmt.Sprintf("x%d", i))})
		}
		d.Groups = append(d.Groups, g)
	}
	tests := []struct {
		name    string
		year    *model.YearData
		opts    model.ProposalOptions
		want    []string
		waiting int
	}{
		{name: "first wish fits", year: assistantYear(3, wishAll("Роботика", "Футбол")),
			want: []string{"Роботика:3"}},
		{name: "25 first wishes make one group", year: assistantYear(25, wishAll("Роботика")),
			want: []string{"Роботика:25"}},
		{name: "26 first wishes make two groups", year: assistantYear(26, wishAll("Роботика")),
			want: []string{"Роботика:13", "Роботика, група 2:13"}},
		{name: "too few first wishes go to the second wish (чл. 47, ал. 1)", opts: model.ProposalOptions{MinStudents: 5},
			year: assistantYear(8, func(i int) []string {
				if i < 2 {
					return []string{"Шахмат", "Роботика"}
				}
				return []string{"Роботика"}
			}),
			want: []string{"Роботика:8"}},
		{name: "4 first wishes with a threshold of 5 wait", opts: model.ProposalOptions{MinStudents: 5},
			year: assistantYear(4, wishAll("Шахмат")), waiting: 4},
		{name: "5 first wishes with a threshold of 5 make a group", opts: model.ProposalOptions{MinStudents: 5},
			year: assistantYear(5, wishAll("Шахмат")), want: []string{"Шахмат:5"}},
		{name: "overflow of a running group goes to the second wish", opts: model.ProposalOptions{MinStudents: 5},
			year: func() *model.YearData {
				d := assistantYear(8, func(i int) []string {
					if i < 3 {
						return []string{"Роботика", "Футбол"}
					}
					return []string{"Футбол"}
				})
				robotics(d, 24)
				return d
			}(),
			want: []string{"Роботика (V клас):25", "Футбол:7"}},
		{name: "no wish with room waits", opts: model.ProposalOptions{MinStudents: 5},
			year: func() *model.YearData {
				d := assistantYear(2, wishAll("Роботика"))
				robotics(d, 25)
				return d
			}(),
			waiting: 2},
		{name: "a student who has been in an interest group is not proposed again",
			year: func() *model.YearData {
				d := assistantYear(3, wishAll("Футбол"))
				d.Groups = append(d.Groups, model.Group{ID: "g1", Year: 2025, Name: "Шахмат", Kind: model.Interest, Area: model.AreaSport,
					Members: []model.Member{{StudentID: "s000", Left: model.NewDate(2025, time.October, 20)}, {StudentID: "s001"}}})
				return d
			}(),
			want: []string{"Футбол:1"}},
		{name: "no second group in a new group: it has no schedule yet (чл. 46, ал. 3)", opts: model.ProposalOptions{SecondGroup: true},
			year: assistantYear(4, func(i int) []string {
				if i < 2 {
					return []string{"Роботика", "Футбол"}
				}
				return []string{"Футбол", "Роботика"}
			}),
			want: []string{"Роботика:2", "Футбол:2"}},
		{name: "never twice in the same activity", opts: model.ProposalOptions{SecondGroup: true},
			year: assistantYear(26, wishAll("Роботика", "роботика ")),
			want: []string{"Роботика:13", "Роботика, група 2:13"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Profile, tt.opts.On = profile(t), model.NewDate(2025, time.November, 1)
			p := model.Propose(tt.year, tt.opts)
			if got := sizes(p); !slices.Equal(got, tt.want) {
				t.Errorf("groups = %v, want %v", got, tt.want)
			}
			if len(p.Waiting) != tt.waiting {
				t.Errorf("waiting = %d, want %d", len(p.Waiting), tt.waiting)
			}
			everyonePlacedOnce(t, tt.year, p)
			if again := model.Propose(tt.year, tt.opts); !reflect.DeepEqual(again, p) {
				t.Error("the proposal differs on a second run")
			}
		})
	}
}

// everyonePlacedOnce asserts that each applicant not yet in a group is in a proposed group or
// waiting, not both, never in two groups of one activity, and that no group exceeds its maximum.
func everyonePlacedOnce(t *testing.T, d *model.YearData, p *model.Proposal) {
	t.Helper()
	for i := range p.Groups {
		if p.Room(i) < 0 {
			t.Errorf("group %q is over its maximum", p.Groups[i].Name)
		}
	}
	member := map[model.ID]bool{}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			member[m.StudentID] = true
		}
	}
	for _, a := range d.Applications {
		if member[a.StudentID] {
			continue
		}
		in := map[string]bool{}
		placed := false
		for _, g := range p.Groups {
			if slices.Contains(g.Members, a.StudentID) {
				if in[g.Activity] {
					t.Errorf("%s is placed twice in %q", a.StudentID, g.Activity)
				}
				in[g.Activity], placed = true, true
			}
		}
		waits := slices.ContainsFunc(p.Waiting, func(w model.Waiting) bool { return w.StudentID == a.StudentID })
		if placed == waits {
			t.Errorf("%s: placed %v, waiting %v — want exactly one", a.StudentID, placed, waits)
		}
	}
}

func TestProposal_MoveAndDrop(t *testing.T) {
	opts := model.ProposalOptions{Profile: profile(t)}
	d := assistantYear(26, func(i int) []string {
		if i == 0 {
			return []string{"Футбол", "Роботика"}
		}
		return []string{"Роботика", "Футбол"}
	})
	p := model.Propose(d, opts)
	if got, want := sizes(p), []string{"Роботика:25", "Футбол:1"}; !slices.Equal(got, want) {
		t.Fatalf("groups = %v, want %v", got, want)
	}
	if err := p.Move("s000", 1, 0); !isCode(err, "group_full") {
		t.Errorf("move into a group of 25: %v, want group_full (чл. 43, ал. 1)", err)
	}
	if err := p.Move("s001", 0, 1); err != nil {
		t.Fatalf("move into a group of 1: %v", err)
	}
	if err := p.Move("s000", 1, 0); err != nil {
		t.Errorf("move into a group of 24: %v", err)
	}
	if err := p.Move("s005", -1, 1); !isCode(err, "invalid_group") {
		t.Errorf("move a student who does not wait from the waiting list: %v, want invalid_group", err)
	}
	p.Drop(1) // Футбол: its only student goes to the second wish, which is full
	if got, want := sizes(p), []string{"Роботика:25"}; !slices.Equal(got, want) {
		t.Errorf("after the drop, groups = %v, want %v", got, want)
	}
	if len(p.Waiting) != 1 || p.Waiting[0].StudentID != "s001" {
		t.Errorf("waiting = %v, want s001", p.Waiting)
	}
	everyonePlacedOnce(t, d, p)
	rs := p.Apply(d, model.NewDate(2025, time.November, 3))
	g, lists := split(rs)
	if len(g) != 1 || len(g[0].Members) != 25 || !slices.Equal(g[0].WaitingList, []model.ID{"s001"}) {
		t.Errorf("apply = %+v, want one group of 25 with s001 waiting", g)
	}
	// s001 waits for both wishes: Роботика (full) and Футбол (dropped), each a kept list.
	if len(lists) != 2 {
		t.Errorf("kept lists = %+v, want Роботика and Футбол", lists)
	}
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			t.Errorf("applied record %+v does not validate: %v", r, err)
		}
	}
}

// split sorts the records Apply returns into groups and waiting lists.
func split(rs []model.Record) (gs []*model.Group, ls []*model.WaitingList) {
	for _, r := range rs {
		switch v := r.(type) {
		case *model.Group:
			gs = append(gs, v)
		case *model.WaitingList:
			ls = append(ls, v)
		}
	}
	return gs, ls
}

func isCode(err error, code model.Code) bool {
	e, ok := err.(*model.Error)
	return ok && e.Code == code
}

func TestPropose_Art41_60_RemedialGroups(t *testing.T) {
	tests := []struct {
		name    string
		grades  []int
		subject model.Subject
		want    []string
		refused int
	}{
		{"10 students make one group", repeat(3, 10), model.SubjMath, []string{"Математика, III клас:10"}, 0},
		{"11 students make two groups", repeat(3, 11), model.SubjMath, []string{"Математика, III клас:6", "Математика, III клас:5"}, 0},
		{"stages apart", []int{4, 5}, model.SubjBulgarian,
			[]string{"Български език и литература, IV клас:1", "Български език и литература, V клас:1"}, 0},
		{"English refused in grade II (чл. 60)", []int{2, 6}, model.SubjEnglish, []string{"Английски език, VI клас:1"}, 1},
		{"music refused at every stage (чл. 60)", []int{2, 6, 9}, model.SubjMusic, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &model.YearData{Programme: model.Programme{Year: 2025}}
			for i, g := range tt.grades {
				id := model.ID(fmt.Sprintf("s%02d", i))
				d.Students = append(d.Students, model.Student{ID: id, Grade: g})
				d.Applications = append(d.Applications, model.Application{StudentID: id, RemedialSubjects: []model.Subject{tt.subject}})
			}
			p := model.Propose(d, model.ProposalOptions{Profile: profile(t)})
			if got := sizes(p); !slices.Equal(got, tt.want) {
				t.Errorf("groups = %v, want %v", got, tt.want)
			}
			// The same needs written on education cards instead (чл. 61) propose the same.
			for i := range d.Applications {
				d.Cards = append(d.Cards, model.EducationCard{StudentID: d.Applications[i].StudentID, Subject: tt.subject})
				d.Applications[i].RemedialSubjects = nil
			}
			p = model.Propose(d, model.ProposalOptions{Profile: profile(t)})
			if got := sizes(p); !slices.Equal(got, tt.want) {
				t.Errorf("groups = %v, want %v", got, tt.want)
			}
			if len(p.Refused) != tt.refused {
				t.Errorf("refused = %v, want %d", p.Refused, tt.refused)
			}
			for _, r := range p.Refused {
				if r.Article != "чл. 60" {
					t.Errorf("refusal names %q, want чл. 60", r.Article)
				}
			}
		})
	}
}

func repeat(grade, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = grade
	}
	return out
}

func TestCheckRemedialSubject_Art60(t *testing.T) {
	r := profile(t).Subjects
	tests := []struct {
		name    string
		subject model.Subject
		grades  []int
		ok      bool
	}{
		{"mathematics in grade IV", model.SubjMath, []int{4}, true},
		{"English in grade IV", model.SubjEnglish, []int{4}, false},
		{"English in grade V", model.SubjEnglish, []int{5}, true},
		{"technologies in grade VII", model.SubjTech, []int{7}, false},
		{"technologies in grade VIII", model.SubjTech, []int{8}, true},
		{"music with no students yet", model.SubjMusic, nil, false},
		{"history with no students yet", model.SubjHistory, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := model.CheckRemedialSubject(r, tt.subject, tt.grades)
			if (err == nil) != tt.ok {
				t.Errorf("CheckRemedialSubject = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !isCode(err, "remedial_subject_stage") {
				t.Errorf("code of %v, want remedial_subject_stage", err)
			}
		})
	}
}

func TestCheckLeader_Art29_3(t *testing.T) {
	on := model.NewDate(2025, time.November, 1)
	council := []model.CouncilMember{
		{Name: model.PersonName{First: "Мария", Last: "Иванова"}},
		{Name: model.PersonName{First: "Петър", Last: "Петров"}, PersonalNumber: "7501010010"},
		{Name: model.PersonName{First: "Анна", Last: "Колева"}, LeftOn: model.NewDate(2025, time.October, 1)},
	}
	tests := []struct {
		name   string
		person model.Person
		ok     bool
	}{
		{"a council member by name", model.Person{Name: model.PersonName{First: "мария", Last: "Иванова"}}, false},
		{"a council member by personal number", model.Person{Name: model.PersonName{First: "П.", Last: "Петров"}, PersonalNumber: "7501010010"}, false},
		{"a namesake with another personal number", model.Person{Name: model.PersonName{First: "Петър", Last: "Петров"}, PersonalNumber: "8001010010"}, true},
		{"a member who has left", model.Person{Name: model.PersonName{First: "Анна", Last: "Колева"}}, true},
		{"not in the council", model.Person{Name: model.PersonName{First: "Иван", Last: "Стоянов"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := model.CheckLeader(&tt.person, council, on)
			if (err == nil) != tt.ok {
				t.Errorf("CheckLeader = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !isCode(err, "council_member_leads") {
				t.Errorf("code of %v, want council_member_leads", err)
			}
		})
	}
}

func BenchmarkPropose3000(b *testing.B) {
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1, Year: 2025})
	d.Groups = nil // every application placed anew: the heaviest proposal
	opts := model.ProposalOptions{Profile: profile(b), On: model.NewDate(2025, time.November, 1), MinStudents: 5, SecondGroup: true}
	for b.Loop() {
		model.Propose(d, opts)
	}
}
