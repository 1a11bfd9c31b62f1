package demo

import (
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// activity is an interest activity a school offers, in one thematic area of чл. 66.
type activity struct {
	Name  string
	Area  model.ThematicArea
	Place string
}

// activities lists what schools offer; the generator takes them in a shuffled order per band.
var activities = []activity{
	{"Роботика", model.AreaScience, "STEM кабинет"},
	{"Млади природоизследователи", model.AreaScience, "кабинет по биология"},
	{"Забавна химия", model.AreaScience, "кабинет по химия"},
	{"Здравей, здраве!", model.AreaHealth, "медицинския кабинет"},
	{"Първа помощ", model.AreaHealth, "физкултурния салон"},
	{"Дебатен клуб", model.AreaCivic, "библиотеката"},
	{"Млад гражданин", model.AreaCivic, "библиотеката"},
	{"Ученическа мини фирма", model.AreaEntrepreneurial, "кабинет по икономика"},
	{"Програмиране със Scratch", model.AreaDigital, "компютърния кабинет"},
	{"Дигитална фотография", model.AreaDigital, "компютърния кабинет"},
	{"Театрално студио", model.AreaArts, "актовата зала"},
	{"Народни танци", model.AreaArts, "актовата зала"},
	{"Приложно изкуство", model.AreaArts, "кабинета по изобразително изкуство"},
	{"Хор „Звънчета“", model.AreaArts, "кабинета по музика"},
	{"Футбол", model.AreaSport, "спортната площадка"},
	{"Волейбол", model.AreaSport, "физкултурния салон"},
	{"Шахмат", model.AreaSport, "библиотеката"},
}

// interestGroups picks a little more than the target of Приложение № 1 and forms groups of at
// most 25 (чл. 43, ал. 1) per band of grades. Each student asks for up to three groups and gets
// the first wish that has room, else the second or third (чл. 46); the rest wait.
func (g *gen) interestGroups() {
	_, target := g.targets()
	n := min(len(g.d.Students), target+target/20)
	chosen := g.rng.Perm(len(g.d.Students))[:n]
	slices.Sort(chosen)
	g.wishes = make(map[int][]model.Wish, n)
	for _, b := range interestBands {
		var in []int
		for _, si := range chosen {
			if b.has(g.d.Students[si].Grade) {
				in = append(in, si)
			}
		}
		if len(in) > 0 {
			g.fillBand(b, in)
		}
	}
}

// fillBand forms the band's groups and places its students by their wishes.
func (g *gen) fillBand(b band, students []int) {
	first := len(g.d.Groups)
	order := g.rng.Perm(len(activities))
	for i := range (len(students) + 22) / 23 {
		a := activities[order[i%len(order)]]
		name := fmt.Sprintf("%s (%s клас)", a.Name, b.label())
		if i >= len(order) {
			name = fmt.Sprintf("%s (%s клас), група %d", a.Name, b.label(), i/len(order)+1)
		}
		gr := g.newGroup(model.Interest, name, nil)
		gr.Area, gr.Place = a.Area, a.Place
		gr.Activity, gr.MinGrade, gr.MaxGrade = a.Name, b.lo, b.hi // what the assistant matches wishes by
		gr.Goals = "Развитие на интересите и уменията на учениците в област „" + a.Area.Name() + "“"
		gr.Results = "Публични изяви и годишна продукция; повишена мотивация за учене"
		g.d.Groups = append(g.d.Groups, gr)
	}
	groups := g.d.Groups[first:]
	for _, si := range students {
		g.place(si, groups)
	}
}

// place writes a student's three wishes and puts the student in the first group with room.
func (g *gen) place(si int, groups []model.Group) {
	s := &g.d.Students[si]
	var ranked []int
	// Most students choose among the smaller groups, which keeps groups even, as the school's
	// counselling does in practice; the rest choose freely.
	for _, gi := range g.rng.Perm(len(groups)) {
		if len(ranked) == 3 {
			break
		}
		if slices.Contains(s.Areas3002, groups[gi].Area) {
			continue // чл. 5, ал. 3
		}
		ranked = append(ranked, gi)
	}
	if len(ranked) == 0 {
		return
	}
	if g.chance(70) {
		slices.SortStableFunc(ranked, func(a, b int) int { return len(groups[a].Members) - len(groups[b].Members) })
	}
	placed := false
	var wishes []model.Wish
	for r, gi := range ranked {
		gr := &groups[gi]
		w := model.Wish{Rank: r + 1, Area: gr.Area, Activity: activityName(gr.Name)}
		if !placed && len(gr.Members) < 25 {
			joined := g.firstSession()
			if g.chance(3) {
				joined = joined.AddDays(7 * g.between(2, 10))
			}
			gr.Members = append(gr.Members, model.Member{StudentID: s.ID, Joined: joined})
			w.GroupID = gr.ID
			placed = true
		}
		wishes = append(wishes, w)
	}
	if !placed {
		groups[ranked[0]].WaitingList = append(groups[ranked[0]].WaitingList, s.ID)
	}
	g.wishes[si] = g.moreWishes(s, wishes)
}

// moreWishes fills an application up to three wishes with activities the school does not
// offer to the student's grades: what children write when few groups are on offer.
func (g *gen) moreWishes(s *model.Student, wishes []model.Wish) []model.Wish {
	for _, k := range g.rng.Perm(len(activities)) {
		if len(wishes) == 3 {
			break
		}
		a := activities[k]
		dup := slices.Contains(s.Areas3002, a.Area)
		for _, w := range wishes {
			dup = dup || w.Activity == a.Name
		}
		if !dup {
			wishes = append(wishes, model.Wish{Rank: len(wishes) + 1, Area: a.Area, Activity: a.Name})
		}
	}
	return wishes
}

// activityName is the group's activity without the grades: „Роботика (V–VII клас)“ → „Роботика“.
func activityName(group string) string {
	for i, r := range group {
		if r == '(' {
			return group[:max(i-1, 0)]
		}
	}
	return group
}
