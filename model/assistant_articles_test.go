package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// opts are the options of the article tests: the profile's caps, counted on 1 November.
func opts(t *testing.T, min int) model.ProposalOptions {
	return model.ProposalOptions{Profile: profile(t), On: model.NewDate(2025, time.November, 1), MinStudents: min}
}

// members adds n running members to group g.
func members(g *model.Group, n int) *model.Group {
	for i := range n {
		g.Members = append(g.Members, model.Member{StudentID: model.ID(fmt.Sprintf("%s-m%d", g.ID, i))})
	}
	return g
}

// wishGroup makes student i of d wish group id first.
func wishGroup(d *model.YearData, i int, id model.ID) {
	d.Applications[i].Wishes = []model.Wish{{Rank: 1, Area: model.AreaScience, GroupID: id}}
}

func TestPropose_Art43_1_GroupsMatchedByID_NotByNamePrefix(t *testing.T) {
	d := assistantYear(10, wishAll("Футбол"))
	d.Groups = append(d.Groups,
		*members(&model.Group{ID: "r1", Year: 2025, Name: "Роботика", Kind: model.Interest, Area: model.AreaScience}, 20),
		*members(&model.Group{ID: "r2", Year: 2025, Name: "Роботика за напреднали", Kind: model.Interest, Area: model.AreaScience}, 20))
	for i := range 5 {
		wishGroup(d, i, "r1")
		wishGroup(d, i+5, "r2")
	}
	o := opts(t, 5)
	o.SecondGroup = true
	p := model.Propose(d, o)
	if got, want := sizes(p), []string{"Роботика:25", "Роботика за напреднали:25"}; !slices.Equal(got, want) {
		t.Fatalf("groups = %v, want each running group once, filled to 25 (чл. 43, ал. 1)", got)
	}
	everyonePlacedOnce(t, d, p)
	gs, _ := split(p.Apply(d, model.NewDate(2025, time.November, 3)))
	seen := map[model.ID]bool{}
	for _, g := range gs {
		if seen[g.ID] {
			t.Errorf("group %s saved twice", g.ID)
		}
		seen[g.ID] = true
		if len(g.Members) != 25 {
			t.Errorf("%s has %d members after confirm, want 25", g.Name, len(g.Members))
		}
	}
}

func TestPropose_Art45_GradeBand(t *testing.T) {
	d := assistantYear(2, wishAll("Шах"))
	d.Students[0].Grade, d.Students[1].Grade = 11, 11
	chess := model.Group{ID: "c1", Year: 2025, Name: "Шахмат (I–IV клас)", Kind: model.Interest, Area: model.AreaScience, MinGrade: 1, MaxGrade: 4}
	d.Groups = append(d.Groups, chess)
	wishGroup(d, 1, "c1")
	p := model.Propose(d, opts(t, 1))
	for _, g := range p.Groups {
		if g.GroupID == "c1" {
			t.Errorf("a grade-XI student is proposed for %q", g.Name)
		}
	}
	if got := sizes(p); !slices.Equal(got, []string{"Шах:1"}) {
		t.Errorf("groups = %v, want a new „Шах“ for the student who wrote it", got)
	}
	if len(p.Refused) != 1 || p.Refused[0].StudentID != d.Students[1].ID || p.Refused[0].Article != "чл. 45" ||
		!strings.Contains(p.Refused[0].Msg, "I–IV") {
		t.Errorf("refused = %+v, want the student who named the I–IV group, with its band", p.Refused)
	}
}

func TestPropose_Art46_2_GroupFromSecondWishes(t *testing.T) {
	tests := []struct {
		name     string
		students int
		want     []string
	}{
		{"12 different first wishes, the same second: a group", 12, []string{"Роботика:12"}},
		{"9 with a threshold of 10: none", 9, nil},
		{"10 with a threshold of 10: a group", 10, []string{"Роботика:10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := assistantYear(tt.students, func(i int) []string { return []string{fmt.Sprintf("Дейност %d", i), "Роботика"} })
			p := model.Propose(d, opts(t, 10))
			if got := sizes(p); !slices.Equal(got, tt.want) {
				t.Errorf("groups = %v, want %v", got, tt.want)
			}
			everyonePlacedOnce(t, d, p)
		})
	}
	t.Run("first wishes come before second ones", func(t *testing.T) {
		// 10 wish Роботика first; 20 wish Шахмат first (a group) and Роботика second;
		// 20 more wish Роботика second only after Футбол, which has too few.
		d := assistantYear(30, func(i int) []string {
			if i < 10 {
				return []string{"Роботика"}
			}
			return []string{"Шахмат", "Роботика"}
		})
		p := model.Propose(d, opts(t, 10))
		if got, want := sizes(p), []string{"Роботика:10", "Шахмат:20"}; !slices.Equal(got, want) {
			t.Errorf("groups = %v, want %v", got, want)
		}
	})
}

func TestPropose_Art46_3_SecondGroupOnlyWhenScheduleAllows(t *testing.T) {
	at := func(day time.Weekday, hour int) []model.Slot {
		return []model.Slot{{Day: day, Start: model.Clock(hour * 60), Hours: model.H(2)}}
	}
	tests := []struct {
		name   string
		second []model.Slot
		want   int
	}{
		{"another day", at(time.Wednesday, 14), 1},
		{"right after the first", at(time.Tuesday, 16), 1}, // 14:00 + 2 × 40 min = 15:20
		{"the same afternoon", at(time.Tuesday, 15), 0},
		{"no schedule yet", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := assistantYear(1, wishAll("x"))
			d.School.LessonMinutes = 40
			d.Groups = []model.Group{
				{ID: "a", Year: 2025, Name: "Роботика", Kind: model.Interest, Area: model.AreaScience, Schedule: at(time.Tuesday, 14)},
				{ID: "b", Year: 2025, Name: "Футбол", Kind: model.Interest, Area: model.AreaSport, Schedule: tt.second},
			}
			d.Applications[0].Wishes = []model.Wish{{Rank: 1, GroupID: "a"}, {Rank: 2, GroupID: "b"}}
			o := opts(t, 1)
			o.SecondGroup = true
			p := model.Propose(d, o)
			got := 0
			for _, g := range p.Groups {
				if g.GroupID == "b" {
					got = len(g.Members)
				}
			}
			if got != tt.want {
				t.Errorf("second group members = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestApply_Art41_4_WaitingListKeptAndMovesIn(t *testing.T) {
	d := assistantYear(3, wishAll("Роботика", "Шахмат"))
	d.Groups = append(d.Groups, *members(&model.Group{ID: "g1", Year: 2025, Name: "Роботика", Kind: model.Interest,
		Area: model.AreaScience, Activity: "Роботика"}, 24))
	o := opts(t, 5) // Шахмат: 2 wishes, no group
	p := model.Propose(d, o)
	if got := sizes(p); !slices.Equal(got, []string{"Роботика:25"}) {
		t.Fatalf("groups = %v", got)
	}
	day := model.NewDate(2025, time.November, 3)
	gs, lists := split(p.Apply(d, day))
	d.Groups[0] = *gs[0]
	for i, l := range lists {
		l.ID = model.ID(fmt.Sprint("w", i)) // as the store assigns
		d.WaitingLists = append(d.WaitingLists, *l)
	}
	// s000 was filed first (1 October) and took the place; s001 and s002 wait for both wishes.
	want := map[string][]model.ID{"Роботика": {"s001", "s002"}, "Шахмат": {"s001", "s002"}}
	if len(lists) != 2 {
		t.Fatalf("kept lists = %+v, want Роботика and Шахмат", lists)
	}
	for _, l := range lists {
		if !slices.Equal(l.Students(), want[l.Activity]) || l.Entries[0].Since != day {
			t.Errorf("%s list = %+v, want %v since %s", l.Activity, l.Entries, want[l.Activity], day)
		}
	}
	// A member leaves: the first on the list moves in; the list keeps the rest.
	d.Groups[0].Members[0].Left = model.NewDate(2025, time.November, 10)
	o.On = model.NewDate(2025, time.November, 11)
	p = model.Propose(d, o)
	later := model.NewDate(2025, time.November, 12)
	gs, lists = split(p.Apply(d, later))
	if len(gs) != 1 || gs[0].Members[len(gs[0].Members)-1].StudentID != "s001" {
		t.Fatalf("after a place frees, groups = %+v, want s001 in", gs)
	}
	for _, l := range lists {
		if !slices.Equal(l.Students(), []model.ID{"s002"}) || l.Entries[0].Since != day || l.ID == "" {
			t.Errorf("%s list = %+v, want the kept record with s002 since %s", l.Activity, l, day)
		}
	}
}

func TestPropose_TieBreak_FilingOrderNotRecordIDs(t *testing.T) {
	// One place left; three students filed on the same day: the time, then the entry number decide.
	build := func(ids []model.ID) *model.YearData {
		d := assistantYear(3, wishAll("Роботика"))
		for i := range d.Students {
			d.Students[i].ID, d.Applications[i].StudentID = ids[i], ids[i]
			d.Applications[i].ID = "app-" + ids[i]
			d.Applications[i].SubmittedOn = model.NewDate(2025, time.October, 10)
			d.Applications[i].SubmittedAt = model.Clock(9 * 60)
			d.Applications[i].EntryNo = 30 - i
		}
		d.Applications[0].SubmittedAt = model.Clock(10 * 60) // Ученик 0 filed last
		d.Groups = []model.Group{*members(&model.Group{ID: "g1", Year: 2025, Name: "Роботика", Kind: model.Interest,
			Area: model.AreaScience, Activity: "Роботика"}, 24)}
		return d
	}
	for _, ids := range [][]model.ID{{"a", "b", "c"}, {"z", "y", "x"}, {"m", "a", "q"}} {
		d := build(ids)
		p := model.Propose(d, opts(t, 5))
		// Ученик 2 has entry № 28, Ученик 1 № 29, both at 9:00.
		if got := p.Groups[0].Members; !slices.Equal(got, []model.ID{ids[2]}) {
			t.Errorf("IDs %v: placed %v, want Ученик 2 (%s): same time, lower entry number", ids, got, ids[2])
		}
		if got := p.Lists[0].Students(); !slices.Equal(got, []model.ID{ids[1], ids[0]}) {
			t.Errorf("IDs %v: waiting %v, want Ученик 1 then Ученик 0", ids, got)
		}
	}
	t.Run("a draw is repeated by its seed", func(t *testing.T) {
		d := assistantYear(40, wishAll("Роботика"))
		d.Groups = []model.Group{*members(&model.Group{ID: "g1", Year: 2025, Name: "Роботика", Kind: model.Interest,
			Area: model.AreaScience, Activity: "Роботика"}, 15)}
		o := opts(t, 100)
		o.TieBreak = model.TieBreak{Rule: model.TieByDraw, Seed: 4711, DrawnOn: model.NewDate(2025, time.October, 20)}
		a, b := model.Propose(d, o), model.Propose(d, o)
		if !slices.Equal(a.Groups[0].Members, b.Groups[0].Members) {
			t.Error("the same seed drew differently")
		}
		o.TieBreak.Seed = 4712
		if c := model.Propose(d, o); slices.Equal(a.Groups[0].Members, c.Groups[0].Members) {
			t.Error("another seed drew the same 10 of 40")
		}
		if txt := a.TieBreak.Text(); !strings.Contains(txt, "4711") || !strings.Contains(txt, "20.10.2025") {
			t.Errorf("rule text %q names neither the seed nor the day", txt)
		}
	})
}

func TestPropose_Art5_3_Refusal3002(t *testing.T) {
	d := assistantYear(3, wishAll("Футбол"))
	d.Students[0].Areas3002 = []model.ThematicArea{model.AreaSport}
	p := model.Propose(d, opts(t, 1))
	if got := sizes(p); !slices.Equal(got, []string{"Футбол:2"}) {
		t.Errorf("groups = %v", got)
	}
	if len(p.Refused) != 1 || p.Refused[0].StudentID != "s000" || p.Refused[0].Article != "чл. 5, ал. 3" {
		t.Errorf("refused = %+v, want s000 with чл. 5, ал. 3", p.Refused)
	}
	if slices.ContainsFunc(p.Waiting, func(w model.Waiting) bool { return w.StudentID == "s000" }) {
		t.Error("a student refused under чл. 5, ал. 3 waits for the same area")
	}
}

func TestPropose_Art47_1_NoGroupRefusedWithPointer(t *testing.T) {
	d := assistantYear(3, wishAll("Шахмат"))
	p := model.Propose(d, opts(t, 5))
	if len(p.Groups) != 0 || len(p.Refused) != 3 || len(p.Lists) != 1 || len(p.Lists[0].Entries) != 3 {
		t.Fatalf("groups %v, refused %+v, lists %+v: want no group, 3 refusals, 3 waiting", sizes(p), p.Refused, p.Lists)
	}
	if r := p.Refused[0]; r.Article != "чл. 47, ал. 1" || !strings.Contains(r.Msg, "другите училища") {
		t.Errorf("refusal = %+v, want чл. 47 pointing to other schools", r)
	}
}

func TestPropose_Art45_BudgetLimitsNewGroups(t *testing.T) {
	d := assistantYear(30, func(i int) []string {
		return []string{[]string{"Роботика", "Шахмат", "Футбол"}[i%3]}
	})
	o := opts(t, 5)
	o.Budget = &model.GroupBudget{Limit: 2}
	p := model.Propose(d, o)
	if len(p.Groups) != 2 || p.NewGroups != 2 {
		t.Fatalf("groups = %v, want 2 within the budget", sizes(p))
	}
	if len(p.Refused) != 10 || !strings.Contains(p.Refused[0].Msg, "бюджетът стига за 2") {
		t.Errorf("refused = %+v, want the 10 of the third activity, for the budget", p.Refused)
	}
}

func TestPropose_LatestApplicationCounts(t *testing.T) {
	d := assistantYear(1, wishAll("Шахмат"))
	later := d.Applications[0]
	later.ID, later.SubmittedOn = "a-later", later.SubmittedOn.AddDays(3)
	later.Wishes = []model.Wish{{Rank: 1, Area: model.AreaSport, Activity: "Футбол"}}
	d.Applications = append([]model.Application{later}, d.Applications...)
	if got := sizes(model.Propose(d, opts(t, 1))); !slices.Equal(got, []string{"Футбол:1"}) {
		t.Errorf("groups = %v, want the corrected wish Футбол", got)
	}
}

func TestApply_Art46_NewGroupOfAWishedGroupSharesItsActivity(t *testing.T) {
	d := assistantYear(12, wishAll("x"))
	d.Groups = []model.Group{*members(&model.Group{ID: "c1", Year: 2025, Name: "Шахмат (V клас)", Kind: model.Interest,
		Area: model.AreaScience, MinGrade: 5, MaxGrade: 5}, 20)}
	for i := range d.Applications {
		wishGroup(d, i, "c1")
	}
	p := model.Propose(d, opts(t, 5))
	if got := sizes(p); !slices.Equal(got, []string{"Шахмат (V клас):25", "Шахмат (V клас), група 2:7"}) {
		t.Fatalf("groups = %v", got)
	}
	gs, _ := split(p.Apply(d, model.NewDate(2025, time.November, 3)))
	if len(gs) != 2 || gs[0].Activity != "Шахмат (V клас)" || gs[1].Activity != gs[0].Activity || gs[1].MinGrade != 5 {
		t.Errorf("saved %+v, want both groups of one activity, the new one for grade V", gs)
	}
}

// TestPropose_RefusalsInEnglish: every kind of the assistant's refusal — another area under
// procedure 3.002 (чл. 5, ал. 3), a group's grade band (чл. 45), no group for the wish (чл. 47,
// ал. 1: too few, the budget), a remedial subject not offered (чл. 60) — reads in English in
// the English window, its reason and the area included; Msg is the Bulgarian.
func TestPropose_RefusalsInEnglish(t *testing.T) {
	var refused []model.Refusal
	d := assistantYear(3, wishAll("Футбол"))
	d.Students[0].Areas3002 = []model.ThematicArea{model.AreaSport}
	refused = append(refused, model.Propose(d, opts(t, 1)).Refused...)
	d = assistantYear(2, wishAll("Chess"))
	d.Students[1].Grade = 11
	d.Groups = append(d.Groups, model.Group{ID: "c1", Year: 2025, Name: "Chess (I–IV)", Kind: model.Interest, Area: model.AreaScience, MinGrade: 1, MaxGrade: 4})
	wishGroup(d, 1, "c1")
	refused = append(refused, model.Propose(d, opts(t, 1)).Refused...)
	refused = append(refused, model.Propose(assistantYear(3, wishAll("Chess")), opts(t, 5)).Refused...)
	o := opts(t, 5)
	o.Budget = &model.GroupBudget{Limit: 2}
	refused = append(refused, model.Propose(assistantYear(30, func(i int) []string {
		return []string{[]string{"Robotics", "Chess", "Drama"}[i%3]}
	}), o).Refused...)
	rem := &model.YearData{Programme: model.Programme{Year: 2025}, Students: []model.Student{{ID: "s1", Grade: 2}},
		Applications: []model.Application{{StudentID: "s1", RemedialSubjects: []model.Subject{model.SubjMusic}}}}
	refused = append(refused, model.Propose(rem, model.ProposalOptions{Profile: profile(t)}).Refused...)
	articles := map[string]bool{}
	for _, r := range refused {
		articles[r.Article] = true
		en := r.Text(model.LangEnglish)
		if r.Text(model.LangBulgarian) != r.Msg || en == r.Msg ||
			strings.ContainsFunc(strings.ReplaceAll(en, "Футбол", ""), func(c rune) bool { return c >= 'А' && c <= 'я' }) {
			t.Errorf("%s: %q in English: %q", r.Article, r.Msg, en)
		}
	}
	for _, a := range []string{"чл. 5, ал. 3", "чл. 45", "чл. 47, ал. 1", "чл. 60"} {
		if !articles[a] {
			t.Errorf("no refusal by %s among %+v", a, refused)
		}
	}
	for _, r := range refused {
		if r.Article == "чл. 5, ал. 3" && !strings.Contains(r.Text(model.LangEnglish), "of the area “Sport”") {
			t.Errorf("the area is not in English: %q", r.Text(model.LangEnglish))
		}
		if r.Article == "чл. 47, ал. 1" && strings.Contains(r.Msg, "бюджетът") && !strings.Contains(r.Text(model.LangEnglish), "the budget is enough for 2") {
			t.Errorf("the budget's reason is not in English: %q", r.Text(model.LangEnglish))
		}
	}
}
