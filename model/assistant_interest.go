package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// proposeInterest forms the interest groups: each activity enough of whose students wish it
// first gets groups for all of them (чл. 46, ал. 1), existing groups with room first; every
// student then goes to the first wish that has room, else the second or third (чл. 46, ал. 2);
// the rest wait. Placed students may get a second group of a later wish (чл. 46, ал. 3).
func (p *Proposal) proposeInterest(d *YearData, apps []*Application) {
	students := ByID(d.Students)
	already := inGroups(d, Interest)
	var order []ID
	first := map[activityKey]int{}
	names := map[activityKey]Wish{}
	for _, a := range apps {
		if len(already[a.StudentID]) > 0 || students[a.StudentID] == nil {
			continue
		}
		keys := p.studentWishes(a, students[a.StudentID], names)
		if len(keys) == 0 {
			continue
		}
		p.wishes[a.StudentID] = keys
		order = append(order, a.StudentID)
		first[keys[0]]++
	}
	p.openInterestGroups(d, first, names)
	placed := p.placeAll(order)
	if p.opts.SecondGroup && p.opts.Profile.Interest.MaxGroups >= 2 {
		for _, id := range order {
			if placed[id] {
				p.placeSecond(id)
			}
		}
	}
	p.Groups = slices.DeleteFunc(p.Groups, func(g ProposedGroup) bool { return g.GroupID == "" && len(g.Members) == 0 })
}

// studentWishes returns a student's wishes in rank order, one per activity, leaving out areas
// the student attends under procedure 3.002 (чл. 5, ал. 3).
func (p *Proposal) studentWishes(a *Application, s *Student, names map[activityKey]Wish) []activityKey {
	ws := slices.Clone(a.Wishes)
	slices.SortStableFunc(ws, func(x, y Wish) int { return cmp.Compare(x.Rank, y.Rank) })
	var keys []activityKey
	for _, w := range ws {
		k := wishKey(w)
		if !w.Area.Valid() || slices.Contains(s.Areas3002, w.Area) || slices.Contains(keys, k) {
			continue
		}
		if _, ok := names[k]; !ok {
			names[k] = w
		}
		keys = append(keys, k)
	}
	return keys
}

// openInterestGroups offers the existing interest groups with room and opens new groups for
// each activity wished first by at least MinStudents, as many as its first wishes need.
func (p *Proposal) openInterestGroups(d *YearData, first map[activityKey]int, names map[activityKey]Wish) {
	keys := make([]activityKey, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b activityKey) int {
		return cmp.Or(cmp.Compare(first[b], first[a]), cmp.Compare(a.name, b.name), cmp.Compare(a.area, b.area))
	})
	max := p.max(Interest)
	for _, k := range keys {
		room := 0
		for i := range d.Groups {
			g := &d.Groups[i]
			if g.Kind != Interest || g.Area != k.area || !strings.HasPrefix(strings.ToLower(g.Name), k.name) {
				continue
			}
			taken := len(g.ActiveMembers(p.opts.On))
			if taken < max {
				p.Groups = append(p.Groups, ProposedGroup{Kind: Interest, Name: g.Name, Activity: names[k].Activity,
					Area: g.Area, GroupID: g.ID, Taken: taken, key: k})
				room += max - taken
			}
		}
		if first[k] == 0 || first[k] < p.opts.MinStudents {
			continue
		}
		for i := range groupSizes(first[k]-room, max) {
			name := strings.TrimSpace(names[k].Activity)
			if name == "" {
				name = k.area.Name()
			}
			if i > 0 {
				name += fmt.Sprintf(", група %d", i+1)
			}
			p.Groups = append(p.Groups, ProposedGroup{Kind: Interest, Name: name, Activity: names[k].Activity,
				Area: k.area, key: k})
		}
	}
}

// placeAll places each student by first wish, then those left by second, then by third; who
// is left waits on the list of the first wish. It returns the students placed. The students of
// order are in no proposed group yet, so a set of those placed here says who is placed without
// searching every group's members for each student (placedIn), which made Propose quadratic.
func (p *Proposal) placeAll(order []ID) map[ID]bool {
	placed := make(map[ID]bool, len(order))
	for rank := range 3 {
		for _, id := range order {
			if placed[id] || rank >= len(p.wishes[id]) {
				continue
			}
			if k := p.wishes[id][rank]; !p.dropped[k] {
				placed[id] = p.placeIn(id, k)
			}
		}
	}
	for _, id := range order {
		if !placed[id] {
			p.wait(id)
		}
	}
	return placed
}

// wait puts student id on the waiting list, under the first wish.
func (p *Proposal) wait(id ID) {
	w := Waiting{StudentID: id, Kind: Interest}
	if ks := p.wishes[id]; len(ks) > 0 {
		if i := slices.IndexFunc(p.Groups, func(g ProposedGroup) bool { return g.key == ks[0] }); i >= 0 {
			w.Activity = p.Groups[i].Activity
		} else {
			w.Activity = ks[0].name
		}
	}
	p.Waiting = append(p.Waiting, w)
}

// placeIn puts student id into the group of activity k with the most room; false when none has room.
func (p *Proposal) placeIn(id ID, k activityKey) bool {
	best := -1
	for i := range p.Groups {
		if p.Groups[i].key == k && p.Room(i) > 0 && (best < 0 || p.Room(i) > p.Room(best)) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	p.Groups[best].Members = append(p.Groups[best].Members, id)
	return true
}

// placeSecond gives a placed student a second interest group of a later wish, when one has room.
func (p *Proposal) placeSecond(id ID) {
	for _, k := range p.wishes[id] {
		if !p.dropped[k] && !p.inActivity(id, k) && p.placeIn(id, k) {
			return
		}
	}
}

// placedIn returns the index of the first interest group student id is proposed for, or -1.
func (p *Proposal) placedIn(id ID) int {
	return slices.IndexFunc(p.Groups, func(g ProposedGroup) bool { return g.Kind == Interest && slices.Contains(g.Members, id) })
}

// inActivity reports whether student id is proposed for a group of activity k.
func (p *Proposal) inActivity(id ID, k activityKey) bool {
	return slices.ContainsFunc(p.Groups, func(g ProposedGroup) bool { return g.key == k && slices.Contains(g.Members, id) })
}

// Drop removes proposed group i. Its students who are left with no group of its kind go to the
// next wish that has room (чл. 46, ал. 2), else to the waiting list; its activity is not
// offered again.
func (p *Proposal) Drop(i int) {
	if i < 0 || i >= len(p.Groups) {
		return
	}
	g := p.Groups[i]
	p.Groups = slices.Delete(p.Groups, i, i+1)
	if g.Kind == Remedial {
		for _, id := range g.Members {
			p.Waiting = append(p.Waiting, Waiting{StudentID: id, Kind: Remedial, Subject: g.Subject})
		}
		return
	}
	if !slices.ContainsFunc(p.Groups, func(o ProposedGroup) bool { return o.key == g.key }) {
		p.dropped[g.key] = true
	}
	for _, id := range g.Members {
		if p.placedIn(id) >= 0 {
			continue
		}
		placed := false
		for _, k := range p.wishes[id] {
			if placed = !p.dropped[k] && k != g.key && p.placeIn(id, k); placed {
				break
			}
		}
		if !placed {
			p.wait(id)
		}
	}
}

// Move moves student id from proposed group from to group to; from -1 takes the student off
// the waiting list. It refuses a full group (чл. 41, ал. 1; чл. 43, ал. 1), a group of
// another kind, and a second group of the same activity.
func (p *Proposal) Move(id ID, from, to int) error {
	if to < 0 || to >= len(p.Groups) || from >= len(p.Groups) || from == to {
		return Errorf("invalid_group", "Groups", "изберете групата, в която да отиде ученикът")
	}
	t := &p.Groups[to]
	waits := slices.ContainsFunc(p.Waiting, func(w Waiting) bool { return w.StudentID == id && w.Kind == t.Kind })
	if (from >= 0 && p.Groups[from].Kind != t.Kind) || (from < 0 && !waits) {
		return Errorf("invalid_group", "Groups", "ученикът може да се премести само в група от същия вид")
	}
	if p.Room(to) <= 0 {
		article := "чл. 43, ал. 1"
		if t.Kind == Remedial {
			article = "чл. 41, ал. 1"
		}
		return Errorf("group_full", "Groups", "група „%s“ е пълна: най-много %d ученици (%s)", t.Name, p.max(t.Kind), article)
	}
	for i, g := range p.Groups {
		if i != from && g.key == t.key && slices.Contains(g.Members, id) {
			return Errorf("same_activity", "Groups", "ученикът вече е предложен за група „%s“ от същата дейност", g.Name)
		}
	}
	if from >= 0 {
		f := &p.Groups[from]
		f.Members = slices.DeleteFunc(f.Members, func(x ID) bool { return x == id })
	} else {
		p.Waiting = slices.DeleteFunc(p.Waiting, func(w Waiting) bool { return w.StudentID == id && w.Kind == t.Kind })
	}
	t.Members = append(t.Members, id)
	return nil
}
