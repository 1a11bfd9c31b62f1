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
	students := where(d.Students, func(st Student) bool { return s.matches(st.Name.String(), st.PersonalNumber) })
	h.Students = append(h.Students, students...)
	ids := idSet(students, func(st Student) ID { return st.ID })
	h.Applications = append(h.Applications, where(d.Applications, func(a Application) bool { return ids[a.StudentID] })...)
	h.Surveys = append(h.Surveys, where(d.Surveys, func(v InterestSurvey) bool { return ids[v.StudentID] })...)
	h.Groups = append(h.Groups, where(d.Groups, func(g Group) bool {
		return slices.ContainsFunc(g.Members, func(m Member) bool { return ids[m.StudentID] })
	})...)
	h.Sessions = append(h.Sessions, where(d.Sessions, func(x Session) bool {
		return slices.ContainsFunc(x.Marks, func(m Mark) bool { return ids[m.StudentID] })
	})...)
	h.Cards = append(h.Cards, where(d.Cards, func(c EducationCard) bool { return ids[c.StudentID] })...)
	h.WaitingLists = append(h.WaitingLists, where(d.WaitingLists, func(w WaitingList) bool {
		return slices.ContainsFunc(w.Entries, func(e WaitingEntry) bool { return ids[e.StudentID] })
	})...)
}

func councilHolding(d *YearData, s DataSubject, h *Holding) {
	members := where(d.CouncilMembers, func(m CouncilMember) bool { return s.matches(m.Name.String(), m.PersonalNumber) })
	h.CouncilMembers = append(h.CouncilMembers, members...)
	ids := idSet(members, func(m CouncilMember) ID { return m.ID })
	h.Meetings = append(h.Meetings, where(d.Meetings, func(m Meeting) bool {
		return slices.ContainsFunc(m.Present, func(id ID) bool { return ids[id] })
	})...)
}

func staffHolding(d *YearData, s DataSubject, h *Holding) {
	people := where(d.People, func(p Person) bool { return s.matches(p.Name.String(), p.PersonalNumber) })
	h.People = append(h.People, people...)
	ids := idSet(people, func(p Person) ID { return p.ID })
	suppliers := idSet(where(people, func(p Person) bool { return p.SupplierID != "" }), func(p Person) ID { return p.SupplierID })
	h.Groups = append(h.Groups, where(d.Groups, func(g Group) bool { return ids[g.LeaderID] })...)
	h.Timesheets = append(h.Timesheets, where(d.Timesheets, func(t Timesheet) bool { return ids[t.PersonID] })...)
	h.Expenses = append(h.Expenses, where(d.Expenses, func(e Expense) bool { return ids[e.PersonID] })...)
	h.Contracts = append(h.Contracts, where(d.Contracts, func(c Contract) bool { return suppliers[c.SupplierID] })...)
	h.Suppliers = append(h.Suppliers, where(d.Suppliers, func(x Supplier) bool { return suppliers[x.ID] && x.Person })...)
}

// where returns the elements of xs that keep says to keep, in order.
func where[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// idSet is the set of the IDs of xs.
func idSet[T any](xs []T, id func(T) ID) map[ID]bool {
	out := make(map[ID]bool, len(xs))
	for _, x := range xs {
		out[id(x)] = true
	}
	return out
}
