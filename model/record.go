package model

import (
	"net/mail"
	"strings"
	"unicode"
)

// ID is a record's stable identifier. The store assigns one when it is empty.
type ID string

// Kind names a kind of record. Persisted (bucket names, sync packages): append-only, never renamed.
type Kind string

// The kinds of record the application keeps.
const (
	KindSchool         Kind = "school"
	KindProgramme      Kind = "programme"
	KindCouncilMember  Kind = "council_member"
	KindMeeting        Kind = "meeting"
	KindStudent        Kind = "student"
	KindApplication    Kind = "application"
	KindInterestSurvey Kind = "interest_survey"
	KindGroup          Kind = "group"
	KindProgrammeRow   Kind = "programme_row"
	KindSession        Kind = "session"
	KindEducationCard  Kind = "education_card"
	KindPerson         Kind = "person"
	KindTimesheet      Kind = "timesheet"
	KindSupplier       Kind = "supplier"
	KindContract       Kind = "contract"
	KindExpense        Kind = "expense"
	KindWaitingList    Kind = "waiting_list"
)

// Kinds lists every kind in a stable order: the order of export and of the store's buckets.
var Kinds = []Kind{
	KindSchool, KindProgramme, KindCouncilMember, KindMeeting, KindStudent, KindApplication,
	KindInterestSurvey, KindGroup, KindProgrammeRow, KindSession, KindEducationCard, KindPerson,
	KindTimesheet, KindSupplier, KindContract, KindExpense, KindWaitingList,
	KindInnovation, KindProject, KindProjectEntry,
}

// Record is what the store keeps: every domain record has an ID, a kind and a validation.
type Record interface {
	RecordID() ID
	RecordKind() Kind
	// SetRecordID is called by the store to assign a new ID.
	SetRecordID(ID)
	// Validate returns nil or Errors with Bulgarian messages.
	Validate() error
}

// YearScoped is a record that belongs to one school year.
type YearScoped interface {
	Record
	SchoolYear() SchoolYear
}

// required returns an *Error when s is blank.
func required(field, label, s string) error {
	if strings.TrimSpace(s) == "" {
		return Errorf(CodeRequired, field, "попълнете „%s“", label)
	}
	return nil
}

// CheckEmail validates an optional e-mail address.
func CheckEmail(field, s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.Index(s, "@"):], ".") {
		return Errorf(CodeInvalidEmail, field, "„%s“ не е имейл адрес: пишете го като ime@primer.bg", s)
	}
	return nil
}

// CheckPhone validates an optional Bulgarian phone number: 0… with 9–10 digits or +359….
func CheckPhone(field, s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		if r == ' ' || r == '-' || r == '/' || r == '(' || r == ')' || r == '+' {
			return -1
		}
		return 'x'
	}, s)
	ok := !strings.Contains(digits, "x") &&
		((strings.HasPrefix(s, "+") && len(digits) >= 11 && len(digits) <= 13) ||
			(strings.HasPrefix(digits, "0") && len(digits) >= 9 && len(digits) <= 10))
	if !ok {
		return Errorf(CodeInvalidPhone, field, "„%s“ не е телефонен номер: пишете го като 0888 123 456 или +359 888 123 456", s)
	}
	return nil
}

// PersonName is a person's three names, as Bulgarian documents write them.
type PersonName struct {
	First  string `json:"First"`
	Middle string `json:"Middle"`
	Last   string `json:"Last"`
}

// String joins the names that are set.
func (n PersonName) String() string {
	return strings.Join(strings.Fields(n.First+" "+n.Middle+" "+n.Last), " ")
}

// check requires the first and last names; the middle name is optional (foreigners).
func (n PersonName) check(es *Errors) {
	es.Add(required("FirstName", "Име", n.First))
	es.Add(required("LastName", "Фамилия", n.Last))
}
