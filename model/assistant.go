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
	// MinStudents is the opening threshold: the fewest students wishing an activity for whom a
	// new interest group is opened; a school does not organise a group that few students wish
	// (чл. 47, ал. 1). 0 opens one for any wish.
	MinStudents int
	// SecondGroup places placed students in a second interest group of a later wish when that
	// group has room and its weekly schedule does not clash with the first (чл. 46, ал. 3).
	SecondGroup bool
	// TieBreak decides who comes first when places are fewer than the students who wish them.
	TieBreak TieBreak
	// Budget limits the number of new interest groups; nil: no limit.
	Budget *GroupBudget
}

// ProposedGroup is a group the assistant proposes: a new one, or an existing group of the year
// that has room for more students (чл. 41, ал. 4).
type ProposedGroup struct {
	Kind               ActivityKind
	Name               string
	Activity           string       // interest: the activity the students wished for
	Area               ThematicArea // interest
	Subject            Subject      // remedial
	GroupID            ID           // an existing group; "" for a new one
	Taken              int          // the existing group's active members
	Members            []ID         // the students proposed for it, in order of placement
	MinGrade, MaxGrade int          // the grade band (0: any)
	Schedule           []Slot       // the existing group's weekly schedule
	key                activityKey
}

// Waiting is a student the assistant could not place in any group of a kind.
type Waiting struct {
	StudentID ID
	Kind      ActivityKind
	Activity  string  // interest: the first wish
	Subject   Subject // remedial
}

// Refusal is a student's wish the assistant refused, with the article that refuses it.
type Refusal struct {
	StudentID ID
	Kind      ActivityKind
	Activity  string // interest: the refused wish
	Subject   Subject
	Article   string
	Msg       string // the reason in Bulgarian; Text gives it in a window's language
	format    string
	args      []any
}

// refusalOf is a refusal by article with its Bulgarian reason, the format and arguments kept
// for Text (as a finding's).
func refusalOf(article, format string, args ...any) Refusal {
	return Refusal{Article: article, Msg: fmt.Sprintf(format, args...), format: format, args: args}
}

// Text is the refusal's reason in language l.
func (r Refusal) Text(l Lang) string { return render(l, r.Msg, r.format, r.args) }

// reason is why a wished activity got no group, an argument of its refusal that renders itself
// in the refusal's language (texter).
type reason struct {
	format string
	args   []any
}

// reasonOf is the reason of format with args.
func reasonOf(format string, args ...any) reason { return reason{format, args} }

func (r reason) String() string     { return fmt.Sprintf(r.format, r.args...) }
func (r reason) Text(l Lang) string { return render(l, r.String(), r.format, r.args) }

// areaName is a thematic area as a message's argument: its Bulgarian name in Msg, its name in
// the message's language in Text (texter).
type areaName struct{ a ThematicArea }

func (n areaName) String() string     { return n.a.Name() }
func (n areaName) Text(l Lang) string { return n.a.Text(l) }

// Proposal is the assistant's proposal of groups, which the director adjusts (Move, Drop) and
// confirms (Apply). Its methods keep every group within its maximum size.
type Proposal struct {
	Groups  []ProposedGroup
	Waiting []Waiting
	Refused []Refusal
	// Lists are the waiting lists of every wished interest activity: each student not placed
	// in an interest group is on the list of each activity the student wished (чл. 41, ал. 4).
	Lists []WaitingList
	// TieBreak is the rule that ordered the applications, to show and print.
	TieBreak TieBreak
	// NewGroups counts the new interest groups proposed; Limit is the budget's limit (-1: none).
	NewGroups, Limit int

	opts     ProposalOptions
	lesson   int                       // minutes of a lesson hour, for schedule clashes
	students map[ID]*Student           // the applicants
	order    []ID                      // interest applicants in the order of the tie-break
	pos      map[ID]int                // the place of each applicant in that order
	wishes   map[ID][]activityKey      // each student's wishes in rank order
	ranks    map[ID][]int              // the ranks of those wishes
	acts     map[activityKey]*activity // the wished activities
	dropped  map[activityKey]bool      // activities of dropped groups, never offered again
	unopened map[activityKey]reason    // why a wished activity got no group: an article's message
	placed   map[ID]bool               // interest applicants in a proposed group
	refused  []Refusal                 // refusals decided before placing
	remWait  []Waiting                 // students of dropped remedial groups
}

// activityKey names an activity: "r:" subject, "g:" a wished group with no activity name,
// "n:" area and normalised activity name.
type activityKey string

// activity is a wished interest activity.
type activity struct {
	key  activityKey
	area ThematicArea
	name string
	tmpl *Group // the wished group of a "g:" key, whose band new groups of it take
}

// norm is the activity name as compared: lower case, single spaces.
func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// Options returns the options the proposal was made with: the threshold, the second group,
// the tie-break and the budget's limit, for the dialog and the printed proposal.
func (p *Proposal) Options() ProposalOptions { return p.opts }

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

// Places is how many places the proposed groups have in all, taken or not: the proposal's
// „места за ученици“.
func (p *Proposal) Places() int {
	n := 0
	for i := range p.Groups {
		n += p.max(p.Groups[i].Kind)
	}
	return n
}

// Propose forms interest groups from the applications' wishes (чл. 46) and remedial groups
// from the subjects of part I.1 of the applications and of the education cards (чл. 57, 60, 61)
// for the students of d who have not been in such a group this year. Only the latest
// application of a student counts. The result depends on the applications and the tie-break,
// never on record IDs or the order of d's slices.
func Propose(d *YearData, o ProposalOptions) *Proposal {
	p := &Proposal{opts: o, TieBreak: o.TieBreak, Limit: -1, lesson: d.School.LessonMinutes,
		students: map[ID]*Student{}, wishes: map[ID][]activityKey{}, ranks: map[ID][]int{},
		acts: map[activityKey]*activity{}, dropped: map[activityKey]bool{}, unopened: map[activityKey]reason{},
		placed: map[ID]bool{}, pos: map[ID]int{}}
	if o.Budget != nil {
		p.Limit = o.Budget.Limit
	}
	for i := range d.Students {
		p.students[d.Students[i].ID] = &d.Students[i]
	}
	apps := applicants(d, p.students, o.TieBreak)
	for i, a := range apps {
		p.pos[a.StudentID] = i
	}
	p.proposeInterest(d, apps)
	p.proposeRemedial(d, apps)
	p.finish()
	return p
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

// sortGroups puts the proposed groups in an order that depends on their content only: interest
// before remedial, then by name.
func (p *Proposal) sortGroups() {
	slices.SortStableFunc(p.Groups, func(a, b ProposedGroup) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name), cmp.Compare(a.GroupID, b.GroupID))
	})
}
