package model

import (
	"slices"
	"strings"
)

// Access requests (Art. 15 GDPR, issue #13): a student, a parent or a member of staff asks what
// the school holds about them. FindSubjects finds who a name, ЕГН or record ID means, Holdings
// collects every record of the file about that person, year by year, for the printed answer.

// SubjectKind is what a person is to the project.
type SubjectKind int

// Kinds of subject.
const (
	SubjectStudent SubjectKind = iota + 1
	SubjectParent
	SubjectStaff   // a paid person (Person)
	SubjectCouncil // a member of the public-monitoring council
)

// Label is the Bulgarian name of the kind.
func (k SubjectKind) Label() string {
	switch k {
	case SubjectStudent:
		return "ученик"
	case SubjectParent:
		return "родител"
	case SubjectStaff:
		return "лице, платено по проекта"
	case SubjectCouncil:
		return "член на обществения съвет"
	}
	return ""
}

// DataSubject is one person (the data subject of Art. 4(1) GDPR) the file knows, as a request names them: kind, name and, when the
// records give it, the ЕГН/ЛНЧ by which the same person is found in other years.
type DataSubject struct {
	Kind           SubjectKind
	Name           string
	PersonalNumber string
}

// key is how records of one subject are recognised across years: the personal number when
// known, else the name (normalised); a parent has no number in the file.
func (s DataSubject) matches(name, number string) bool {
	if s.PersonalNumber != "" && number != "" {
		return s.PersonalNumber == number
	}
	return foldName(s.Name) == foldName(name)
}

func foldName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// FindSubjects returns the people of years that query names: a record ID, an ЕГН/ЛНЧ or a full
// name (case and spaces ignored). The same person found in several years is one subject.
func FindSubjects(years []*YearData, query string) []DataSubject {
	q := strings.TrimSpace(query)
	var out []DataSubject
	add := func(s DataSubject, id ID, number, name string) {
		if string(id) != q && (number == "" || number != q) && foldName(name) != foldName(q) {
			return
		}
		for _, o := range out {
			if o.Kind == s.Kind && o.matches(s.Name, s.PersonalNumber) {
				return
			}
		}
		out = append(out, s)
	}
	for _, d := range years {
		for _, s := range d.Students {
			add(DataSubject{SubjectStudent, s.Name.String(), s.PersonalNumber}, s.ID, s.PersonalNumber, s.Name.String())
		}
		for _, a := range d.Applications {
			if a.ParentName != (PersonName{}) {
				add(DataSubject{Kind: SubjectParent, Name: a.ParentName.String()}, "", "", a.ParentName.String())
			}
		}
		for _, p := range d.People {
			add(DataSubject{SubjectStaff, p.Name.String(), p.PersonalNumber}, p.ID, p.PersonalNumber, p.Name.String())
		}
		for _, m := range d.CouncilMembers {
			add(DataSubject{SubjectCouncil, m.Name.String(), m.PersonalNumber}, m.ID, m.PersonalNumber, m.Name.String())
		}
	}
	return out
}

// Holding is what one school year holds about a subject. A student's applications are those
// filed for them; a parent's, those they filed.
type Holding struct {
	Year           SchoolYear
	Students       []Student
	Applications   []Application
	Surveys        []InterestSurvey
	Groups         []Group   // groups the student was a member of, or the person led
	Sessions       []Session // sessions with the student's mark
	Cards          []EducationCard
	People         []Person
	Timesheets     []Timesheet
	Expenses       []Expense // pay to the person
	Contracts      []Contract
	Suppliers      []Supplier // the person's own supplier record (an external individual)
	CouncilMembers []CouncilMember
	Meetings       []Meeting     // the council's meetings the member attended
	WaitingLists   []WaitingList // lists the student waits on
}

// Empty reports whether the year holds nothing about the subject.
func (h *Holding) Empty() bool {
	return len(h.Students)+len(h.Applications)+len(h.People)+len(h.CouncilMembers) == 0
}

// Holdings collects what each of years holds about s; years holding nothing are left out.
func Holdings(years []*YearData, s DataSubject) []Holding {
	var out []Holding
	for _, d := range years {
		h := Holding{Year: d.Programme.Year}
		switch s.Kind {
		case SubjectStudent:
			studentHolding(d, s, &h)
		case SubjectParent:
			for _, a := range d.Applications {
				if s.matches(a.ParentName.String(), "") {
					h.Applications = append(h.Applications, a)
				}
			}
		case SubjectStaff:
			staffHolding(d, s, &h)
		}
		councilHolding(d, s, &h) // a teacher or a parent may sit on the council too
		if !h.Empty() {
			out = append(out, h)
		}
	}
	return out
}

func studentHolding(d *YearData, s DataSubject, h *Holding) {
	ids := map[ID]bool{}
	for _, st := range d.Students {
		if s.matches(st.Name.String(), st.PersonalNumber) {
			h.Students = append(h.Students, st)
			ids[st.ID] = true
		}
	}
	for _, a := range d.Applications {
		if ids[a.StudentID] {
			h.Applications = append(h.Applications, a)
		}
	}
	for _, v := range d.Surveys {
		if ids[v.StudentID] {
			h.Surveys = append(h.Surveys, v)
		}
	}
	for _, g := range d.Groups {
		if slices.ContainsFunc(g.Members, func(m Member) bool { return ids[m.StudentID] }) {
			h.Groups = append(h.Groups, g)
		}
	}
	for _, x := range d.Sessions {
		if slices.ContainsFunc(x.Marks, func(m Mark) bool { return ids[m.StudentID] }) {
			h.Sessions = append(h.Sessions, x)
		}
	}
	for _, c := range d.Cards {
		if ids[c.StudentID] {
			h.Cards = append(h.Cards, c)
		}
	}
	for _, w := range d.WaitingLists {
		if slices.ContainsFunc(w.Entries, func(e WaitingEntry) bool { return ids[e.StudentID] }) {
			h.WaitingLists = append(h.WaitingLists, w)
		}
	}
}

func councilHolding(d *YearData, s DataSubject, h *Holding) {
	ids := map[ID]bool{}
	for _, m := range d.CouncilMembers {
		if s.matches(m.Name.String(), m.PersonalNumber) {
			h.CouncilMembers = append(h.CouncilMembers, m)
			ids[m.ID] = true
		}
	}
	for _, m := range d.Meetings {
		if slices.ContainsFunc(m.Present, func(id ID) bool { return ids[id] }) {
			h.Meetings = append(h.Meetings, m)
		}
	}
}

func staffHolding(d *YearData, s DataSubject, h *Holding) {
	ids, suppliers := map[ID]bool{}, map[ID]bool{}
	for _, p := range d.People {
		if s.matches(p.Name.String(), p.PersonalNumber) {
			h.People = append(h.People, p)
			ids[p.ID] = true
			if p.SupplierID != "" {
				suppliers[p.SupplierID] = true
			}
		}
	}
	for _, g := range d.Groups {
		if ids[g.LeaderID] {
			h.Groups = append(h.Groups, g)
		}
	}
	for _, t := range d.Timesheets {
		if ids[t.PersonID] {
			h.Timesheets = append(h.Timesheets, t)
		}
	}
	for _, e := range d.Expenses {
		if ids[e.PersonID] {
			h.Expenses = append(h.Expenses, e)
		}
	}
	for _, c := range d.Contracts {
		if suppliers[c.SupplierID] {
			h.Contracts = append(h.Contracts, c)
		}
	}
	for _, x := range d.Suppliers {
		if suppliers[x.ID] && x.Person {
			h.Suppliers = append(h.Suppliers, x)
		}
	}
}
