package model_test

import (
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
		ruleCase{"members joined only after the deadline", func(d *model.YearData) {
			for i := range d.CouncilMembers {
				d.CouncilMembers[i].JoinedOn = day(time.September, 16)
			}
		}, true})
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
		{"7 days before, fixed", func(d *model.YearData) {}, false},
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
