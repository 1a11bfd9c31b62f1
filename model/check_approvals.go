package model

import "strings"

// checkApprovals finds approved reports of hours whose approver may not approve them, as a
// stored or received record may carry (Approve refuses them when typed): the director's own
// report approved by the director (чл. 85, ал. 1; чл. 86, ал. 2), a report approved by the
// person it is about, and a leader's or the accountant's report approved by anyone but the
// director (чл. 81, ал. 2; чл. 88, ал. 3). The report keeps the approver's name, so the names
// are compared; an external firm's leader's report is approved by the firm's manager (чл. 81,
// ал. 3), so only its self-approval is checked.
func (c *checker) checkApprovals() {
	directors := c.directorNames()
	for i := range c.d.Timesheets {
		t := &c.d.Timesheets[i]
		p := c.people[t.PersonID]
		if t.Status != Approved || p == nil || t.ApprovedBy == "" {
			continue
		}
		refs := []Ref{{KindTimesheet, t.ID}, {KindPerson, p.ID}}
		by := t.ApprovedBy
		if ApproverFor(p) == ApproverRUO {
			if directors.has(by) || sameName(by, p.Name.String()) {
				c.add(SeverityError, AreaHours, "чл. 85, ал. 1; чл. 86, ал. 2", CodeTimesheetSelfApproved, refs,
					"отчетът на директора %s за %s е одобрен от %s: отчетът на директора се приема и одобрява от началника на РУО",
					p.Name, t.Month, by)
			}
			continue
		}
		art := "чл. 81, ал. 2"
		if t.Role == RoleAccountant {
			art = "чл. 88, ал. 3"
		}
		switch {
		case sameName(by, p.Name.String()):
			c.add(SeverityError, AreaHours, art, CodeTimesheetSelfApproved, refs,
				"отчетът на %s за %s е одобрен от самия него: отчетът се приема и одобрява от директора на училището", p.Name, t.Month)
		case len(directors) > 0 && !directors.has(by) && !(p.Engagement == External && t.Role == RoleLeader):
			c.add(SeverityError, AreaHours, art, CodeTimesheetWrongApprover, refs,
				"отчетът на %s за %s е одобрен от %s, който не е директорът на училището: отчетът се приема и одобрява от директора",
				p.Name, t.Month, by)
		}
	}
}

// names is a set of people's names, compared by sameName.
type names []string

func (ns names) has(n string) bool {
	for _, x := range ns {
		if sameName(x, n) {
			return true
		}
	}
	return false
}

// directorNames are the school's director as the school records them and every person with
// the director's role.
func (c *checker) directorNames() names {
	var out names
	if n := strings.TrimSpace(c.d.School.DirectorName); n != "" {
		out = append(out, n)
	}
	for i := range c.d.People {
		if p := &c.d.People[i]; p.Has(RoleDirector) {
			out = append(out, p.Name.String())
		}
	}
	return out
}

// sameName compares two written names case-insensitively: equal words, or the same first and
// last word when one of them leaves out the middle name („Иван Иванов“ is „Иван Петров Иванов“).
func sameName(a, b string) bool {
	x, y := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if strings.Join(x, " ") == strings.Join(y, " ") {
		return true
	}
	return (len(x) == 2 || len(y) == 2) && x[0] == y[0] && x[len(x)-1] == y[len(y)-1]
}
