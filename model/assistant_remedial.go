package model

import (
	"cmp"
	"fmt"
	"slices"
)

// proposeRemedial groups the students of each remedial subject by stage, at most the maximum a
// group (чл. 41, ал. 1), refusing subjects not allowed at the student's stage (чл. 60).
func (p *Proposal) proposeRemedial(d *YearData, apps []*Application) {
	already := inGroups(d, Remedial)
	type bucket struct {
		subject Subject
		stage   Stage
	}
	byBucket := map[bucket][]*Student{}
	for _, n := range remedialNeeds(d, apps) {
		s := p.students[n.student]
		if s == nil || slices.ContainsFunc(already[s.ID], func(g *Group) bool { return g.Subject == n.subject }) {
			continue
		}
		if err := CheckRemedialSubject(p.opts.Profile.Subjects, n.subject, []int{s.Grade}); err != nil {
			e := err.(*Error)
			p.refused = append(p.refused, Refusal{StudentID: s.ID, Kind: Remedial, Subject: n.subject, Article: "чл. 60", Msg: e.Msg,
				format: e.Format, args: e.Args})
			continue
		}
		b := bucket{n.subject, StageOf(s.Grade)}
		byBucket[b] = append(byBucket[b], s)
	}
	for _, x := range Subjects {
		for _, st := range []Stage{StagePrimary, StageLowerSecondary, StageUpperSecondary} {
			p.remedialGroups(x.Subject, byBucket[bucket{x.Subject, st}])
		}
	}
}

// need is a student's remedial need in one subject.
type need struct {
	student ID
	subject Subject
}

// remedialNeeds lists, once each, the subjects of part I.1 of the applications and the
// subjects of the education cards not yet tied to a group (чл. 57, 61).
func remedialNeeds(d *YearData, apps []*Application) []need {
	var out []need
	seen := map[need]bool{}
	add := func(n need) {
		if n.subject.Valid() && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, a := range apps {
		for _, subj := range a.RemedialSubjects {
			add(need{a.StudentID, subj})
		}
	}
	for _, c := range d.Cards {
		if c.GroupID == "" {
			add(need{c.StudentID, c.Subject})
		}
	}
	return out
}

// remedialGroups packs the students of one subject and stage, by grade and name, into even
// groups.
func (p *Proposal) remedialGroups(subj Subject, list []*Student) {
	slices.SortStableFunc(list, func(a, b *Student) int {
		return cmp.Or(cmp.Compare(a.Grade, b.Grade), cmp.Compare(a.Name.String(), b.Name.String()),
			cmp.Compare(a.Section, b.Section), cmp.Compare(a.ID, b.ID))
	})
	at := 0
	for _, n := range groupSizes(len(list), p.max(Remedial)) {
		part := list[at : at+n]
		at += n
		g := ProposedGroup{Kind: Remedial, Subject: subj, key: activityKey("r:" + string(subj)),
			Name: fmt.Sprintf("%s, %s клас", subj.Name(), GradeSpan{From: part[0].Grade, To: part[n-1].Grade})}
		for _, s := range part {
			g.Members = append(g.Members, s.ID)
		}
		p.Groups = append(p.Groups, g)
	}
}
