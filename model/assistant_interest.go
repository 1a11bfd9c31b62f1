package model

import (
	"cmp"
	"slices"
	"strings"
)

// proposeInterest forms the interest groups. Wished groups that have room are offered first.
// Then, round by round, an activity that at least MinStudents of the students not yet placed
// wish gets new groups: in round 1 only first wishes count (чл. 46, ал. 1), in round 2 first
// and second, in round 3 every wish (чл. 46, ал. 2). After each opening every student not yet
// placed goes to the best wish with room, first wishes before second ones, and students in
// the order of the tie-break; a new group left under the threshold is closed again. Placed
// students may get a second group of a later wish (чл. 46, ал. 3).
func (p *Proposal) proposeInterest(d *YearData, apps []*Application) {
	already := inGroups(d, Interest)
	groups := ByID(d.Groups)
	for _, a := range apps {
		s := p.students[a.StudentID]
		if len(already[s.ID]) > 0 {
			continue
		}
		if p.studentWishes(groups, a, s) {
			p.order = append(p.order, s.ID)
		}
	}
	p.offerExisting(d)
	for r := 1; r <= 3; r++ {
		closed := map[activityKey]bool{}
		for range 1000 { // each pass opens or closes a group: a bound, never reached
			p.placeAll()
			opened := p.openRound(r, closed)
			p.placeAll()
			if !p.closeSmall(closed) && !opened {
				break
			}
		}
	}
	p.placeAll()
	if p.opts.SecondGroup && p.opts.Profile.Interest.MaxGroups >= 2 {
		for _, id := range p.order {
			if p.placed[id] {
				p.placeSecond(id)
			}
		}
	}
	p.balance()
	p.Groups = slices.DeleteFunc(p.Groups, func(g ProposedGroup) bool { return len(g.Members) == 0 })
}

// studentWishes records a student's wishes in rank order, one per activity, and refuses those
// in an area the student attends under procedure 3.002 (чл. 5, ал. 3) or outside the grade
// band of the wished group. It reports whether a wish is left.
func (p *Proposal) studentWishes(groups map[ID]*Group, a *Application, s *Student) bool {
	ws := slices.Clone(a.Wishes)
	slices.SortStableFunc(ws, func(x, y Wish) int { return cmp.Compare(x.Rank, y.Rank) })
	seen := map[activityKey]bool{}
	for _, w := range ws {
		act := p.activityOf(groups, w)
		if act == nil || seen[act.key] {
			continue
		}
		seen[act.key] = true
		refuse := func(article, format string, args ...any) {
			r := refusalOf(article, format, args...)
			r.StudentID, r.Kind, r.Activity = s.ID, Interest, act.name
			p.refused = append(p.refused, r)
		}
		switch {
		case slices.Contains(s.Areas3002, act.area):
			refuse("чл. 5, ал. 3", "„%s“ е от направление „%s“, в което ученикът участва по процедура BG05M2OP001-3.002: не се включва в група по интереси от същото направление",
				act.name, areaName{act.area})
		case act.tmpl != nil && !act.tmpl.TakesGrade(s.Grade):
			refuse("чл. 45", "групата „%s“ е за %s клас, а ученикът е в %s клас", act.tmpl.Name,
				bandText(act.tmpl.MinGrade, act.tmpl.MaxGrade), RomanGrade(s.Grade))
		default:
			p.wishes[s.ID] = append(p.wishes[s.ID], act.key)
			p.ranks[s.ID] = append(p.ranks[s.ID], w.Rank)
		}
	}
	return len(p.wishes[s.ID]) > 0
}

// activityOf returns the activity a wish names: the wished group's activity when the wish names
// a group by ID, else the activity written on the application in the area. Names are compared
// whole, never by prefix: „Роботика“ is not „Роботика за напреднали“.
func (p *Proposal) activityOf(groups map[ID]*Group, w Wish) *activity {
	var act activity
	if g := groups[w.GroupID]; g != nil && g.Kind == Interest {
		act = activity{key: groupKey(g), area: g.Area, name: cmp.Or(strings.TrimSpace(g.Activity), g.Name)}
		if g.Activity == "" {
			act.tmpl = g
		}
	} else if w.Area.Valid() {
		name := cmp.Or(strings.Join(strings.Fields(w.Activity), " "), w.Area.Name())
		act = activity{key: newKey(w.Area, name), area: w.Area, name: name}
	} else {
		return nil
	}
	if known := p.acts[act.key]; known != nil {
		return known
	}
	p.acts[act.key] = &act
	return &act
}

// newKey is the key of an activity named in an area.
func newKey(a ThematicArea, name string) activityKey {
	return activityKey("n:" + string(a) + "|" + norm(name))
}

// groupKey is the key of an existing group's activity: its activity name when it has one, else
// the group itself.
func groupKey(g *Group) activityKey {
	if strings.TrimSpace(g.Activity) != "" {
		return newKey(g.Area, g.Activity)
	}
	return activityKey("g:" + string(g.ID))
}

// offerExisting offers the running interest groups of wished activities that have room.
func (p *Proposal) offerExisting(d *YearData) {
	max := p.max(Interest)
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Kind != Interest || p.acts[groupKey(g)] == nil {
			continue
		}
		if taken := len(g.ActiveMembers(p.opts.On)); taken < max {
			p.Groups = append(p.Groups, ProposedGroup{Kind: Interest, Name: g.Name, Activity: p.acts[groupKey(g)].name,
				Area: g.Area, GroupID: g.ID, Taken: taken, MinGrade: g.MinGrade, MaxGrade: g.MaxGrade,
				Schedule: g.Schedule, key: groupKey(g)})
		}
	}
	p.sortGroups() // placement breaks ties of room by this order: by name, never by ID
}

// placeAll places every student not yet placed in the best wish that has room: first wishes
// of all students before second wishes, students in the order of the tie-break.
func (p *Proposal) placeAll() {
	for j := range 3 {
		for _, id := range p.order {
			if !p.placed[id] && j < len(p.wishes[id]) && !p.dropped[p.wishes[id][j]] {
				p.placed[id] = p.placeIn(id, p.wishes[id][j])
			}
		}
	}
}

// placeIn puts student id into the group of activity k with the most room that takes the
// student's grade; false when none has room.
func (p *Proposal) placeIn(id ID, k activityKey) bool {
	best := -1
	grade := p.students[id].Grade
	for i := range p.Groups {
		g := &p.Groups[i]
		if g.key == k && p.Room(i) > 0 && takes(g.MinGrade, g.MaxGrade, grade) && (best < 0 || p.Room(i) > p.Room(best)) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	p.Groups[best].Members = append(p.Groups[best].Members, id)
	return true
}

// bandText is a grade band lo–hi (0: open) in words: „I–IV“.
func bandText(lo, hi int) string { return GradeSpan{From: max(lo, 1), To: cmp.Or(hi, 12)}.String() }

// takes reports whether a band lo–hi (0: open) takes grade g.
func takes(lo, hi, g int) bool {
	return (&Group{MinGrade: lo, MaxGrade: hi}).TakesGrade(g)
}
