package model

// PersonRole is what a paid person does in the project. Persisted.
type PersonRole string

// Roles of paid people.
const (
	RoleLeader     PersonRole = "leader"
	RoleDirector   PersonRole = "director"
	RoleAccountant PersonRole = "accountant"
)

// Label is the Bulgarian name of the role.
func (r PersonRole) Label() string {
	switch r {
	case RoleDirector:
		return "директор"
	case RoleAccountant:
		return "счетоводител"
	}
	return "ръководител на група"
}

// Engagement is how a person is engaged: staff on an additional agreement (чл. 119 КТ) or an
// external person or firm on a contract (чл. 80, ал. 4). Persisted.
type Engagement string

// Engagements.
const (
	Staff    Engagement = "staff"
	External Engagement = "external"
)

// Person is a paid person of the project: a group leader, the director or the accountant.
type Person struct {
	ID                 ID                 `json:"ID"`
	Year               SchoolYear         `json:"Year"`
	Name               PersonName         `json:"Name"`
	PersonalNumber     string             `json:"PersonalNumber"`
	PersonalNumberKind PersonalNumberKind `json:"PersonalNumberKind"`
	Roles              []PersonRole       `json:"Roles"`
	Engagement         Engagement         `json:"Engagement"`
	SupplierID         ID                 `json:"SupplierID"`      // an external firm's supplier record
	Rate               Money              `json:"Rate"`            // per astronomical hour, incl. the insured person's contributions (чл. 80)
	ExperienceYears    int                `json:"ExperienceYears"` // in the thematic area: up to 3 years caps the rate lower (чл. 80, ал. 3)
	IBAN               string             `json:"IBAN"`
	Email              string             `json:"Email"`
	Phone              string             `json:"Phone"`
	AgreementNo        string             `json:"AgreementNo"` // additional agreement or contract
	AgreementDate      Date               `json:"AgreementDate"`
	AgreementEnteredOn Date               `json:"AgreementEnteredOn"` // when the agreement was entered (чл. 98, ал. 3: within 5 days)
	// RoleRates are the rates of a person's further roles (a director who also leads a
	// group, чл. 85, ал. 6): each role is paid at its own rate within its own cap; a role not
	// listed takes Rate (RateFor).
	RoleRates []RoleRate `json:"RoleRates,omitempty"`
	// Insurance is the declaration of insurance status an external individual on a civil
	// contract gives the school (pay_line.go): it decides which contributions are withheld.
	Insurance InsuranceStatus `json:"Insurance,omitempty"`
	// LeftOn is the last day the person works in the project (issue #17: a paid person who
	// leaves is ended with a date, never deleted — their reports and pay stay); zero while they
	// work. store.Tx.End sets it; the checks refuse hours after it (checkLeftPeople).
	LeftOn Date `json:"LeftOn,omitzero"`
}

// WorksOn reports whether the person is still in the project on day d: not ended before it.
func (p *Person) WorksOn(d Date) bool { return p.LeftOn.IsZero() || !d.After(p.LeftOn) }

// RoleRate is the hourly rate of one of a person's roles.
type RoleRate struct {
	Role PersonRole `json:"Role"`
	Rate Money      `json:"Rate"`
}

// RateFor is the person's rate in role r: its own (RoleRates) or Rate.
func (p *Person) RateFor(r PersonRole) Money {
	for _, x := range p.RoleRates {
		if x.Role == r {
			return x.Rate
		}
	}
	return p.Rate
}

// Has reports whether the person has role r.
func (p *Person) Has(r PersonRole) bool {
	for _, x := range p.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// RecordID implements Record.
func (p *Person) RecordID() ID { return p.ID }

// RecordKind implements Record.
func (p *Person) RecordKind() Kind { return KindPerson }

// SetRecordID implements Record.
func (p *Person) SetRecordID(id ID) { p.ID = id }

// SchoolYear implements YearScoped.
func (p *Person) SchoolYear() SchoolYear { return p.Year }

// Validate checks names, role, rate and identifiers; the rate's cap is a check of the profile.
func (p *Person) Validate() error {
	var es Errors
	p.Name.check(&es)
	if len(p.Roles) == 0 {
		es.Add(Errorf(CodeRequired, "Roles", "изберете поне една роля: ръководител, директор или счетоводител"))
	}
	if p.Engagement != Staff && p.Engagement != External {
		es.Add(Errorf(CodeInvalidEngagement, "Engagement", "изберете дали лицето е от персонала или външен изпълнител"))
	}
	if p.PersonalNumber != "" {
		es.Add(CheckEGNOrLNCH("PersonalNumber", p.PersonalNumber))
	}
	if p.Rate.Minor <= 0 || !p.Rate.Currency.Valid() {
		es.Add(Errorf(CodeInvalidRate, "Rate", "въведете ставката за астрономически час, напр. 12,00"))
	}
	p.checkPayTerms(&es)
	if p.ExperienceYears < 0 || p.ExperienceYears > 60 {
		es.Add(Errorf(CodeInvalidExperience, "ExperienceYears", "опитът се въвежда в цели години, от 0 до 60"))
	}
	if p.IBAN != "" {
		es.Add(CheckIBAN("IBAN", p.IBAN))
	}
	es.Add(CheckEmail("Email", p.Email))
	es.Add(CheckPhone("Phone", p.Phone))
	return es.Err()
}

// TimesheetStatus moves from prepared to approved; an approved timesheet is locked (чл. 81, 85, 88).
type TimesheetStatus string

// Timesheet statuses.
const (
	Prepared TimesheetStatus = "prepared"
	Approved TimesheetStatus = "approved"
)

// DayHours is the hours a person worked on one day, with what was done.
type DayHours struct {
	Date     Date   `json:"Date"`
	Hours    Hours  `json:"Hours"` // astronomical hours
	GroupID  ID     `json:"GroupID"`
	Activity string `json:"Activity"`
	Results  string `json:"Results"`
}

// Timesheet is a person's monthly report of hours worked (отчет за отработените часове).
type Timesheet struct {
	ID         ID              `json:"ID"`
	Year       SchoolYear      `json:"Year"`
	PersonID   ID              `json:"PersonID"`
	Role       PersonRole      `json:"Role"`
	Month      Month           `json:"Month"`
	Days       []DayHours      `json:"Days"`
	Status     TimesheetStatus `json:"Status"`
	ApprovedBy string          `json:"ApprovedBy"` // the director, or the head of the РУО for the director's own
	ApprovedOn Date            `json:"ApprovedOn"`
}

// Total returns the month's hours.
func (t *Timesheet) Total() Hours {
	var h Hours
	for _, d := range t.Days {
		h += d.Hours
	}
	return h
}

// RecordID implements Record.
func (t *Timesheet) RecordID() ID { return t.ID }

// RecordKind implements Record.
func (t *Timesheet) RecordKind() Kind { return KindTimesheet }

// SetRecordID implements Record.
func (t *Timesheet) SetRecordID(id ID) { t.ID = id }

// SchoolYear implements YearScoped.
func (t *Timesheet) SchoolYear() SchoolYear { return t.Year }

// Validate checks that every day is in the month and hours are positive.
func (t *Timesheet) Validate() error {
	var es Errors
	if t.PersonID == "" {
		es.Add(Errorf(CodeRequired, "PersonID", "изберете лицето"))
	}
	if t.Month.M < 1 || t.Month.M > 12 {
		es.Add(Errorf(CodeInvalidMonth, "Month", "изберете месеца на отчета"))
	}
	for _, d := range t.Days {
		if MonthOf(d.Date) != t.Month {
			es.Add(Errorf(CodeDayOutsideMonth, "Days", "датата %s не е в месеца на отчета %s", d.Date, t.Month))
		}
		if d.Hours <= 0 || d.Hours > H(24) {
			es.Add(Errorf(CodeInvalidHours, "Days", "часовете за %s трябва да са между 0 и 24", d.Date))
		}
	}
	if t.Status == Approved && (t.ApprovedBy == "" || t.ApprovedOn.IsZero()) {
		es.Add(Errorf(CodeRequired, "ApprovedBy", "одобреният отчет трябва да има кой и кога го е одобрил"))
	}
	return es.Err()
}
