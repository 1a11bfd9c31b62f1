package model_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// This file checks the assistant against invariants computed here, from the data alone, without
// the assistant's own keys or helpers: caps (чл. 41, 43), no student twice in an activity, only
// wished activities within the group's grades and outside the student's 3.002 areas, the
// threshold, nobody left waiting where a wished group has room, a kept waiting list for every
// unplaced wisher, and a result that does not change with the order of the records or their IDs.

var randActivities = []string{"Роботика", "Роботика за напреднали", "Шах", "Шахмат", "Футбол", "Хор", "Театър", "Екология"}

// randYear is a random year: running groups (some part-full, some with a grade band, some
// formed for an activity), students in 3.002 areas, applications with ties and corrections.
func randYear(r *rand.Rand) *model.YearData {
	d := &model.YearData{Programme: model.Programme{Year: 2025}, School: model.School{LessonMinutes: 40}}
	acts := randActivities[:2+r.IntN(len(randActivities)-1)]
	area := func(a string) model.ThematicArea {
		return model.ThematicAreas[len([]rune(a))%len(model.ThematicAreas)].Area
	}
	for i := range r.IntN(5) {
		a := acts[r.IntN(len(acts))]
		g := model.Group{ID: model.ID(fmt.Sprintf("g%d", i)), Year: 2025, Name: fmt.Sprintf("%s (%d)", a, i),
			Kind: model.Interest, Area: area(a)}
		if r.IntN(2) == 0 {
			g.Activity = a
		}
		if r.IntN(3) == 0 {
			g.MinGrade, g.MaxGrade = 1, 4
		}
		if r.IntN(2) == 0 {
			g.Schedule = []model.Slot{{Day: time.Weekday(1 + r.IntN(5)), Start: model.Clock(13*60 + 60*r.IntN(4)), Hours: model.H(2)}}
		}
		for j := range r.IntN(27) {
			g.Members = append(g.Members, model.Member{StudentID: model.ID(fmt.Sprintf("old%d-%d", i, j))})
		}
		d.Groups = append(d.Groups, g)
	}
	n := 20 + r.IntN(280)
	for i := range n {
		s := model.Student{ID: model.ID(fmt.Sprintf("s%d", i)), Year: 2025, Grade: 1 + r.IntN(12),
			Name: model.PersonName{First: "Ученик", Last: fmt.Sprint(i)}}
		if r.IntN(10) == 0 {
			s.Areas3002 = []model.ThematicArea{model.ThematicAreas[r.IntN(len(model.ThematicAreas))].Area}
		}
		d.Students = append(d.Students, s)
		for c := range 1 + r.IntN(2) { // sometimes a corrected application
			a := model.Application{ID: model.ID(fmt.Sprintf("a%d-%d", i, c)), Year: 2025, StudentID: s.ID,
				SubmittedOn: model.NewDate(2025, time.October, 1+r.IntN(5)+5*c), EntryNo: r.IntN(4) * (1 + i)}
			for k := range 1 + r.IntN(3) {
				w := model.Wish{Rank: k + 1}
				if len(d.Groups) > 0 && r.IntN(3) == 0 {
					w.GroupID = d.Groups[r.IntN(len(d.Groups))].ID
				} else {
					w.Activity = acts[r.IntN(len(acts))]
					w.Area = area(w.Activity)
				}
				a.Wishes = append(a.Wishes, w)
			}
			d.Applications = append(d.Applications, a)
		}
	}
	return d
}

// wishRef is what a wish names, worked out here: a running group, or an activity in an area.
type wishRef struct {
	group    *model.Group
	area     model.ThematicArea
	activity string
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// refOf reads a wish against the year's groups.
func refOf(d *model.YearData, w model.Wish) wishRef {
	for i := range d.Groups {
		if d.Groups[i].ID == w.GroupID {
			g := &d.Groups[i]
			if g.Activity != "" {
				return wishRef{area: g.Area, activity: fold(g.Activity)}
			}
			return wishRef{group: g, area: g.Area}
		}
	}
	return wishRef{area: w.Area, activity: fold(w.Activity)}
}

// fits reports whether proposed group g is the activity of ref.
func fits(d *model.YearData, g model.ProposedGroup, ref wishRef) bool {
	if ref.group != nil {
		return g.GroupID == ref.group.ID || (g.GroupID == "" && g.Activity == ref.group.Name && g.MinGrade == ref.group.MinGrade)
	}
	return g.Area == ref.area && fold(g.Activity) == ref.activity
}

// latest is the application that counts per student: the last filed.
func latest(d *model.YearData) map[model.ID]model.Application {
	out := map[model.ID]model.Application{}
	for _, a := range d.Applications {
		if cur, ok := out[a.StudentID]; !ok || a.SubmittedOn.After(cur.SubmittedOn) {
			out[a.StudentID] = a
		}
	}
	return out
}

// checkInvariants checks p against d and o.
func checkInvariants(t *testing.T, d *model.YearData, o model.ProposalOptions, p *model.Proposal) {
	t.Helper()
	students := map[model.ID]model.Student{}
	for _, s := range d.Students {
		students[s.ID] = s
	}
	inGroup := map[model.ID]bool{}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			inGroup[m.StudentID] = true
		}
	}
	interestOf := map[model.ID][]model.ProposedGroup{}
	for _, g := range p.Groups {
		if g.Taken+len(g.Members) > 25 {
			t.Errorf("%q: %d students, over 25 (чл. 43, ал. 1)", g.Name, g.Taken+len(g.Members))
		}
		if g.GroupID == "" && len(g.Members) < o.MinStudents {
			t.Errorf("new group %q of %d, under the threshold %d (чл. 47)", g.Name, len(g.Members), o.MinStudents)
		}
		for _, id := range g.Members {
			interestOf[id] = append(interestOf[id], g)
		}
	}
	checkPlaced(t, d, o, students, inGroup, interestOf)
	checkWaiting(t, d, p, students, inGroup, interestOf)
}

// checkPlaced checks each placed student: at most two groups, never twice in an activity, only
// wished activities, within the grade band, outside the 3.002 areas.
func checkPlaced(t *testing.T, d *model.YearData, o model.ProposalOptions, students map[model.ID]model.Student,
	inGroup map[model.ID]bool, interestOf map[model.ID][]model.ProposedGroup) {
	t.Helper()
	apps := latest(d)
	for id, gs := range interestOf {
		s, a := students[id], apps[id]
		if inGroup[id] || len(gs) > 2 || (len(gs) == 2 && !o.SecondGroup) {
			t.Errorf("%s: in %d proposed groups (in a group already: %v)", id, len(gs), inGroup[id])
		}
		if len(gs) == 2 && gs[0].Activity == gs[1].Activity && gs[0].Area == gs[1].Area {
			t.Errorf("%s: twice in %q", id, gs[0].Activity)
		}
		for _, g := range gs {
			if slices.Contains(s.Areas3002, g.Area) {
				t.Errorf("%s: in %q of a 3.002 area (чл. 5, ал. 3)", id, g.Name)
			}
			if (g.MinGrade > 0 && s.Grade < g.MinGrade) || (g.MaxGrade > 0 && s.Grade > g.MaxGrade) {
				t.Errorf("%s (grade %d): in %q for grades %d–%d", id, s.Grade, g.Name, g.MinGrade, g.MaxGrade)
			}
			if !slices.ContainsFunc(a.Wishes, func(w model.Wish) bool { return fits(d, g, refOf(d, w)) }) {
				t.Errorf("%s: in %q, which the student did not wish (%+v)", id, g.Name, a.Wishes)
			}
		}
	}
}

// checkWaiting checks each unplaced wisher: no wished group with room that takes the student,
// and a place on the waiting list of every wish the student may have.
func checkWaiting(t *testing.T, d *model.YearData, p *model.Proposal, students map[model.ID]model.Student,
	inGroup map[model.ID]bool, interestOf map[model.ID][]model.ProposedGroup) {
	t.Helper()
	for id, a := range latest(d) {
		if inGroup[id] || len(interestOf[id]) > 0 {
			continue
		}
		s := students[id]
		for _, w := range a.Wishes {
			ref := refOf(d, w)
			if !ref.area.Valid() || slices.Contains(s.Areas3002, ref.area) ||
				(ref.group != nil && !ref.group.TakesGrade(s.Grade)) {
				continue
			}
			for i, g := range p.Groups {
				if fits(d, g, ref) && p.Room(i) > 0 && g.Kind == model.Interest &&
					(g.MinGrade == 0 || s.Grade >= g.MinGrade) && (g.MaxGrade == 0 || s.Grade <= g.MaxGrade) {
					t.Errorf("%s waits though %q, which the student wished, has room", id, g.Name)
				}
			}
			if !slices.ContainsFunc(p.Lists, func(l model.WaitingList) bool {
				return slices.Contains(l.Students(), id) && listFits(l, ref)
			}) {
				t.Errorf("%s is on no waiting list of the wish %+v", id, w)
			}
		}
	}
}

// listFits reports whether waiting list l is of the activity of ref.
func listFits(l model.WaitingList, ref wishRef) bool {
	if ref.group != nil {
		return l.GroupID == ref.group.ID
	}
	return l.GroupID == "" && l.Area == ref.area && fold(l.Activity) == ref.activity
}

// relabel gives every student, application and group a new ID and shuffles the records.
func relabel(r *rand.Rand, d *model.YearData) (*model.YearData, map[model.ID]model.ID) {
	c := d.Clone()
	back := map[model.ID]model.ID{}
	fresh := func(old model.ID) model.ID {
		n := model.ID(fmt.Sprintf("x%08x", r.Uint32()))
		back[n] = old
		return n
	}
	to := map[model.ID]model.ID{}
	for i := range c.Students {
		to[c.Students[i].ID] = fresh(c.Students[i].ID)
		c.Students[i].ID = to[c.Students[i].ID]
	}
	for i := range c.Groups {
		to[c.Groups[i].ID] = fresh(c.Groups[i].ID)
		c.Groups[i].ID = to[c.Groups[i].ID]
	}
	for i := range c.Applications {
		a := &c.Applications[i]
		a.ID, a.StudentID = fresh(a.ID), to[a.StudentID]
		for j := range a.Wishes {
			if a.Wishes[j].GroupID != "" {
				a.Wishes[j].GroupID = to[a.Wishes[j].GroupID]
			}
		}
	}
	r.Shuffle(len(c.Students), func(i, j int) { c.Students[i], c.Students[j] = c.Students[j], c.Students[i] })
	r.Shuffle(len(c.Groups), func(i, j int) { c.Groups[i], c.Groups[j] = c.Groups[j], c.Groups[i] })
	r.Shuffle(len(c.Applications), func(i, j int) { c.Applications[i], c.Applications[j] = c.Applications[j], c.Applications[i] })
	return c, back
}

// summary is a proposal in the original IDs: groups with members, and waiting lists.
func summary(p *model.Proposal, back map[model.ID]model.ID) string {
	id := func(x model.ID) model.ID {
		if o, ok := back[x]; ok {
			return o
		}
		return x
	}
	var b strings.Builder
	for _, g := range p.Groups {
		fmt.Fprintf(&b, "%s[%s]:", g.Name, id(g.GroupID))
		for _, m := range g.Members {
			fmt.Fprint(&b, " ", id(m))
		}
		b.WriteString("\n")
	}
	for _, l := range p.Lists {
		fmt.Fprintf(&b, "wait %s %s[%s]:", l.Area, l.Activity, id(l.GroupID))
		for _, e := range l.Entries {
			fmt.Fprint(&b, " ", id(e.StudentID), "/", e.Rank)
		}
		b.WriteString("\n")
	}
	for _, x := range p.Refused {
		fmt.Fprintf(&b, "refused %s %s %s\n", id(x.StudentID), x.Article, x.Activity)
	}
	return b.String()
}

func TestPropose_Random_Invariants(t *testing.T) {
	for seed := range uint64(150) {
		r := rand.New(rand.NewPCG(seed, 24))
		d := randYear(r)
		o := model.ProposalOptions{Profile: profile(t), On: model.NewDate(2025, time.November, 1),
			MinStudents: r.IntN(12), SecondGroup: r.IntN(2) == 0}
		if r.IntN(3) == 0 {
			o.Budget = &model.GroupBudget{Limit: r.IntN(4)}
		}
		if r.IntN(3) == 0 {
			o.TieBreak = model.TieBreak{Rule: model.TieByDraw, Seed: r.Uint64()}
		}
		p := model.Propose(d, o)
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			checkInvariants(t, d, o, p)
			if o.Budget != nil && p.NewGroups > o.Budget.Limit {
				t.Errorf("%d new groups, over the budget's %d", p.NewGroups, o.Budget.Limit)
			}
			c, back := relabel(r, d)
			if a, b := summary(p, nil), summary(model.Propose(c, o), back); a != b {
				t.Errorf("the proposal changes with record IDs and order:\n%s\n---\n%s", a, b)
			}
			_, lists := split(p.Apply(d, model.NewDate(2025, time.November, 3)))
			if len(lists) != len(p.Lists) {
				t.Errorf("confirm keeps %d waiting lists, the proposal has %d", len(lists), len(p.Lists))
			}
		})
	}
}
