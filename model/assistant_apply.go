package model

import (
	"cmp"
	"slices"
)

// finish sorts the groups and derives from the placements the waiting students, the waiting
// lists and the refusals for lack of a group; Propose, Drop and Move end with it.
func (p *Proposal) finish() {
	p.sortGroups()
	p.Waiting = nil
	lists := map[activityKey]*WaitingList{}
	var refused []Refusal
	for _, id := range p.order {
		if p.placed[id] {
			continue
		}
		p.Waiting = append(p.Waiting, Waiting{StudentID: id, Kind: Interest, Activity: p.acts[p.wishes[id][0]].name})
		for j, k := range p.wishes[id] {
			act := p.acts[k]
			l := lists[k]
			if l == nil {
				l = &WaitingList{Area: act.area, Activity: act.name}
				if act.tmpl != nil {
					l.GroupID = act.tmpl.ID
				}
				lists[k] = l
			}
			l.Entries = append(l.Entries, WaitingEntry{StudentID: id, Rank: p.ranks[id][j]})
			if p.groupsOf(k) == 0 {
				why, ok := p.unopened[k]
				if !ok {
					why = reasonOf("желаещите са по-малко от %d, колкото училището е определило за нова група", p.threshold())
				}
				r := refusalOf("чл. 47, ал. 1", "за „%s“ не е сформирана група: %s. Ученикът остава в списъка на чакащите; директорът проучва възможностите на другите училища в населеното място (чл. 47)",
					act.name, why)
				r.StudentID, r.Kind, r.Activity = id, Interest, act.name
				refused = append(refused, r)
			}
		}
	}
	p.Waiting = append(p.Waiting, p.remWait...)
	p.Refused = append(slices.Clone(p.refused), refused...)
	p.Lists = p.Lists[:0]
	for _, l := range lists {
		// чл. 46, ал. 1–2: first wishes before second ones, then the order of the tie-break.
		slices.SortStableFunc(l.Entries, func(a, b WaitingEntry) int {
			return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(p.pos[a.StudentID], p.pos[b.StudentID]))
		})
		p.Lists = append(p.Lists, *l)
	}
	slices.SortFunc(p.Lists, func(a, b WaitingList) int {
		return cmp.Or(cmp.Compare(a.Activity, b.Activity), cmp.Compare(a.Area, b.Area), cmp.Compare(a.GroupID, b.GroupID))
	})
}

// Apply returns the records to save when the director confirms, all in one transaction: the
// new groups of d's year with the proposed members joined on day joined, copies of the running
// groups with the new members added, and the kept waiting lists of every wished activity —
// new ones, and d's lists brought up to date (a student placed leaves them). A group's own
// waiting list repeats its activity's list, for the group's screen.
func (p *Proposal) Apply(d *YearData, joined Date) []Record {
	var out []Record
	byKey := map[activityKey][]ID{}
	for _, l := range p.Lists {
		byKey[p.listKey(&l)] = l.Students()
	}
	for _, pg := range p.Groups {
		g := &Group{Year: d.Programme.Year, Name: pg.Name, Kind: pg.Kind, Subject: pg.Subject, Area: pg.Area,
			MinGrade: pg.MinGrade, MaxGrade: pg.MaxGrade}
		if pg.Kind == Interest {
			g.Activity = pg.Activity
		}
		if i := slices.IndexFunc(d.Groups, func(x Group) bool { return x.ID == pg.GroupID }); pg.GroupID != "" && i >= 0 {
			c := d.Groups[i].clone() // d's group is not changed
			g = &c
		}
		for _, id := range pg.Members {
			g.Members = append(g.Members, Member{StudentID: id, Joined: joined})
		}
		if pg.Kind == Interest {
			g.WaitingList = slices.Clone(byKey[pg.key])
		}
		out = append(out, g)
	}
	out = p.nameActivities(d, out)
	return append(out, p.keptLists(d, joined)...)
}

// nameActivities gives a wished group that had no activity name its name as the activity when a
// new group of its activity is saved, so that wishes naming either group by ID find both next time.
func (p *Proposal) nameActivities(d *YearData, out []Record) []Record {
	for _, pg := range p.Groups {
		act := p.acts[pg.key]
		if pg.GroupID != "" || act == nil || act.tmpl == nil {
			continue
		}
		i := slices.IndexFunc(out, func(r Record) bool { return r.RecordID() == act.tmpl.ID })
		if i < 0 {
			c := act.tmpl.clone()
			out, i = append(out, &c), len(out)
		}
		out[i].(*Group).Activity = act.name
	}
	return out
}

// listKey is the activity of a waiting list.
func (p *Proposal) listKey(l *WaitingList) activityKey {
	if l.GroupID != "" {
		return activityKey("g:" + string(l.GroupID))
	}
	return newKey(l.Area, l.Activity)
}

// keptLists returns the waiting lists to save: each of the proposal's lists into d's list of
// the same activity (keeping the day each student was put on it), and d's other lists emptied
// of the students no longer waiting. Unchanged lists are left out.
func (p *Proposal) keptLists(d *YearData, joined Date) []Record {
	now := map[activityKey]*WaitingList{}
	for i := range p.Lists {
		now[p.listKey(&p.Lists[i])] = &p.Lists[i]
	}
	var out []Record
	for i := range d.WaitingLists {
		old := &d.WaitingLists[i]
		k := p.listKey(old)
		l := old.clone()
		l.Entries = nil
		if cur := now[k]; cur != nil {
			l.Entries = since(cur.Entries, old.Entries, joined)
			delete(now, k)
		}
		if !slices.Equal(l.Entries, old.Entries) {
			out = append(out, &l)
		}
	}
	for _, l := range p.Lists {
		if cur := now[p.listKey(&l)]; cur != nil {
			c := cur.clone()
			c.Year, c.Entries = d.Programme.Year, since(cur.Entries, nil, joined)
			out = append(out, &c)
		}
	}
	return out
}

// since returns entries with the day each student was put on the list: the kept day when the
// student was on it before, else day.
func since(entries, kept []WaitingEntry, day Date) []WaitingEntry {
	out := slices.Clone(entries)
	for i := range out {
		out[i].Since = day
		if j := slices.IndexFunc(kept, func(e WaitingEntry) bool { return e.StudentID == out[i].StudentID }); j >= 0 {
			out[i].Since = kept[j].Since
		}
	}
	return out
}
