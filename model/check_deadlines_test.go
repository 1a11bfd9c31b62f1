package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func noCouncil(d *model.YearData) { d.CouncilMembers = nil }

func TestCheck_Art29_1_CouncilCreatedBy15September(t *testing.T) {
	at := func(m time.Month, dd int, cases ...ruleCase) {
		t.Helper()
		runRuleAt(t, day(m, dd), "deadline_near", model.SeverityWarning, "чл. 29, ал. 1", cases)
	}
	at(time.September, 7, ruleCase{"8 days before, no council", noCouncil, false})
	at(time.September, 8, ruleCase{"7 days before, no council", noCouncil, true})
	at(time.September, 15, ruleCase{"on the day, no council", noCouncil, true},
		ruleCase{"on the day, council created", func(d *model.YearData) {}, false})
	missed := func(m time.Month, dd int, cases ...ruleCase) {
		t.Helper()
		runRuleAt(t, day(m, dd), "deadline_missed", model.SeverityError, "чл. 29, ал. 1", cases)
	}
	missed(time.September, 15, ruleCase{"on the day, no council", noCouncil, false})
	missed(time.September, 16, ruleCase{"a day late, no council", noCouncil, true},
		ruleCase{"a day late, council created on time", func(d *model.YearData) {}, false},
		ruleCase{"members joined only after the deadline", joined(16), false})
}

// joined makes every council member join on the day of September.
func joined(dd int) func(d *model.YearData) {
	return func(d *model.YearData) {
		for i := range d.CouncilMembers {
			d.CouncilMembers[i].JoinedOn = day(time.September, dd)
		}
	}
}

// A council created after 15 September is late, not missing: a warning with its date.
func TestCheck_Art29_1_CouncilLate(t *testing.T) {
	runRuleAt(t, day(time.October, 1), "deadline_late", model.SeverityWarning, "чл. 29, ал. 1", []ruleCase{
		{"created on 15 September", joined(15), false},
		{"created on 16 September", joined(16), true},
		{"no council", noCouncil, false},
	})
	runRuleAt(t, day(time.September, 20), "deadline_missed", model.SeverityError, "чл. 29, ал. 1", []ruleCase{
		{"members join only on 21 September", joined(21), true},
	})
	fs := model.Check(profile(t), func() *model.YearData { d := fixture(); joined(16)(d); return d }(), day(time.October, 1))
	if f, ok := finding(fs, "deadline_late", "чл. 29, ал. 1"); !ok || !strings.Contains(f.Msg, "16.09.2025") {
		t.Errorf("the late council's finding should give the day it was created: %+v", f)
	}
}

// The programme approved after 28 October is late (a warning with its date); not approved, or
// with no group led, after the deadline is an error (чл. 39, Programme.ApprovedOn).
func TestCheck_Art39_ProgrammeApprovedLate(t *testing.T) {
	approved := func(m time.Month, dd int) func(d *model.YearData) {
		return func(d *model.YearData) { d.Programme.ApprovedOn = day(m, dd) }
	}
	runRuleAt(t, day(time.November, 20), "deadline_late", model.SeverityWarning, "чл. 39", []ruleCase{
		{"approved on 28 October", approved(time.October, 28), false},
		{"approved on 29 October", approved(time.October, 29), true},
	})
	runRuleAt(t, day(time.November, 20), "deadline_missed", model.SeverityError, "чл. 39", []ruleCase{
		{"approved on 29 October", approved(time.October, 29), false},
		{"no approval date", func(d *model.YearData) { d.Programme.ApprovedOn = model.Date{} }, true},
		{"approved only after today", approved(time.November, 21), true},
	})
}

func TestCheck_Art39_ProgrammeBy28October(t *testing.T) {
	noLeaders := func(d *model.YearData) {
		for i := range d.Groups {
			d.Groups[i].LeaderID = ""
		}
	}
	runRuleAt(t, day(time.October, 29), "deadline_missed", model.SeverityError, "чл. 39", []ruleCase{
		{"groups with leaders", func(d *model.YearData) {}, false},
		{"no group has a leader", noLeaders, true},
	})
	runRuleAt(t, day(time.October, 21), "deadline_near", model.SeverityWarning, "чл. 39", []ruleCase{
		{"7 days before, not fixed", noLeaders, true},
		{"7 days before, approved the day before", func(d *model.YearData) { d.Programme.ApprovedOn = day(time.October, 20) }, false},
		{"7 days before, approval dated later", func(d *model.YearData) {}, true},
	})
}

// Steps the data cannot see are announced when near and never reported as missed.
func TestCheck_Art26_NeedsEnteredBy12October(t *testing.T) {
	runRuleAt(t, day(time.October, 10), "deadline_near", model.SeverityWarning, "чл. 26, ал. 1", []ruleCase{
		{"2 days before", func(d *model.YearData) {}, true},
	})
	runRuleAt(t, day(time.October, 13), "deadline_missed", model.SeverityError, "чл. 26, ал. 1", []ruleCase{
		{"a day after", func(d *model.YearData) {}, false},
	})
}

func TestCheck_Art44_ApplicationsBy19October(t *testing.T) {
	submitted := func(dd int) func(d *model.YearData) {
		return func(d *model.YearData) { d.Applications[0].SubmittedOn = day(time.October, dd) }
	}
	runRule(t, "application_late", model.SeverityError, "чл. 44", []ruleCase{
		{"19 October", submitted(19), false},
		{"20 October", submitted(20), true},
	})
}

func TestCheck_Art99_QuarterCheck(t *testing.T) {
	// The fixture's expense is of November: the РУО checks the quarter by 10 January.
	at := func(dd int, want bool) {
		t.Helper()
		runRuleAt(t, model.NewDate(2026, time.January, dd), "quarter_check_near", model.SeverityWarning, "чл. 99", []ruleCase{
			{"with an expense of the quarter", func(d *model.YearData) {}, want},
		})
	}
	at(2, false)
	at(3, true)
	at(10, true)
	at(11, false)
}
