package model

import (
	"strings"
	"time"
)

// Innovation is the school's participation in the national programme „Иновации в действие“ in
// one school year (seed 001, the programme's rules): its role, the three other schools of its
// group of four, the cooperation contracts, the two mobilities and their annexes. The group's
// rules are findings (CheckInnovation), not refusals: a school enters its group as it forms.
type Innovation struct {
	ID   ID         `json:"ID"`
	Year SchoolYear `json:"Year"`
	// Innovative is set when the school is on the list of innovative schools (т. 2).
	Innovative bool `json:"Innovative"`
	// AppliedOn is the day the application form was filed on ischools.mon.bg (т. 1).
	AppliedOn  Date            `json:"AppliedOn"`
	Partners   []PartnerSchool `json:"Partners"`
	Contracts  []CoopContract  `json:"Contracts"`
	Mobilities []Mobility      `json:"Mobilities"`
}

// PartnerSchool is another school of the group, by its НЕИСПУО code.
type PartnerSchool struct {
	NEISPUO    string `json:"NEISPUO"`
	Name       string `json:"Name"`
	Town       string `json:"Town"`
	Innovative bool   `json:"Innovative"`
	Director   string `json:"Director"`
}

// CoopContract is a cooperation contract between two schools of the group (т. 2–4), by code.
type CoopContract struct {
	Number   string `json:"Number"`
	SignedOn Date   `json:"SignedOn"`
	A        string `json:"A"`
	B        string `json:"B"`
}

// Mobility is one visit of the group to its host (т. 5): at most four days, all four schools.
type Mobility struct {
	Host      string   `json:"Host"`
	From      Date     `json:"From"`
	To        Date     `json:"To"`
	Present   []string `json:"Present"`
	Programme []string `json:"Programme"` // the agreed programme, one line per item
	// AnnexOn is the day the host filled the annex with the dates and the programme (т. 8).
	AnnexOn Date `json:"AnnexOn"`
}

// Days is the mobility's length in calendar days, both ends counted.
func (m Mobility) Days() int { return m.From.DaysUntil(m.To) + 1 }

// The dates of the programme's rules, in school year y.
func InnovationApplyFrom(y SchoolYear) Date { return NewDate(int(y), time.September, 1) }
func InnovationApplyTo(y SchoolYear) Date   { return NewDate(int(y), time.October, 21) }
func InnovationAnnexBy(y SchoolYear) Date   { return NewDate(int(y), time.December, 15) }

// MaxMobilityDays is the programme's „до четири дни“ of a mobility.
const MaxMobilityDays = 4

// RecordID implements Record.
func (in *Innovation) RecordID() ID { return in.ID }

// RecordKind implements Record.
func (in *Innovation) RecordKind() Kind { return KindInnovation }

// SetRecordID implements Record.
func (in *Innovation) SetRecordID(id ID) { in.ID = id }

// SchoolYear implements YearScoped.
func (in *Innovation) SchoolYear() SchoolYear { return in.Year }

// Validate checks each field on its own; the group's rules are CheckInnovation's.
func (in *Innovation) Validate() error {
	var es Errors
	if in.Year <= 0 {
		es.Add(Errorf(CodeRequired, "Year", "изберете учебната година"))
	}
	seen := map[string]bool{}
	for i, p := range in.Partners {
		if !neispuoCode(p.NEISPUO) {
			es.Add(Errorf(CodeInvalidNEISPUO, "Partners", "училище %d: кодът по НЕИСПУО трябва да е от 6 или 7 цифри", i+1))
		}
		if seen[p.NEISPUO] {
			es.Add(Errorf(CodeDuplicatePartner, "Partners", "училище с код %s е вписано два пъти", p.NEISPUO))
		}
		seen[p.NEISPUO] = true
		es.Add(required("Partners", "Наименование на училището", p.Name))
	}
	for i, c := range in.Contracts {
		if c.A == c.B || strings.TrimSpace(c.A) == "" || strings.TrimSpace(c.B) == "" {
			es.Add(Errorf(CodeInvalidContract, "Contracts", "договор %d: посочете двете различни училища по код", i+1))
		}
	}
	for i, m := range in.Mobilities {
		if m.From.IsZero() || m.To.IsZero() || m.To.Before(m.From) {
			es.Add(Errorf(CodeInvalidRange, "Mobilities", "мобилност %d: началото трябва да е преди края", i+1))
		}
	}
	return es.Err()
}

func neispuoCode(s string) bool { return allDigits(s) && len(s) >= 6 && len(s) <= 7 }
