package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// ProposalOptions steer the group assistant.
type ProposalOptions struct {
	// Profile gives the maximum sizes (чл. 41, ал. 1; чл. 43, ал. 1), the interest groups a
	// student may be in (чл. 46, ал. 3) and the remedial subjects by stage (чл. 60).
	Profile *Profile
	// On is the day the members of running groups are counted on.
	On Date
	// MinStudents is the fewest first wishes for which a new interest group is opened: a school
	// may not organise a group that few students wish (чл. 47, ал. 1). 0 opens one for any wish.
	MinStudents int
	// SecondGroup places placed students in a second interest group of a later wish when that
	// group has room (чл. 46, ал. 3).
	SecondGroup bool
}

// ProposedGroup is a group the assistant proposes: a new one, or an existing group of the year
// that has room for more students (чл. 41, ал. 4).
type ProposedGroup struct {
	Kind     ActivityKind
	Name     string
	Activity string       // interest: the activity the students wished for
	Area     ThematicArea // interest
	Subject  Subject      // remedial
	GroupID  ID           // an existing group; "" for a new one
	Taken    int          // the existing group's active members
	Members  []ID         // the students proposed for it, in order of placement
	key      activityKey
}

// Waiting is a student the assistant could not place: on the waiting list of the first wish.
type Waiting struct {
	StudentID ID
	Kind      ActivityKind
	Activity  string  // interest: the first wish
	Subject   Subject // remedial
}

// Refusal is a student's wish the assistant refused, with the article that refuses it.
type Refusal struct {
	StudentID ID
	Subject   Subject
	Article   string
	Msg       string
}

// Proposal is the assistant's proposal of groups, which the director adjusts (Move, Drop) and
// confirms (Apply). Its methods keep every group within its maximum size.
type Proposal struct {
	Groups  []ProposedGroup
	Waiting []Waiting
	Refused []Refusal

	opts    ProposalOptions
	wishes  map[ID][]activityKey // each student's wishes in rank order
	dropped map[activityKey]bool // activities of dropped groups, never offered again
}

// activityKey names an activity: interest by area and normalised name, remedial by subject.
type activityKey struct {
	kind    ActivityKind
	area    ThematicArea
	name    string
	subject Subject
}

// wishKey is the activity of an interest wish: what the student wrote, else the area.
func wishKey(w Wish) activityKey {
	name := strings.ToLower(strings.Join(strings.Fields(w.Activity), " "))
	if name == "" {
		name = strings.ToLower(w.Area.Name())
	}
	return activityKey{kind: Interest, area: w.Area, name: name}
}

// max is the maximum size of a group of kind k.
func (p *Proposal) max(k ActivityKind) int {
	if k == Remedial {
		return p.opts.Profile.Remedial.MaxStudents
	}
	return p.opts.Profile.Interest.MaxStudents
}

// Room is how many more students group i can take.
func (p *Proposal) Room(i int) int {
	g := &p.Groups[i]
	return p.max(g.Kind) - g.Taken - len(g.Members)
}

// Propose forms interest groups from the applications' wishes (чл. 46) and remedial groups
// from the subjects of part I.1 of the applications and of the education cards (чл. 57, 60, 61)
// for the students of d who have not been in such a group this year. It is deterministic: applications are taken by date of submission,
// then by student.
func Propose(d *YearData, o ProposalOptions) *Proposal {
	p := &Proposal{opts: o, wishes: map[ID][]activityKey{}, dropped: map[activityKey]bool{}}
	apps := sortedApplications(d)
	p.proposeInterest(d, apps)
	p.proposeRemedial(d, apps)
	return p
}

// sortedApplications returns one application per student, the earliest, in order of submission.
func sortedApplications(d *YearData) []*Application {
	var out []*Application
	seen := map[ID]bool{}
	for i := range d.Applications {
		out = append(out, &d.Applications[i])
	}
	slices.SortStableFunc(out, func(a, b *Application) int {
		if c := a.SubmittedOn.Compare(b.SubmittedOn); c != 0 {
			return c
		}
		return cmp.Compare(a.StudentID, b.StudentID)
	})
	return slices.DeleteFunc(out, func(a *Application) bool {
		dup := seen[a.StudentID]
		seen[a.StudentID] = true
		return dup || a.StudentID == ""
	})
}

// inGroups returns, per student, the groups of kind k the student has been in this year: one
// who left a group did so on purpose, and is not proposed again.
func inGroups(d *YearData, k ActivityKind) map[ID][]*Group {
	out := map[ID][]*Group{}
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Kind != k {
			continue
		}
		for _, m := range g.Members {
			out[m.StudentID] = append(out[m.StudentID], g)
		}
	}
	return out
}

// groupSizes splits n students into the fewest groups of at most max, as evenly as possible.
func groupSizes(n, max int) []int {
	if n <= 0 || max <= 0 {
		return nil
	}
	k := (n + max - 1) / max
	out := make([]int, k)
	for i := range out {
		out[i] = n / k
		if i < n%k {
			out[i]++
		}
	}
	return out
}

// proposeRemedial groups the students of each remedial subject by stage, at most the maximum a
// group (чл. 41, ал. 1), refusing subjects not allowed at the student's stage (чл. 60).
func (p *Proposal) proposeRemedial(d *YearData, apps []*Application) {
	students := ByID(d.Students)
	already := inGroups(d, Remedial)
	type bucket struct {
		subject Subject
		stage   Stage
	}
	byBucket := map[bucket][]*Student{}
	for _, n := range remedialNeeds(d, apps) {
		s := students[n.student]
		if s == nil || slices.ContainsFunc(already[s.ID], func(g *Group) bool { return g.Subject == n.subject }) {
			continue
		}
		if err := CheckRemedialSubject(p.opts.Profile.Subjects, n.subject, []int{s.Grade}); err != nil {
			p.Refused = append(p.Refused, Refusal{StudentID: s.ID, Subject: n.subject, Article: "чл. 60", Msg: err.(*Error).Msg})
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
	cards := slices.Clone(d.Cards)
	slices.SortStableFunc(cards, func(a, b EducationCard) int {
		return cmp.Or(cmp.Compare(a.StudentID, b.StudentID), cmp.Compare(a.Subject, b.Subject))
	})
	for _, c := range cards {
		if c.GroupID == "" {
			add(need{c.StudentID, c.Subject})
		}
	}
	return out
}

// remedialGroups packs the students of one subject and stage, by grade, into even groups.
func (p *Proposal) remedialGroups(subj Subject, list []*Student) {
	slices.SortStableFunc(list, func(a, b *Student) int {
		return cmp.Or(cmp.Compare(a.Grade, b.Grade), cmp.Compare(a.ID, b.ID))
	})
	at := 0
	for _, n := range groupSizes(len(list), p.max(Remedial)) {
		part := list[at : at+n]
		at += n
		g := ProposedGroup{Kind: Remedial, Subject: subj, key: activityKey{kind: Remedial, subject: subj},
			Name: fmt.Sprintf("%s, %s клас", subj.Name(), gradeBand(part[0].Grade, part[n-1].Grade))}
		for _, s := range part {
			g.Members = append(g.Members, s.ID)
		}
		p.Groups = append(p.Groups, g)
	}
}

// gradeBand is „V“ or „V–VII“.
func gradeBand(lo, hi int) string {
	if lo == hi {
		return RomanGrade(lo)
	}
	return RomanGrade(lo) + "–" + RomanGrade(hi)
}

// Apply returns the groups to save when the director confirms: new groups of d's year with
// the proposed members joined on day joined and the waiting students on the waiting list of
// their first wish, and copies of the existing groups with the new members added.
func (p *Proposal) Apply(d *YearData, joined Date) []*Group {
	var out []*Group
	byKey := map[activityKey]*Group{}
	for _, pg := range p.Groups {
		g := &Group{Year: d.Programme.Year, Name: pg.Name, Kind: pg.Kind, Subject: pg.Subject, Area: pg.Area}
		if pg.GroupID != "" {
			if i := slices.IndexFunc(d.Groups, func(x Group) bool { return x.ID == pg.GroupID }); i >= 0 {
				c := d.Groups[i].clone() // d's group is not changed
				g = &c
			}
		}
		for _, id := range pg.Members {
			g.Members = append(g.Members, Member{StudentID: id, Joined: joined})
		}
		if byKey[pg.key] == nil {
			byKey[pg.key] = g
		}
		out = append(out, g)
	}
	for _, w := range p.Waiting {
		if w.Kind != Interest || len(p.wishes[w.StudentID]) == 0 {
			continue
		}
		if g := byKey[p.wishes[w.StudentID][0]]; g != nil && !slices.Contains(g.WaitingList, w.StudentID) {
			g.WaitingList = append(g.WaitingList, w.StudentID)
		}
	}
	return out
}
