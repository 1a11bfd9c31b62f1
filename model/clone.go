package model

import "slices"

// Clone returns a deep copy of d: the copy shares no slice, map or pointer with d, so either
// can be changed without touching the other. The store keeps the years it has decoded and
// hands out clones of them; a screen that edits what it loaded must not change the store's copy.
//
// Strings are shared: they cannot be changed. When a record type gets a new slice, map or
// pointer field, its clone below must copy it (TestClone_SharesNothing fails until it does).
func (d *YearData) Clone() *YearData {
	if d == nil {
		return nil
	}
	c := *d // the school and the records without slices are values: copied here
	c.Programme = d.Programme.clone()
	c.CouncilMembers = cloneEach(d.CouncilMembers, (*CouncilMember).clone)
	c.Meetings = cloneEach(d.Meetings, (*Meeting).clone)
	c.Students = cloneEach(d.Students, (*Student).clone)
	c.Applications = cloneEach(d.Applications, (*Application).clone)
	c.Surveys = cloneEach(d.Surveys, (*InterestSurvey).clone)
	c.Groups = cloneEach(d.Groups, (*Group).clone)
	c.ProgrammeRows = slices.Clone(d.ProgrammeRows)
	c.Sessions = cloneEach(d.Sessions, (*Session).clone)
	c.Cards = cloneEach(d.Cards, (*EducationCard).clone)
	c.People = cloneEach(d.People, (*Person).clone)
	c.Timesheets = cloneEach(d.Timesheets, (*Timesheet).clone)
	c.Suppliers = slices.Clone(d.Suppliers)
	c.Contracts = slices.Clone(d.Contracts)
	c.Expenses = cloneEach(d.Expenses, (*Expense).clone)
	c.WaitingLists = cloneEach(d.WaitingLists, (*WaitingList).clone)
	c.Innovations = cloneEach(d.Innovations, (*Innovation).clone)
	c.Projects = cloneEach(d.Projects, (*Project).clone)
	c.ProjectEntries = cloneEach(d.ProjectEntries, (*ProjectEntry).clone)
	return &c
}

// cloneEach copies xs element by element with clone. A nil slice stays nil and an empty one
// empty, so the copy is reflect.DeepEqual to the original.
func cloneEach[T any](xs []T, clone func(*T) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i := range xs {
		out[i] = clone(&xs[i])
	}
	return out
}

func (m *CouncilMember) clone() CouncilMember {
	c := *m
	c.Roles = slices.Clone(m.Roles)
	return c
}

func (p *Programme) clone() Programme {
	c := *p
	c.NonWorking = slices.Clone(p.NonWorking)
	c.ClassesEnd = slices.Clone(p.ClassesEnd)
	c.Plan = slices.Clone(p.Plan)
	c.ProfileData = slices.Clone(p.ProfileData)
	if p.PayRates != nil {
		rates := *p.PayRates
		c.PayRates = &rates
	}
	return c
}

func (m *Meeting) clone() Meeting {
	c := *m
	c.Agenda = slices.Clone(m.Agenda)
	c.Present = slices.Clone(m.Present)
	c.Decisions = slices.Clone(m.Decisions)
	return c
}

func (s *Student) clone() Student {
	c := *s
	c.Areas3002 = slices.Clone(s.Areas3002)
	return c
}

func (a *Application) clone() Application {
	c := *a
	c.RemedialSubjects = slices.Clone(a.RemedialSubjects)
	c.Wishes = slices.Clone(a.Wishes)
	return c
}

func (s *InterestSurvey) clone() InterestSurvey {
	c := *s
	c.FavouriteSubjects = slices.Clone(s.FavouriteSubjects)
	c.Activities = slices.Clone(s.Activities)
	c.Times = slices.Clone(s.Times)
	return c
}

func (g *Group) clone() Group {
	c := *g
	c.Schedule = slices.Clone(g.Schedule)
	c.Members = slices.Clone(g.Members)
	c.WaitingList = slices.Clone(g.WaitingList)
	return c
}

func (s *Session) clone() Session {
	c := *s
	c.Marks = slices.Clone(s.Marks)
	return c
}

func (e *EducationCard) clone() EducationCard {
	c := *e
	c.Rows = slices.Clone(e.Rows)
	return c
}

func (p *Person) clone() Person {
	c := *p
	c.Roles = slices.Clone(p.Roles)
	c.RoleRates = slices.Clone(p.RoleRates)
	return c
}

func (t *Timesheet) clone() Timesheet {
	c := *t
	c.Days = slices.Clone(t.Days)
	return c
}

func (e *Expense) clone() Expense {
	c := *e
	c.SupportingDocs = cloneEach(e.SupportingDocs, (*SupportingDoc).clone)
	return c
}

func (s *SupportingDoc) clone() SupportingDoc {
	c := *s
	c.Attachments = slices.Clone(s.Attachments)
	return c
}
