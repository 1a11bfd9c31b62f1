package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Profile is a versioned rule profile: every number of a programme's instruction, so that a
// successor programme changes data, not code. The default is „Твоят час – фаза І“ (RULES.md).
// It is read from JSON by ParseProfile; the tags are the file format, not a persisted record.
type Profile struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Version       int    `json:"version"`
	ProjectNumber string `json:"projectNumber"` // must be on every supporting document (чл. 101)
	// EligibleUntil is the last day of the eligible spending period (чл. 96, т. 2); "" means
	// only the school year and the programme's approval bound it.
	EligibleUntil string           `json:"eligibleUntil"`
	Council       CouncilRules     `json:"council"`
	Funding       Funding          `json:"funding"`
	CostCaps      []CostCap        `json:"costCaps"`
	OverheadBp    int64            `json:"providerOverheadBp"` // чл. 79, т. 9, 11: of the provider's remuneration
	Remedial      GroupRules       `json:"remedial"`
	Interest      GroupRules       `json:"interest"`
	Subjects      RemedialSubjects `json:"remedialSubjects"`
	Pay           PayRules         `json:"pay"`
	Labour        LabourRules      `json:"labour"`
	AdvanceBp     int64            `json:"advanceBp"` // чл. 93, ал. 2
	CashLimit     Amount           `json:"cashLimit"` // чл. 106, ал. 1, т. 3
	Procurement   Procurement      `json:"procurement"`
	EntryDays     int              `json:"entryDays"`        // чл. 98, ал. 3
	QuarterDays   int              `json:"quarterCheckDays"` // чл. 99: days after a quarter's end
	WarnDays      int              `json:"warnDays"`         // a deadline this close is a warning
	Deadlines     []Deadline       `json:"deadlines"`
}

// CouncilRules are the quotas of the council's composition (чл. 29, ал. 2).
type CouncilRules struct {
	MaxParents      int `json:"maxParents"`
	Municipality    int `json:"municipality"` // exactly this many, for municipal schools
	MaxPedagogical  int `json:"maxPedagogical"`
	MaxNGOCommunity int `json:"maxNgoCommunity"`
}

// Amount is a money figure of the profile: its lev original, its euro figure, and whether
// the euro figure is official or the lev figure converted half up (RULES.md §13). Minor units.
type Amount struct {
	BGN         int64 `json:"bgn"`
	EUR         int64 `json:"eur"`
	EUROfficial bool  `json:"eurOfficial"`
}

// In returns the figure in currency c: the euro figure for EUR, the lev original otherwise.
func (a Amount) In(c Currency) Money {
	if c == EUR {
		return Money{Minor: a.EUR, Currency: EUR}
	}
	return Money{Minor: a.BGN, Currency: BGN}
}

// Lev returns the lev original.
func (a Amount) Lev() Money { return Money{Minor: a.BGN, Currency: BGN} }

// Funding holds Приложение № 6, чл. 75, Приложение № 1 and Приложение № 7 by funding group.
type Funding struct {
	BandMax           []int                          `json:"bandMax"`           // upper edges of the student bands of Приложение № 6: 80, 250
	ManagementBandMax []int                          `json:"managementBandMax"` // upper edges of Приложение № 7's columns
	Groups            map[FundingGroup]*GroupFunding `json:"groups"`
}

// GroupFunding is one funding group's row in each table. A nil cell is a cell the source leaves empty.
type GroupFunding struct {
	PerStudent      []*Amount `json:"perStudent"`       // Приложение № 6, by band
	Fixed           []*Amount `json:"fixed"`            // Приложение № 6, by band
	RemedialMinBp   *int64    `json:"remedialMinBp"`    // чл. 75, ал. 1
	RemedialTarget  *int64    `json:"remedialTargetBp"` // Приложение № 1
	InterestTarget  *int64    `json:"interestTargetBp"` // Приложение № 1
	DirectorHours   []*int    `json:"directorHours"`    // Приложение № 7, by column
	AccountantHours []*int    `json:"accountantHours"`  // Приложение № 7, by column
}

// CostCap is a cap of чл. 82 on some cost types of чл. 79, in basis points of T.
type CostCap struct {
	Code      string     `json:"code"`
	Name      string     `json:"name"`
	Article   string     `json:"article"`
	CostTypes []CostType `json:"costTypes"`
	Bp        int64      `json:"bp"`
}

// GroupRules are the limits for one kind of group (чл. 41, 43, 46, 49, 63, 67).
type GroupRules struct {
	MaxStudents      int  `json:"maxStudents"`
	MaxGroups        int  `json:"maxGroupsPerStudent"` // 0: no limit (чл. 42); interest: 2 (чл. 46)
	HoursMin         int  `json:"hoursMin"`
	HoursMax         int  `json:"hoursMax"`
	ParentHours      int  `json:"parentHours"`
	PublicEventHours int  `json:"publicEventHours"`
	MinPublicEvents  int  `json:"minPublicEvents"`
	Production       bool `json:"production"` // a yearly school production at the end is required
	MaxDayHours      int  `json:"maxHoursPerDay"`
}

// RemedialSubjects are the subjects allowed in remedial groups by stage (чл. 60).
type RemedialSubjects struct {
	Primary        StageSubjects `json:"primary"`
	LowerSecondary StageSubjects `json:"lowerSecondary"`
	UpperSecondary StageSubjects `json:"upperSecondary"`
}

// StageSubjects allows Only the listed subjects when Only is set, else all but Except.
type StageSubjects struct {
	Only   []Subject `json:"only"`
	Except []Subject `json:"except"`
}

// Allows reports whether subject s may be a remedial subject at this stage.
func (s StageSubjects) Allows(x Subject) bool {
	if len(s.Only) > 0 {
		return slices.Contains(s.Only, x)
	}
	return !slices.Contains(s.Except, x)
}

// For returns the rule of a stage.
func (r RemedialSubjects) For(st Stage) StageSubjects {
	switch st {
	case StagePrimary:
		return r.Primary
	case StageLowerSecondary:
		return r.LowerSecondary
	}
	return r.UpperSecondary
}

// PayRules are the hourly rates (чл. 80, 85, 87) and the pay contributions of the year.
// The contribution rates change by law each year: edit them in the profile.
type PayRules struct {
	LeaderRate        Amount `json:"leaderRate"`       // чл. 80, ал. 1
	LeaderRateJunior  Amount `json:"leaderRateJunior"` // чл. 80, ал. 3
	JuniorMaxYears    int    `json:"juniorMaxYears"`   // up to this many years of experience: junior rate
	DirectorRate      Amount `json:"directorRate"`     // чл. 85, ал. 4
	AccountantRate    Amount `json:"accountantRate"`   // чл. 87, ал. 4
	RatesYear         string `json:"contributionsYear"`
	EmployeeContribBp int64  `json:"employeeContribBp"`
	EmployerContribBp int64  `json:"employerContribBp"`
	IncomeTaxBp       int64  `json:"incomeTaxBp"`
	// Rates are the dated contribution and tax rates (pay_rates.go): a month of work takes
	// the set in force on its first day. The three sums above stay the budget's planning figures.
	Rates []PayRateSet `json:"rates"`
}

// LabourRules are the plausibility limits for чл. 51, ал. 1 (Labour Code rest periods).
type LabourRules struct {
	MaxDayHours  int `json:"maxDayHours"`
	MaxWeekHours int `json:"maxWeekHours"`
}

// Procurement holds the thresholds of чл. 109–116, without VAT.
type Procurement struct {
	DirectAward Amount `json:"directAward"` // чл. 109, ал. 1
	Collection  Amount `json:"collection"`  // чл. 110: above it, a procedure (чл. 116)
	Annex2      Amount `json:"annex2"`      // чл. 109, ал. 2
	NearBp      int64  `json:"nearBp"`      // warn from this share of a threshold
}

// Deadline is a dated step of the school year (RULES.md §11), as month and day.
type Deadline struct {
	Code    string `json:"code"`
	What    string `json:"what"`
	Article string `json:"article"`
	Month   int    `json:"month"`
	Day     int    `json:"day"`
}

// Date returns the deadline's date in school year y (September–December fall in its first year).
func (d Deadline) Date(y SchoolYear) Date {
	yr := int(y)
	if d.Month < 9 {
		yr++
	}
	return NewDate(yr, time.Month(d.Month), d.Day)
}

// DeadlineByCode returns the deadline with the code, if the profile has it.
func (p *Profile) DeadlineByCode(code string) (Deadline, bool) {
	for _, d := range p.Deadlines {
		if d.Code == code {
			return d, true
		}
	}
	return Deadline{}, false
}

// Rules returns the group rules for a kind of group.
func (p *Profile) Rules(k ActivityKind) GroupRules {
	if k == Remedial {
		return p.Remedial
	}
	return p.Interest
}

// ParseProfile reads a rule profile from JSON, refusing unknown fields, missing or negative
// numbers and malformed tables with an *Error whose Field names the offending field.
func ParseProfile(b []byte) (*Profile, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p Profile
	if err := dec.Decode(&p); err != nil {
		return nil, Errorf(CodeInvalidProfile, jsonField(err), "профилът с правила не може да се прочете: %v", err)
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// jsonField extracts the field name json reports for an unknown or mistyped field.
func jsonField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Field
	}
	msg := err.Error()
	if _, f, ok := strings.Cut(msg, "unknown field "); ok {
		return strings.Trim(f, `"`)
	}
	return ""
}

func profileErr(field, format string, args ...any) *Error {
	return Errorf(CodeInvalidProfile, field, "профил с правила: "+format, args...)
}

// checkAmount refuses negative figures, a missing lev figure and a euro figure that is neither
// official nor the lev figure converted half up.
func checkAmount(field string, a Amount) error {
	if a.BGN <= 0 || a.EUR <= 0 {
		return profileErr(field, "липсва сума или е отрицателна")
	}
	if conv := a.Lev().ToEUR().Minor; !a.EUROfficial && a.EUR != conv {
		return profileErr(field, "сумата в евро %d цента не е левовата %d стотинки, превърната по курса (%d)", a.EUR, a.BGN, conv)
	}
	return nil
}

func checkPositive(field string, n int64) error {
	if n <= 0 {
		return profileErr(field, "липсва число или е отрицателно")
	}
	return nil
}

func checkAscending(field string, xs []int) error {
	if len(xs) == 0 {
		return profileErr(field, "липсват границите на колоните")
	}
	for i, x := range xs {
		if x <= 0 || (i > 0 && x <= xs[i-1]) {
			return profileErr(fmt.Sprintf("%s[%d]", field, i), "границите трябва да са положителни и възходящи")
		}
	}
	return nil
}
