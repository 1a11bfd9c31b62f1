package demo

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// secondRoles gives the demo the two cases of pay the law treats apart, after the groups have
// their leaders: the director leads one interest group (чл. 85, ал. 6), paid for it as a
// second role at a leader's rate within чл. 80, ал. 1; and one interest group is led by an
// external individual on a civil contract (чл. 80, ал. 4; чл. 106, ал. 2: no supplier record,
// paid on a сметка за изплатени суми). Both take over from staff leaders of the generated year,
// so neither draws on the random sequence and the rest of the demo is unchanged.
func (g *gen) secondRoles() {
	count := map[model.ID]int{}
	for _, gr := range g.d.Groups {
		count[gr.LeaderID]++
	}
	people := model.ByID(g.d.People)
	staffLeader := func(id model.ID, groups func(int) bool) bool {
		p := people[id]
		return p != nil && p.Engagement == model.Staff && !p.Has(model.RoleDirector) && groups(count[id])
	}
	dir := &g.d.People[0] // people() adds the director first
	// The director takes the last interest group of a staff leader who keeps another; in a
	// school with none, the last such group of any kind.
	pick := func(kind func(model.ActivityKind) bool, groups func(int) bool, last bool) *model.Group {
		for k := range g.d.Groups {
			i := k
			if last {
				i = len(g.d.Groups) - 1 - k
			}
			if gr := &g.d.Groups[i]; kind(gr.Kind) && staffLeader(gr.LeaderID, groups) {
				return gr
			}
		}
		return nil
	}
	interest := func(k model.ActivityKind) bool { return k == model.Interest }
	anyKind := func(model.ActivityKind) bool { return true }
	keepsOne := func(n int) bool { return n > 1 }
	if gr := firstOf(pick(interest, keepsOne, true), pick(anyKind, keepsOne, true)); gr != nil {
		count[gr.LeaderID]--
		gr.LeaderID = dir.ID
		dir.Roles = append(dir.Roles, model.RoleLeader)
		dir.RoleRates = []model.RoleRate{{Role: model.RoleLeader, Rate: g.agreed(12, 0)}}
	}
	// A staff leader becomes an external individual on a civil contract: of the first interest
	// group led by someone with no other group, else of the first group a staff leader has.
	only := func(n int) bool { return n == 1 }
	some := func(n int) bool { return n > 0 }
	if gr := firstOf(pick(interest, only, false), pick(anyKind, some, false)); gr != nil {
		p := people[gr.LeaderID]
		p.Engagement = model.External
		p.Email = email(p.Name, "gmail.com")
		// The contract for the group's work (ЗЗД чл. 258), signed when the programme is approved.
		p.AgreementNo = fmt.Sprintf("ГД-%d", len(g.d.Contracts)+10)
		p.Insurance = model.InsuranceDeclared
	}
}

// firstOf is the first group that is not nil.
func firstOf(gs ...*model.Group) *model.Group {
	for _, g := range gs {
		if g != nil {
			return g
		}
	}
	return nil
}

// directorLast moves the director, who also leads a group, after the other people of the
// generated year once everything is generated (the records and their IDs are unchanged; the
// store lists people by ID): a caller that takes the first person with the leader role still
// finds a plain leader, as before the director took a group.
func (g *gen) directorLast() {
	ps := g.d.People
	if len(ps) > 1 && ps[0].Has(model.RoleDirector) {
		out := make([]model.Person, 0, len(ps))
		g.d.People = append(append(out, ps[1:]...), ps[0])
	}
}
