package model

import (
	"fmt"
	"sort"
)

// Severity says whether a finding makes the plan or report inadmissible.
type Severity int

// Severities, errors first (the order findings are sorted in).
const (
	SeverityError   Severity = iota // the plan/report is not admissible as it stands
	SeverityWarning                 // admissible, but a person must look
)

// String is the Bulgarian word for the severity.
func (s Severity) String() string {
	if s == SeverityError {
		return "грешка"
	}
	return "предупреждение"
}

// Areas of findings, as the UI groups them.
const (
	AreaCouncil     = "council"
	AreaGroups      = "groups"
	AreaStudents    = "students"
	AreaProgramme   = "programme"
	AreaHours       = "hours"
	AreaExpenses    = "expenses"
	AreaProcurement = "procurement"
	AreaDeadlines   = "deadlines"
	AreaBudget      = "budget"
)

// Finding is one result of a rule check: data, not an error. Article names the rule of the
// instruction („чл. 41, ал. 1“), Msg says in Bulgarian what is wrong and with which record;
// Format and Args are what Msg was made from, for the message in another language (Text).
type Finding struct {
	Severity Severity
	Article  string
	Area     string
	Code     Code
	Msg      string
	Refs     []Ref
	Format   string
	Args     []any
}

// String formats the finding for a log or the CLI.
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s: %s", f.Severity, f.Article, f.Msg)
}

// Ref points at a record a finding concerns.
type Ref struct {
	Kind Kind
	ID   ID
}

// Check runs every rule of the profile that the year's data can decide, as of day today,
// and returns the findings sorted by severity, area, article and message. It runs in time
// linear in the size of the data.
func Check(p *Profile, d *YearData, today Date) []Finding {
	c := newChecker(p, d, today)
	c.checkCouncil()
	c.checkMeetings()
	c.checkGroups()
	c.checkJournals()
	c.checkStudents()
	c.checkLeavers()
	c.checkEnded()
	c.checkCardsAfterLeaving()
	c.checkProgramme()
	c.checkDaysOff()
	c.checkDayHours()
	c.checkPlannedDayHours()
	c.checkPay()
	c.checkTimesheets()
	c.checkTimesheetBasis()
	c.checkApprovals()
	c.checkExpenses()
	c.checkEntries()
	c.checkProcurement()
	c.checkBudget()
	c.checkDeadlines()
	sortFindings(c.out)
	return c.out
}

// checker holds the indexes every check shares, so each check is one pass over its records.
type checker struct {
	p     *Profile
	d     *YearData
	today Date
	ref   Date // today, clamped into the school year: the day memberships are counted on
	out   []Finding

	students map[ID]*Student
	people   map[ID]*Person
	groups   map[ID]*Group

	eligibleUntil Date // the profile's end of the eligible period, zero when none

	budgetDone bool
	budgetVal  *Budget
	budgetErr  error
}

func newChecker(p *Profile, d *YearData, today Date) *checker {
	c := &checker{p: p, d: d, today: today, ref: today}
	if y := d.Programme.Year; y > 0 {
		if today.Before(y.Start()) {
			c.ref = y.Start()
		} else if today.After(y.End()) {
			c.ref = y.End()
		}
	}
	if p.EligibleUntil != "" {
		c.eligibleUntil, _ = ParseDate(p.EligibleUntil) // validated by ParseProfile
	}
	c.students = ByID(d.Students)
	c.people = ByID(d.People)
	c.groups = ByID(d.Groups)
	return c
}

// add records a finding.
func (c *checker) add(sev Severity, area, article string, code Code, refs []Ref, format string, args ...any) {
	c.out = append(c.out, newFinding(sev, area, article, code, refs, format, args...))
}

// newFinding builds a finding whose Bulgarian message is format with args, both kept for Text.
func newFinding(sev Severity, area, article string, code Code, refs []Ref, format string, args ...any) Finding {
	return Finding{Severity: sev, Article: article, Area: area, Code: code,
		Msg: fmt.Sprintf(format, args...), Refs: refs, Format: format, Args: args}
}

func ref(k Kind, id ID) []Ref { return []Ref{{Kind: k, ID: id}} }

// currency is the year's currency; BGN when the programme has none yet.
func (c *checker) currency() Currency {
	if c.d.Programme.Currency.Valid() {
		return c.d.Programme.Currency
	}
	return BGN
}

func (c *checker) studentName(id ID) string {
	if s := c.students[id]; s != nil {
		return s.Name.String()
	}
	return string(id)
}

func (c *checker) personName(id ID) string {
	if p := c.people[id]; p != nil {
		return p.Name.String()
	}
	return string(id)
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Severity != b.Severity:
			return a.Severity < b.Severity
		case a.Area != b.Area:
			return a.Area < b.Area
		case a.Article != b.Article:
			return a.Article < b.Article
		case a.Msg != b.Msg:
			return a.Msg < b.Msg
		}
		return a.Code < b.Code
	})
}
