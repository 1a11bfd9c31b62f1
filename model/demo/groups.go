package demo

import (
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// band is a range of grades that study together in one group (mixed grades are allowed, чл. 41–43).
type band struct{ lo, hi int }

func (b band) has(grade int) bool { return grade >= b.lo && grade <= b.hi }

func (b band) label() string {
	if b.lo == b.hi {
		return model.RomanGrade(b.lo)
	}
	return model.RomanGrade(b.lo) + "–" + model.RomanGrade(b.hi)
}

var interestBands = []band{{1, 4}, {5, 7}, {8, 12}}

// extraSubjects are the remedial subjects beyond Bulgarian and mathematics that grades V–XII
// may have (чл. 60; never music, arts or sport); larger schools offer more of them, so that no
// group is left with one or two students.
var extraSubjects = []model.Subject{model.SubjEnglish, model.SubjHistory, model.SubjBiology, model.SubjPhysics, model.SubjChemistry}

// remedialSubjects are the subjects a grade may have remedial groups in (чл. 60): grades I–IV
// only Bulgarian and mathematics; later grades with priority on those two (listed twice).
func (g *gen) remedialSubjects(grade int) []model.Subject {
	prio := []model.Subject{model.SubjBulgarian, model.SubjMath, model.SubjBulgarian, model.SubjMath}
	if model.StageOf(grade) == model.StagePrimary {
		return prio[:2]
	}
	return append(prio, extraSubjects[:min(len(extraSubjects), g.opts.Students/250)]...)
}

// groupSizes splits n students into the fewest groups of at most limit, as evenly as possible.
func groupSizes(n, limit int) []int {
	k := (n + limit - 1) / limit
	out := make([]int, k)
	for i := range out {
		out[i] = n / k
		if i < n%k {
			out[i]++
		}
	}
	return out
}

// groups forms the remedial groups first and the interest groups up to the rest (чл. 40).
func (g *gen) groups() {
	g.remedialGroups()
	g.interestGroups()
}

// remedialGroups picks a little more than the target of Приложение № 1, gives each student a
// subject allowed for the grade (a fifth get a second one, чл. 42), and packs each subject's
// students, by grade, into groups of at most 10 (чл. 41, ал. 1); grades I–IV apart.
func (g *gen) remedialGroups() {
	target, _ := g.targets()
	n := min(len(g.d.Students), target+target/20)
	chosen := g.rng.Perm(len(g.d.Students))[:n]
	slices.Sort(chosen) // by grade, as students are generated grade by grade
	bySubject := map[model.Subject][]int{}
	for _, si := range chosen {
		s := &g.d.Students[si]
		g.needs(s)
		subs := g.remedialSubjects(s.Grade)
		first := pick(g, subs)
		bySubject[first] = append(bySubject[first], si)
		if second := pick(g, subs); second != first && g.chance(20) {
			bySubject[second] = append(bySubject[second], si)
		}
	}
	// Walk the subjects in a fixed order; map order must not reach the output.
	for _, x := range model.Subjects {
		all := bySubject[x.Subject]
		cut := 0
		for cut < len(all) && g.d.Students[all[cut]].Grade <= 4 {
			cut++
		}
		for _, part := range [][]int{all[:cut], all[cut:]} {
			at := 0
			for _, size := range groupSizes(len(part), 10) {
				g.remedialGroup(x.Subject, part[at:at+size])
				at += size
			}
		}
	}
}

// remedialGroup adds one remedial group of a subject, named by the grades of its members.
func (g *gen) remedialGroup(subj model.Subject, members []int) {
	b := band{g.d.Students[members[0]].Grade, g.d.Students[members[len(members)-1]].Grade}
	g.seq[subj.Name()+b.label()]++
	name := fmt.Sprintf("%s, %s клас", subj.Name(), b.label())
	if k := g.seq[subj.Name()+b.label()]; k > 1 {
		name += fmt.Sprintf(", група %d", k)
	}
	gr := g.newGroup(model.Remedial, name, members)
	gr.Subject = subj
	gr.Place = fmt.Sprintf("кабинет %d", g.between(11, 45))
	gr.Goals = "Преодоляване на обучителните затруднения по " + subj.Name() + " и повишаване на успеха"
	gr.Results = "Овладени ключови знания и умения по учебната програма; по-добри резултати в текущото оценяване"
	g.d.Groups = append(g.d.Groups, gr)
}

// newGroup builds a group with its leader, weekly schedule and members. Members join when the
// groups start; a few join later (чл. 41, ал. 4) and a few leave.
func (g *gen) newGroup(kind model.ActivityKind, name string, members []int) model.Group {
	gr := model.Group{
		ID:   id("grp", 4, len(g.d.Groups)+1),
		Year: g.year,
		Name: name,
		Kind: kind,
	}
	leader, slot := g.leaderFor(kind)
	gr.LeaderID = g.d.People[leader].ID
	gr.Schedule = g.schedule(slot)
	for _, si := range members {
		m := model.Member{StudentID: g.d.Students[si].ID, Joined: g.firstSession()}
		switch {
		case g.chance(3):
			m.Joined = g.firstSession().AddDays(7 * g.between(2, 10))
		case g.chance(2):
			m.Left = g.firstSession().AddDays(7 * g.between(14, 24))
		}
		gr.Members = append(gr.Members, m)
	}
	return gr
}
