package model

import (
	"cmp"
	"fmt"
	"slices"
)

// threshold is the fewest students for whom a new interest group is opened (at least one).
func (p *Proposal) threshold() int { return max(p.opts.MinStudents, 1) }

// openRound opens new groups for the activities that at least the threshold of the students
// not yet placed wish among their first r wishes, most wished first, as many as they fill,
// within the budget's limit. It reports whether it opened any.
func (p *Proposal) openRound(r int, closed map[activityKey]bool) bool {
	counts := map[activityKey]int{}
	for _, id := range p.order {
		if p.placed[id] {
			continue
		}
		for j, k := range p.wishes[id] {
			if p.ranks[id][j] <= r && !p.dropped[k] && !closed[k] {
				counts[k]++
			}
		}
	}
	keys := make([]activityKey, 0, len(counts))
	for k, n := range counts {
		if n >= p.threshold() {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b activityKey) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(p.acts[a].name, p.acts[b].name), cmp.Compare(a, b))
	})
	opened := false
	for _, k := range keys {
		n := len(groupSizes(counts[k], p.max(Interest)))
		if p.Limit >= 0 {
			n = min(n, p.Limit-p.NewGroups)
		}
		if n <= 0 {
			p.unopened[k] = reasonOf("бюджетът стига за %d нови групи по интереси и те са заети от по-желани дейности", p.Limit)
			continue
		}
		for range n {
			p.openGroup(k)
		}
		opened = true
	}
	return opened
}

// openGroup adds a new group of activity k, named after the activity, numbered from the
// second group of the activity on; a group of a wished group's activity takes its grade band.
func (p *Proposal) openGroup(k activityKey) {
	act := p.acts[k]
	g := ProposedGroup{Kind: Interest, Name: act.name, Activity: act.name, Area: act.area, key: k}
	if act.tmpl != nil {
		g.MinGrade, g.MaxGrade = act.tmpl.MinGrade, act.tmpl.MaxGrade
	}
	if n := p.groupsOf(k); n > 0 {
		g.Name = fmt.Sprintf("%s, група %d", act.name, n+1)
	}
	p.Groups = append(p.Groups, g)
	p.NewGroups++
}

// groupsOf counts the proposed groups of activity k.
func (p *Proposal) groupsOf(k activityKey) int {
	n := 0
	for i := range p.Groups {
		if p.Groups[i].key == k {
			n++
		}
	}
	return n
}

// closeSmall closes, for each activity, the new groups it does not fill: all of them when
// their students are fewer than the threshold (чл. 47, ал. 1; the activity is not opened again
// this round), else those beyond the fewest that hold the students. The students of a closed
// group are placed again. It reports whether it closed any.
func (p *Proposal) closeSmall(closed map[activityKey]bool) bool {
	members, groups := map[activityKey]int{}, map[activityKey]int{}
	for _, g := range p.Groups {
		if g.GroupID == "" && g.Kind == Interest {
			members[g.key] += len(g.Members)
			groups[g.key]++
		}
	}
	changed := false
	for k, m := range members {
		keep := len(groupSizes(m, p.max(Interest)))
		if m < p.threshold() {
			keep, closed[k] = 0, true
			p.unopened[k] = reasonOf("желаещите са по-малко от %d, колкото училището е определило за нова група", p.threshold())
		}
		for range groups[k] - keep {
			p.closeEmptiest(k)
			changed = true
		}
	}
	return changed
}

// closeEmptiest removes the new group of activity k with the fewest students and unplaces them.
func (p *Proposal) closeEmptiest(k activityKey) {
	at := -1
	for i, g := range p.Groups {
		if g.key == k && g.GroupID == "" && (at < 0 || len(g.Members) <= len(p.Groups[at].Members)) {
			at = i
		}
	}
	for _, id := range p.Groups[at].Members {
		p.placed[id] = false
	}
	p.Groups = slices.Delete(p.Groups, at, at+1)
	p.NewGroups--
	p.renumber(k)
}

// renumber names the new groups of activity k again after one was closed: „Роботика“,
// „Роботика, група 2“ …
func (p *Proposal) renumber(k activityKey) {
	n := 0
	for i := range p.Groups {
		g := &p.Groups[i]
		if g.key != k {
			continue
		}
		if n++; g.GroupID == "" {
			g.Name = p.acts[k].name
			if n > 1 {
				g.Name = fmt.Sprintf("%s, група %d", p.acts[k].name, n)
			}
		}
	}
}

// balance evens out the sizes of the new groups of each activity, keeping the order of
// placement: which students are placed does not change, only in which of the equal groups.
func (p *Proposal) balance() {
	byKey := map[activityKey][]int{}
	for i, g := range p.Groups {
		if g.GroupID == "" && g.Kind == Interest {
			byKey[g.key] = append(byKey[g.key], i)
		}
	}
	for _, idx := range byKey {
		var all []ID
		for _, i := range idx {
			all = append(all, p.Groups[i].Members...)
		}
		slices.SortStableFunc(all, func(a, b ID) int { return cmp.Compare(p.position(a), p.position(b)) })
		at := 0
		for j, n := range groupSizes(len(all), p.max(Interest)) {
			if j < len(idx) {
				p.Groups[idx[j]].Members = slices.Clone(all[at : at+n])
				at += n
			}
		}
	}
}

// position is the place of student id in the order of the tie-break.
func (p *Proposal) position(id ID) int { return p.pos[id] }

// placeSecond gives a placed student a second interest group of a later wish (чл. 46, ал. 3):
// a running group with room whose weekly schedule is known and does not clash with the first
// group's. A new group has no schedule yet, so nobody is proposed for it as a second group.
func (p *Proposal) placeSecond(id ID) {
	first := slices.IndexFunc(p.Groups, func(g ProposedGroup) bool { return g.Kind == Interest && slices.Contains(g.Members, id) })
	if first < 0 {
		return
	}
	f := p.Groups[first]
	for _, k := range p.wishes[id] {
		if k == f.key || p.dropped[k] {
			continue
		}
		for i := range p.Groups {
			g := &p.Groups[i]
			if g.key == k && p.Room(i) > 0 && takes(g.MinGrade, g.MaxGrade, p.students[id].Grade) &&
				!p.clash(f.Schedule, g.Schedule) {
				g.Members = append(g.Members, id)
				return
			}
		}
	}
}

// clash reports whether two weekly schedules may overlap: an unknown (empty) schedule may.
func (p *Proposal) clash(a, b []Slot) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	lesson := int64(cmp.Or(p.lesson, 40))
	end := func(s Slot) int64 { return int64(s.Start) + int64(s.Hours)*lesson/100 }
	for _, x := range a {
		for _, y := range b {
			if x.Day == y.Day && int64(x.Start) < end(y) && int64(y.Start) < end(x) {
				return true
			}
		}
	}
	return false
}
