package model

import (
	"fmt"
	"strings"
	"time"
)

// Anonymising a school year after its retention (retention.go, issue #13). What identifies a
// person goes: names become pseudonyms, the ЕГН/ЛНЧ, phones, e-mails, IBANs and the street of an
// address are cleared, the birth date keeps its year, free text about a child or a parent is
// replaced by Erased. What the reports count stays: IDs (so groups, journals, cards and
// timesheets still point at the same people), grades, sections, sex, the needs flags, the ESF
// panel's answers (the indicators of microdata_ESF), the settlement of the home address (its
// region and settlement columns), hours, money and dates of the project's acts.
//
// The full names are replaced in the texts of the project's acts too (minutes, expenses,
// groups, journal topics). Left as they are: the school's own data (its director, a public
// office, also in the approvals of timesheets, which are locked documents) and the suppliers,
// which belong to no year and are accounting records kept under the Accounting Act — a natural
// person who is a supplier keeps name and ЕГН there.
//
// The result is microdata without direct identifiers, not aggregates: a grade, a section and
// a birth year may still single out a child in a small school. docs/privacy.md says so.

// Erased stands where free text about a person was: a non-empty text stays non-empty, so what a
// check requires (e.g. the reasons of an unsatisfactory assessment) is still there.
const Erased = "(заличено)"

// Pseudonym prefixes: a pseudonym names the role and a number, „Ученик № 12“.
const (
	pseudoStudent = "Ученик"
	pseudoParent  = "Родител на ученик"
	pseudoPerson  = "Лице"
	pseudoMember  = "Член на съвета"
)

// Anonymise returns a copy of d without the people's identifiers; d is not changed. It is
// deterministic: the same year gives the same pseudonyms (numbers in the order of d's slices,
// which the store keeps by ID), and a parent's pseudonym is their child's number, so the
// applications of one child still line up.
func Anonymise(d *YearData) *YearData {
	c := d.Clone()
	num := map[ID]int{}
	for i := range c.Students {
		num[c.Students[i].ID] = i + 1
		anonymiseStudent(&c.Students[i], i+1)
	}
	for i := range c.Applications {
		anonymiseApplication(&c.Applications[i], num[c.Applications[i].StudentID])
	}
	for i := range c.Surveys {
		s := &c.Surveys[i]
		erase(&s.Hobby, &s.PastInSchool, &s.PastOutOfSchool, &s.ActivitiesNote)
	}
	for i := range c.Cards {
		anonymiseCard(&c.Cards[i])
	}
	for i := range c.Sessions {
		for j := range c.Sessions[i].Marks {
			erase(&c.Sessions[i].Marks[j].Document)
		}
	}
	for i := range c.People {
		p := &c.People[i]
		p.Name = pseudonym(pseudoPerson, i+1)
		p.PersonalNumber, p.PersonalNumberKind = "", 0
		p.IBAN, p.Email, p.Phone = "", "", ""
	}
	for i := range c.CouncilMembers {
		m := &c.CouncilMembers[i]
		m.Name = pseudonym(pseudoMember, i+1)
		m.PersonalNumber, m.Email, m.Phone = "", "", ""
	}
	for i := range c.Meetings {
		erase(&c.Meetings[i].Guests)
	}
	renameInTexts(c, nameReplacer(d, c))
	return c
}

// nameReplacer replaces the full names of d's people (with and without the middle name) by
// their pseudonyms in c, which Anonymise made from d: the minutes elect a chair by name, a pay
// expense names whom it pays.
func nameReplacer(d, c *YearData) *strings.Replacer {
	var full, short []string
	pair := func(was, is PersonName) {
		if was.First == "" || was.Last == "" || was == is {
			return
		}
		full = append(full, was.String(), is.String())
		short = append(short, was.First+" "+was.Last, is.String())
	}
	for i := range d.Students {
		pair(d.Students[i].Name, c.Students[i].Name)
	}
	for i := range d.Applications {
		pair(d.Applications[i].ParentName, c.Applications[i].ParentName)
	}
	for i := range d.People {
		pair(d.People[i].Name, c.People[i].Name)
	}
	for i := range d.CouncilMembers {
		pair(d.CouncilMembers[i].Name, c.CouncilMembers[i].Name)
	}
	return strings.NewReplacer(append(full, short...)...) // the full forms win where both match
}

// renameInTexts applies r to the texts of the project's acts that may name a person.
func renameInTexts(c *YearData, r *strings.Replacer) {
	re := func(ts ...*string) {
		for _, t := range ts {
			*t = r.Replace(*t)
		}
	}
	for i := range c.Meetings {
		m := &c.Meetings[i]
		re(&m.CalledBy)
		for j := range m.Agenda {
			re(&m.Agenda[j])
		}
		for j := range m.Decisions {
			re(&m.Decisions[j].Text)
		}
	}
	for i := range c.Expenses {
		re(&c.Expenses[i].Description)
	}
	for i := range c.Groups {
		re(&c.Groups[i].Name, &c.Groups[i].Goals, &c.Groups[i].Results)
	}
	for i := range c.Sessions {
		re(&c.Sessions[i].Topic)
	}
}

func anonymiseStudent(s *Student, n int) {
	s.Name = pseudonym(pseudoStudent, n)
	s.PersonalNumber, s.PersonalNumberKind = "", 0
	if !s.BirthDate.IsZero() {
		// The year is enough for the age groups of the ESF indicators (all pupils are under 25).
		s.BirthDate = NewDate(s.BirthDate.Y, time.January, 1)
	}
	erase(&s.Needs.Other)
}

func anonymiseApplication(a *Application, n int) {
	if a.ParentName != (PersonName{}) {
		a.ParentName = pseudonym(pseudoParent, n)
	}
	a.ParentAddress = Settlement(a.ParentAddress)
	a.ParentPhone = ""
	erase(&a.ESF.LeftNote)
}

func anonymiseCard(c *EducationCard) {
	erase(&c.PreparedBy, &c.NeedsFor, &c.Causes, &c.ParentCauses, &c.AssessmentReasons,
		&c.CooperationEffective, &c.FutureMeasures, &c.Needs.Other)
	for i := range c.Rows {
		erase(&c.Rows[i].Difficulties, &c.Rows[i].Note)
	}
}

// pseudonym is the name „<role> № n“ that replaces a person's.
func pseudonym(role string, n int) PersonName {
	return PersonName{First: role, Last: fmt.Sprintf("№ %d", n)}
}

// erase replaces each non-empty text with Erased.
func erase(texts ...*string) {
	for _, t := range texts {
		if strings.TrimSpace(*t) != "" {
			*t = Erased
		}
	}
}

// Settlement is the settlement of an address as the applications write it, „гр. Добрич, ул. …“:
// the part before the first comma (the microdata's home region and settlement come from it); ""
// when that part looks like a street (a number, „ул.“, „бул.“, „ж.к.“, „кв.“), so an address
// written without its town never survives whole.
func Settlement(address string) string {
	town, _, _ := strings.Cut(address, ",")
	town = strings.TrimSpace(town)
	low := strings.ToLower(town)
	if strings.ContainsAny(town, "0123456789") {
		return ""
	}
	for _, street := range []string{"ул.", "ул ", "бул.", "ж.к.", "жк ", "кв.", "бл."} {
		if strings.Contains(low, street) {
			return ""
		}
	}
	return town
}
