package model

// Quota is the part of the community a council member represents (чл. 25, 29). Persisted.
type Quota string

// Council quotas.
const (
	QuotaParent       Quota = "parent"
	QuotaMunicipality Quota = "municipality"
	QuotaPedagogical  Quota = "pedagogical"
	QuotaNGO          Quota = "ngo"
	QuotaCommunity    Quota = "community"
)

// Quotas lists the quotas in the order of чл. 29, ал. 2.
var Quotas = []Quota{QuotaParent, QuotaMunicipality, QuotaPedagogical, QuotaNGO, QuotaCommunity}

// Label is the Bulgarian name of the quota.
func (q Quota) Label() string {
	switch q {
	case QuotaParent:
		return "родител"
	case QuotaMunicipality:
		return "представител на общината"
	case QuotaPedagogical:
		return "педагогически специалист"
	case QuotaNGO:
		return "НПО"
	case QuotaCommunity:
		return "местна/училищна общност"
	}
	return string(q)
}

// CouncilRole is a member's role in the council (чл. 32). Persisted.
type CouncilRole string

// Council roles.
const (
	RoleChair     CouncilRole = "chair"
	RoleSecretary CouncilRole = "secretary"
	RoleMember    CouncilRole = "member"
)

// Label is the Bulgarian name of the role.
func (r CouncilRole) Label() string {
	switch r {
	case RoleChair:
		return "председател"
	case RoleSecretary:
		return "секретар"
	}
	return "член"
}

// NGOInfo holds what чл. 29, ал. 8 requires of a member from a non-profit organisation.
type NGOInfo struct {
	Organisation          string
	PublicBenefit         bool // works in public benefit
	ActsInSchoolEducation bool // acts in school education in the municipality
	NotContractorDeclared bool // declared it will not be a contractor in the same school
}

// CouncilMember is a member of the public-monitoring council (чл. 25).
type CouncilMember struct {
	ID             ID
	Year           SchoolYear
	Name           PersonName
	PersonalNumber string // optional; used to spot members who lead groups (чл. 29, ал. 3)
	Education      string // образователна степен
	Qualification  string // професионална квалификация
	Role           CouncilRole
	Quota          Quota
	Email          string
	Phone          string
	NGO            NGOInfo
	// JoinedOn and LeftOn are the member's term (чл. 29–32); a zero date is the start or the end
	// of the year, so members saved before terms existed are in the council the whole year.
	JoinedOn Date `json:"JoinedOn"`
	LeftOn   Date `json:"LeftOn"`
	// Roles are the roles held before Role, oldest first (RoleOn, ChangeRole).
	Roles []RoleTerm `json:"Roles,omitempty"`
}

// RecordID implements Record.
func (m *CouncilMember) RecordID() ID { return m.ID }

// RecordKind implements Record.
func (m *CouncilMember) RecordKind() Kind { return KindCouncilMember }

// SetRecordID implements Record.
func (m *CouncilMember) SetRecordID(id ID) { m.ID = id }

// SchoolYear implements YearScoped.
func (m *CouncilMember) SchoolYear() SchoolYear { return m.Year }

// Active reports whether the member is in the council on day d.
func (m *CouncilMember) Active(d Date) bool {
	return (m.JoinedOn.IsZero() || !d.Before(m.JoinedOn)) && (m.LeftOn.IsZero() || !d.After(m.LeftOn))
}

// Validate checks the member's data of чл. 25.
func (m *CouncilMember) Validate() error {
	var es Errors
	m.Name.check(&es)
	switch m.Role {
	case RoleChair, RoleSecretary, RoleMember:
	default:
		es.Add(Errorf("invalid_role", "Role", "изберете ролята: председател, секретар или член"))
	}
	valid := false
	for _, q := range Quotas {
		valid = valid || m.Quota == q
	}
	if !valid {
		es.Add(Errorf("invalid_quota", "Quota", "изберете квотата на члена (чл. 29, ал. 2)"))
	}
	if m.Quota == QuotaNGO {
		es.Add(required("NGO.Organisation", "Организация", m.NGO.Organisation))
	}
	if m.PersonalNumber != "" {
		es.Add(CheckEGNOrLNCH("PersonalNumber", m.PersonalNumber))
	}
	es.Add(CheckEmail("Email", m.Email))
	es.Add(CheckPhone("Phone", m.Phone))
	m.checkTerms(&es)
	return es.Err()
}

// Meeting is a council meeting with its minutes (чл. 32–35).
type Meeting struct {
	ID              ID
	Year            SchoolYear
	Number          int // протокол №
	Date            Date
	Place           string
	Constituent     bool   // the constituent meeting elects the chair and adopts the rules (чл. 32, 34)
	CalledBy        string // the chair, or one third of the members (чл. 32, ал. 4)
	Agenda          []string
	Present         []ID // council members present
	DirectorPresent bool // advisory vote only (чл. 33)
	Guests          string
	Decisions       []Decision
}

// Decision is one decision of a meeting with its votes. Only members present vote; the
// director's advisory vote is never counted (чл. 33).
type Decision struct {
	Text      string
	For       int
	Against   int
	Abstained int
	// Director is the director's advisory vote, kept for the minutes and never counted.
	Director Vote
}

// Adopted reports whether the decision has a simple majority of those present (чл. 33).
func (d Decision) Adopted(present int) bool { return d.For*2 > present }

// RecordID implements Record.
func (m *Meeting) RecordID() ID { return m.ID }

// RecordKind implements Record.
func (m *Meeting) RecordKind() Kind { return KindMeeting }

// SetRecordID implements Record.
func (m *Meeting) SetRecordID(id ID) { m.ID = id }

// SchoolYear implements YearScoped.
func (m *Meeting) SchoolYear() SchoolYear { return m.Year }

// Validate checks the date, the agenda and that votes do not exceed those present.
func (m *Meeting) Validate() error {
	var es Errors
	if m.Date.IsZero() {
		es.Add(Errorf("required", "Date", "попълнете датата на заседанието"))
	}
	if len(m.Agenda) == 0 {
		es.Add(Errorf("required", "Agenda", "попълнете дневния ред (поне една точка)"))
	}
	for i, d := range m.Decisions {
		if d.For < 0 || d.Against < 0 || d.Abstained < 0 {
			es.Add(Errorf("invalid_votes", "Decisions", "решение %d: гласовете не могат да са отрицателни", i+1))
		}
		if d.For+d.Against+d.Abstained > len(m.Present) {
			es.Add(Errorf("invalid_votes", "Decisions",
				"решение %d: гласували са %d, а присъстващите членове са %d — гласува само присъстващ член; гласът на директора е съвещателен и не се брои (чл. 33)",
				i+1, d.For+d.Against+d.Abstained, len(m.Present)))
		}
		es.Add(m.checkDirectorVote(i, d.Director))
	}
	return es.Err()
}
