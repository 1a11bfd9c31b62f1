package model

import "strings"

// FundingGroup is the school's group for financing, I–VII or special (чл. 6, 72). Persisted.
type FundingGroup string

// The eight funding groups.
const (
	GroupI       FundingGroup = "I"
	GroupII      FundingGroup = "II"
	GroupIII     FundingGroup = "III"
	GroupIV      FundingGroup = "IV"
	GroupV       FundingGroup = "V"
	GroupVI      FundingGroup = "VI"
	GroupVII     FundingGroup = "VII"
	GroupSpecial FundingGroup = "special"
)

// FundingGroups lists the groups in order.
var FundingGroups = []FundingGroup{GroupI, GroupII, GroupIII, GroupIV, GroupV, GroupVI, GroupVII, GroupSpecial}

// Valid reports whether g is one of the eight groups.
func (g FundingGroup) Valid() bool {
	for _, x := range FundingGroups {
		if g == x {
			return true
		}
	}
	return false
}

// Label is how a user reads the group.
func (g FundingGroup) Label() string {
	if g == GroupSpecial {
		return "специални училища"
	}
	return string(g)
}

// ParseFundingGroup reads "III", "iii", "special" or „специално“.
func ParseFundingGroup(s string) (FundingGroup, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	if strings.HasPrefix(t, "СПЕЦ") || t == "SPECIAL" {
		return GroupSpecial, nil
	}
	if g := FundingGroup(t); g.Valid() {
		return g, nil
	}
	return "", Errorf(CodeInvalidFundingGroup, "Group", "„%s“ не е група на училището: изберете I–VII или „специални училища“", s)
}

// Ownership says who runs the school: it decides whether the council needs the municipality's member.
type Ownership string

// Ownerships (persisted).
const (
	StateSchool     Ownership = "state"
	MunicipalSchool Ownership = "municipal"
)

// School is the institution running the programme. There is one per data file.
type School struct {
	ID            ID           `json:"ID"`
	NEISPUO       string       `json:"NEISPUO"` // код по НЕИСПУО, 6–7 digits
	Name          string       `json:"Name"`
	Town          string       `json:"Town"`
	Municipality  string       `json:"Municipality"`
	Region        string       `json:"Region"` // област
	Address       string       `json:"Address"`
	EIK           string       `json:"EIK"` // ЕИК/БУЛСТАТ of the school
	Ownership     Ownership    `json:"Ownership"`
	Group         FundingGroup `json:"Group"`
	LessonMinutes int          `json:"LessonMinutes"` // length of one lesson hour (чл. 49, ал. 3)
	DirectorName  string       `json:"DirectorName"`
	Email         string       `json:"Email"`
	Phone         string       `json:"Phone"`
}

// RecordID implements Record.
func (s *School) RecordID() ID { return s.ID }

// RecordKind implements Record.
func (s *School) RecordKind() Kind { return KindSchool }

// SetRecordID implements Record.
func (s *School) SetRecordID(id ID) { s.ID = id }

// Validate checks every field and returns all problems at once.
func (s *School) Validate() error {
	var es Errors
	code := strings.TrimSpace(s.NEISPUO)
	if !allDigits(code) || len(code) < 6 || len(code) > 7 {
		es.Add(Errorf(CodeInvalidNEISPUO, "NEISPUO", "кодът по НЕИСПУО трябва да е от 6 или 7 цифри (напр. 2206123)"))
	}
	es.Add(required("Name", "Наименование", s.Name))
	es.Add(required("Town", "Населено място", s.Town))
	es.Add(required("Municipality", "Община", s.Municipality))
	es.Add(required("Region", "Област", s.Region))
	if s.EIK != "" {
		es.Add(CheckEIK("EIK", s.EIK))
	}
	if s.Ownership != StateSchool && s.Ownership != MunicipalSchool {
		es.Add(Errorf(CodeInvalidOwnership, "Ownership", "изберете дали училището е държавно или общинско"))
	}
	if !s.Group.Valid() {
		es.Add(Errorf(CodeInvalidFundingGroup, "Group", "изберете групата на училището: I–VII или специални училища (чл. 72)"))
	}
	if s.LessonMinutes < 30 || s.LessonMinutes > 60 {
		es.Add(Errorf(CodeInvalidLessonLength, "LessonMinutes", "продължителността на учебния час трябва да е между 30 и 60 минути"))
	}
	es.Add(CheckEmail("Email", s.Email))
	es.Add(CheckPhone("Phone", s.Phone))
	return es.Err()
}

// Programme is the school's programme for one school year: the basis of its budget.
type Programme struct {
	ID         ID         `json:"ID"`
	Year       SchoolYear `json:"Year"`
	Students   int        `json:"Students"`   // students in daily form, Списък-образец 1 (чл. 74)
	Currency   Currency   `json:"Currency"`   // the year's documents are in one currency (RULES.md §13)
	ApprovedOn Date       `json:"ApprovedOn"` // approval of the school programme: start of eligible spending
	ProfileID  string     `json:"ProfileID"`  // the rule profile the year is run under
	// NonWorking, ClassesEnd, CalendarSource and CalendarConfirmed are the school's own copy of
	// the year's calendar (CalendarOf); empty NonWorking follows the built-in DefaultCalendar.
	NonWorking        []DateRange  `json:"NonWorking"`
	ClassesEnd        []ClassesEnd `json:"ClassesEnd"`
	CalendarSource    string       `json:"CalendarSource"`
	CalendarConfirmed bool         `json:"CalendarConfirmed"`
	RemedialPlan      Money        `json:"RemedialPlan"` // planned for remedial activities; zero means the minimum of чл. 75
	Plan              []PlanLine   `json:"Plan"`
	// PayRates are the year's contribution and tax rates when they differ from the rule
	// profile's (the law changes them each year); nil keeps the profile's (see PayRatesFor).
	PayRates *PayRates `json:"PayRates"`
	// ProfileData is the JSON of the year's profile when it is not one shipped with the app (a
	// successor programme's, loaded from a file): kept with the year, so packages carry it.
	ProfileData []byte `json:"ProfileData"`
	// Closed is set when the year is closed (issue #26): after its last quarter the year-end
	// correction (чл. 76) and the final checks ran, and its documents are kept as they are for
	// the checks and audits of чл. 144, ал. 2; the store then refuses every change of the year.
	Closed   bool `json:"Closed"`
	ClosedOn Date `json:"ClosedOn"`
}

// DateRange is an inclusive range of days, e.g. a holiday or a vacation, with why it has no
// classes, for which grades (zero: all) and the act it comes from.
type DateRange struct {
	From   Date      `json:"From"`
	To     Date      `json:"To"`
	Name   string    `json:"Name"`
	Kind   OffKind   `json:"Kind"`
	Grades GradeSpan `json:"Grades"`
	Source string    `json:"Source"`
}

// Contains reports whether d falls within the range.
func (r DateRange) Contains(d Date) bool { return !d.Before(r.From) && !d.After(r.To) }

// PlanLine is a planned amount for one activity and cost type (чл. 83).
type PlanLine struct {
	Activity Activity `json:"Activity"`
	CostType CostType `json:"CostType"`
	Amount   Money    `json:"Amount"`
	Subject  string   `json:"Subject"` // the procurement subject the line plans, if any (чл. 108, ал. 4)
}

// RecordID implements Record.
func (p *Programme) RecordID() ID { return p.ID }

// RecordKind implements Record.
func (p *Programme) RecordKind() Kind { return KindProgramme }

// SetRecordID implements Record.
func (p *Programme) SetRecordID(id ID) { p.ID = id }

// SchoolYear implements YearScoped.
func (p *Programme) SchoolYear() SchoolYear { return p.Year }

// Validate checks the year's basic data.
func (p *Programme) Validate() error {
	var es Errors
	if p.Year < 2000 {
		es.Add(Errorf(CodeInvalidSchoolYear, "Year", "изберете учебната година, напр. 2025/2026"))
	}
	if p.Students <= 0 {
		es.Add(Errorf(CodeInvalidStudents, "Students", "въведете броя на учениците в дневна форма по Списък-образец 1 (чл. 74): цяло число над нула"))
	}
	if !p.Currency.Valid() {
		es.Add(Errorf(CodeInvalidCurrency, "Currency", "изберете валутата на годината: BGN или EUR"))
	}
	for i, r := range p.NonWorking {
		if r.From.IsZero() || r.To.Before(r.From) {
			es.Add(Errorf(CodeInvalidRange, "NonWorking", "неучебен период %d: крайната дата е преди началната", i+1))
		}
	}
	es.Add(p.validatePlan())
	if p.PayRates != nil {
		es.Add(p.PayRates.Validate())
	}
	es.Add(p.validateProfile())
	return es.Err()
}
