package model

import "slices"

// Drop removes proposed group i. Its students who are left with no group of its kind go to the
// next wish that has room (чл. 46, ал. 2), else to the waiting lists; its activity is not
// offered again.
func (p *Proposal) Drop(i int) {
	if i < 0 || i >= len(p.Groups) {
		return
	}
	g := p.Groups[i]
	p.Groups = slices.Delete(p.Groups, i, i+1)
	if g.Kind == Remedial {
		for _, id := range g.Members {
			p.remWait = append(p.remWait, Waiting{StudentID: id, Kind: Remedial, Subject: g.Subject})
		}
		p.finish()
		return
	}
	if g.GroupID == "" {
		p.NewGroups--
	}
	if p.groupsOf(g.key) == 0 {
		p.dropped[g.key] = true
		p.unopened[g.key] = reasonOf("директорът премахна предложената група")
	}
	for _, id := range g.Members {
		if p.placed[id] = p.inInterest(id); !p.placed[id] {
			for _, k := range p.wishes[id] {
				if p.placed[id] = !p.dropped[k] && k != g.key && p.placeIn(id, k); p.placed[id] {
					break
				}
			}
		}
	}
	p.finish()
}

// inInterest reports whether student id is proposed for an interest group.
func (p *Proposal) inInterest(id ID) bool {
	return slices.ContainsFunc(p.Groups, func(g ProposedGroup) bool { return g.Kind == Interest && slices.Contains(g.Members, id) })
}

// Move moves student id from proposed group from to group to; from -1 takes the student off
// the waiting list. It refuses a full group (чл. 41, ал. 1; чл. 43, ал. 1), a group of
// another kind or grade band, and a second group of the same activity.
func (p *Proposal) Move(id ID, from, to int) error {
	if to < 0 || to >= len(p.Groups) || from >= len(p.Groups) || from == to {
		return Errorf(CodeInvalidGroup, "Groups", "изберете групата, в която да отиде ученикът")
	}
	t := &p.Groups[to]
	waits := slices.ContainsFunc(p.Waiting, func(w Waiting) bool { return w.StudentID == id && w.Kind == t.Kind })
	if (from >= 0 && p.Groups[from].Kind != t.Kind) || (from < 0 && !waits) {
		return Errorf(CodeInvalidGroup, "Groups", "ученикът може да се премести само в група от същия вид")
	}
	if p.Room(to) <= 0 {
		article := "чл. 43, ал. 1"
		if t.Kind == Remedial {
			article = "чл. 41, ал. 1"
		}
		return Errorf(CodeGroupFull, "Groups", "група „%s“ е пълна: най-много %d ученици (%s)", t.Name, p.max(t.Kind), article)
	}
	if s := p.students[id]; s != nil && !takes(t.MinGrade, t.MaxGrade, s.Grade) {
		return Errorf(CodeWrongGrade, "Groups", "група „%s“ е за %s клас, а ученикът е в %s клас", t.Name,
			bandText(t.MinGrade, t.MaxGrade), RomanGrade(s.Grade))
	}
	for i, g := range p.Groups {
		if i != from && g.key == t.key && slices.Contains(g.Members, id) {
			return Errorf(CodeSameActivity, "Groups", "ученикът вече е предложен за група „%s“ от същата дейност", g.Name)
		}
	}
	if from >= 0 {
		f := &p.Groups[from]
		f.Members = slices.DeleteFunc(f.Members, func(x ID) bool { return x == id })
	}
	p.remWait = slices.DeleteFunc(p.remWait, func(w Waiting) bool { return w.StudentID == id && w.Kind == t.Kind })
	t.Members = append(t.Members, id)
	if t.Kind == Interest {
		p.placed[id] = true
	}
	p.finish()
	return nil
}
