package model

// YearData is everything the app keeps for one school year: what the budget, the checks,
// the forms and the exports read. Slices are in the store's order (by ID).
type YearData struct {
	School         School
	Programme      Programme
	CouncilMembers []CouncilMember
	Meetings       []Meeting
	Students       []Student
	Applications   []Application
	Surveys        []InterestSurvey
	Groups         []Group
	ProgrammeRows  []ProgrammeRow
	Sessions       []Session
	Cards          []EducationCard
	People         []Person
	Timesheets     []Timesheet
	Suppliers      []Supplier
	Contracts      []Contract
	Expenses       []Expense
	WaitingLists   []WaitingList
	// The other programmes (issue #19): the year's participation in the national programme,
	// the 2021–2027 projects (every year shows them) and their entries.
	Innovations    []Innovation
	Projects       []Project
	ProjectEntries []ProjectEntry
}

// Records returns every record of the year as Record values, school and programme first,
// in the order of Kinds. The pointers point into d.
func (d *YearData) Records() []Record {
	out := []Record{&d.School, &d.Programme}
	out = appendAll(out, d.CouncilMembers)
	out = appendAll(out, d.Meetings)
	out = appendAll(out, d.Students)
	out = appendAll(out, d.Applications)
	out = appendAll(out, d.Surveys)
	out = appendAll(out, d.Groups)
	out = appendAll(out, d.ProgrammeRows)
	out = appendAll(out, d.Sessions)
	out = appendAll(out, d.Cards)
	out = appendAll(out, d.People)
	out = appendAll(out, d.Timesheets)
	out = appendAll(out, d.Suppliers)
	out = appendAll(out, d.Contracts)
	out = appendAll(out, d.Expenses)
	out = appendAll(out, d.WaitingLists)
	out = appendAll(out, d.Innovations)
	out = appendAll(out, d.Projects)
	return appendAll(out, d.ProjectEntries)
}

// appendAll appends a pointer to each element of xs, which must be a Record by pointer.
func appendAll[T any, P interface {
	*T
	Record
}](out []Record, xs []T) []Record {
	for i := range xs {
		out = append(out, P(&xs[i]))
	}
	return out
}

// Add puts a record of any kind into the matching slice (used when loading from a store).
// The school and the programme replace the current ones.
func (d *YearData) Add(r Record) {
	switch v := r.(type) {
	case *School:
		d.School = *v
	case *Programme:
		d.Programme = *v
	case *CouncilMember:
		d.CouncilMembers = append(d.CouncilMembers, *v)
	case *Meeting:
		d.Meetings = append(d.Meetings, *v)
	case *Student:
		d.Students = append(d.Students, *v)
	case *Application:
		d.Applications = append(d.Applications, *v)
	case *InterestSurvey:
		d.Surveys = append(d.Surveys, *v)
	case *Group:
		d.Groups = append(d.Groups, *v)
	case *ProgrammeRow:
		d.ProgrammeRows = append(d.ProgrammeRows, *v)
	case *Session:
		d.Sessions = append(d.Sessions, *v)
	case *EducationCard:
		d.Cards = append(d.Cards, *v)
	case *Person:
		d.People = append(d.People, *v)
	case *Timesheet:
		d.Timesheets = append(d.Timesheets, *v)
	case *Supplier:
		d.Suppliers = append(d.Suppliers, *v)
	case *Contract:
		d.Contracts = append(d.Contracts, *v)
	case *Expense:
		d.Expenses = append(d.Expenses, *v)
	case *WaitingList:
		d.WaitingLists = append(d.WaitingLists, *v)
	case *Innovation:
		d.Innovations = append(d.Innovations, *v)
	case *Project:
		d.Projects = append(d.Projects, *v)
	case *ProjectEntry:
		d.ProjectEntries = append(d.ProjectEntries, *v)
	}
}

// New returns a new, empty record of kind k, or nil for an unknown kind.
func New(k Kind) Record {
	switch k {
	case KindSchool:
		return &School{}
	case KindProgramme:
		return &Programme{}
	case KindCouncilMember:
		return &CouncilMember{}
	case KindMeeting:
		return &Meeting{}
	case KindStudent:
		return &Student{}
	case KindApplication:
		return &Application{}
	case KindInterestSurvey:
		return &InterestSurvey{}
	case KindGroup:
		return &Group{}
	case KindProgrammeRow:
		return &ProgrammeRow{}
	case KindSession:
		return &Session{}
	case KindEducationCard:
		return &EducationCard{}
	case KindPerson:
		return &Person{}
	case KindTimesheet:
		return &Timesheet{}
	case KindSupplier:
		return &Supplier{}
	case KindContract:
		return &Contract{}
	case KindExpense:
		return &Expense{}
	case KindWaitingList:
		return &WaitingList{}
	case KindInnovation:
		return &Innovation{}
	case KindProject:
		return &Project{}
	case KindProjectEntry:
		return &ProjectEntry{}
	}
	return nil
}

// ByID indexes records by their ID, pointing into xs: the lookups that checks, forms and
// screens make by the IDs records refer to.
func ByID[T any, P interface {
	*T
	Record
}](xs []T) map[ID]*T {
	m := make(map[ID]*T, len(xs))
	for i := range xs {
		m[P(&xs[i]).RecordID()] = &xs[i]
	}
	return m
}
