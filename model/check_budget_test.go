package model_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The fixture's school: group V, 100 students, T = 13 000 лв.; remedial minimum 32 % = 4 160 лв.

// spent replaces the expenses by one eligible expense of the cost type and gross amount.
func spent(ct model.CostType, m model.Money) func(d *model.YearData) {
	return func(d *model.YearData) {
		gross(m, model.Bank)(d)
		d.Expenses[0].CostType = ct
	}
}

func planned(lines ...model.PlanLine) func(d *model.YearData) {
	return func(d *model.YearData) { d.Programme.Plan = lines }
}

func line(a model.Activity, ct model.CostType, m model.Money) model.PlanLine {
	return model.PlanLine{Activity: a, CostType: ct, Amount: m}
}

func TestCheck_Art82_1_1_MaterialsCap(t *testing.T) {
	runRule(t, "cap_exceeded", model.SeverityError, "чл. 82, ал. 1, т. 1", []ruleCase{
		{"spent 30,00 % of T", spent(2, model.Lev(3900, 0)), false},
		{"spent 30,01 % of T", spent(2, model.Lev(3901, 30)), true},
		{"spent 3 900,01 лв.", spent(2, model.Lev(3900, 1)), true},
		{"unpaid expenses do not count", func(d *model.YearData) {
			spent(2, model.Lev(5000, 0))(d)
			d.Expenses[0].PaidBy = model.Unpaid
		}, false},
		{"planned 30,00 %", planned(line(model.ActRemedial, 2, model.Lev(3900, 0)), line(model.ActRemedial, 1, model.Lev(1000, 0))), false},
		{"planned 30,01 %", planned(line(model.ActRemedial, 2, model.Lev(3901, 30)), line(model.ActRemedial, 1, model.Lev(1000, 0))), true},
	})
}

func TestCheck_Art82_1_2_ConsumablesCap(t *testing.T) {
	runRule(t, "cap_exceeded", model.SeverityError, "чл. 82, ал. 1, т. 2", []ruleCase{
		{"260,00 лв.: 2 %", spent(3, model.Lev(260, 0)), false},
		{"260,01 лв.", spent(3, model.Lev(260, 1)), true},
	})
}

func TestCheck_Art82_1_3_ExternalServicesCap(t *testing.T) {
	runRule(t, "cap_exceeded", model.SeverityError, "чл. 82, ал. 1, т. 3", []ruleCase{
		{"650,00 лв. of transport: 5 %", spent(5, model.Lev(650, 0)), false},
		{"650,01 лв. of transport", spent(5, model.Lev(650, 1)), true},
		{"transport and hall rent add up", func(d *model.YearData) {
			spent(5, model.Lev(400, 0))(d)
			e := expense("e2", model.Lev(250, 1))
			e.VAT, e.PaidAmount, e.CostType = model.Money{}, model.Lev(250, 1), 4
			d.Expenses = append(d.Expenses, e)
		}, true},
	})
}

func TestCheck_Art82_2_CouncilLogisticsCap(t *testing.T) {
	runRule(t, "cap_exceeded", model.SeverityError, "чл. 82, ал. 2", []ruleCase{
		{"390,00 лв.: 3 %", spent(12, model.Lev(390, 0)), false},
		{"390,01 лв.", spent(12, model.Lev(390, 1)), true},
	})
}

func TestCheck_Art77_1_PlanWithinTotal(t *testing.T) {
	runRule(t, "plan_over_total", model.SeverityError, "чл. 77, ал. 1", []ruleCase{
		{"13 000,00 лв.", planned(line(model.ActRemedial, 1, model.Lev(4160, 0)), line(model.ActInterest, 1, model.Lev(8840, 0))), false},
		{"13 000,01 лв.", planned(line(model.ActRemedial, 1, model.Lev(4160, 0)), line(model.ActInterest, 1, model.Lev(8840, 1))), true},
		{"management is over and above T (чл. 77, ал. 2)", planned(line(model.ActRemedial, 1, model.Lev(4160, 0)),
			line(model.ActInterest, 1, model.Lev(8840, 0)), line(model.ActManagement, 14, model.Lev(1200, 0))), false},
	})
}

// The fixture's school is of group V: the minimum is чл. 75, ал. 1, т. 5 (32 % of 13 000 лв.).
func TestCheck_Art75_1_5_RemedialMinimum(t *testing.T) {
	runRule(t, "plan_remedial_under_min", model.SeverityError, "чл. 75, ал. 1, т. 5", []ruleCase{
		{"4 160,00 лв.", planned(line(model.ActRemedial, 1, model.Lev(4160, 0))), false},
		{"4 159,99 лв.", planned(line(model.ActRemedial, 1, model.Lev(4159, 99))), true},
		{"no plan yet", planned(), false},
	})
	runRule(t, "remedial_plan_under_min", model.SeverityError, "чл. 75, ал. 1, т. 5", []ruleCase{
		{"4 160,00 лв.", func(d *model.YearData) { d.Programme.RemedialPlan = model.Lev(4160, 0) }, false},
		{"4 159,99 лв.", func(d *model.YearData) { d.Programme.RemedialPlan = model.Lev(4159, 99) }, true},
	})
}

func TestRemedialMinArticle_Art75_1_PointOfTheGroup(t *testing.T) {
	for g, want := range map[model.FundingGroup]string{model.GroupI: "чл. 75, ал. 1, т. 1", model.GroupIV: "чл. 75, ал. 1, т. 4",
		model.GroupVII: "чл. 75, ал. 1, т. 7", model.GroupSpecial: "чл. 75, ал. 1"} {
		if got := model.RemedialMinArticle(g); got != want {
			t.Errorf("%s: %q, want %q", g, got, want)
		}
	}
}

// A special school in range has no minimum (чл. 75, ал. 1 names groups I–VII only): nothing
// planned for remedial activities is no finding.
func TestCheck_Art75_1_SpecialSchoolHasNoMinimum(t *testing.T) {
	special := func(d *model.YearData) { d.School.Group = model.GroupSpecial; d.Programme.Students = 80 }
	p := profile(t)
	d := fixture()
	special(d)
	d.Programme.Plan = []model.PlanLine{line(model.ActInterest, 2, model.Lev(100, 0))}
	for _, f := range model.Check(p, d, fixtureToday) {
		if strings.HasPrefix(f.Article, "чл. 75") {
			t.Errorf("special school: %v", f)
		}
	}
}

func TestCheck_FindingsSortedAndDeterministic(t *testing.T) {
	p := profile(t)
	d := fixture()
	d.CouncilMembers = d.CouncilMembers[:4]                                   // even: error
	d.Expenses[0].EnteredOn = d.Expenses[0].PaidOn.AddDays(9)                 // late: warning
	d.Expenses[0].ProjectNoOnDocs = false                                     // error
	d.Groups[0].Members = append(d.Groups[0].Members, d.Groups[1].Members[0]) // 11: error
	first := model.Check(p, d, fixtureToday)
	for range 5 {
		again := model.Check(p, d, fixtureToday)
		if len(again) != len(first) {
			t.Fatalf("%d findings, then %d", len(first), len(again))
		}
		for i := range first {
			if first[i].Msg != again[i].Msg {
				t.Fatalf("order differs at %d: %q vs %q", i, first[i].Msg, again[i].Msg)
			}
		}
	}
	for i := 1; i < len(first); i++ {
		a, b := first[i-1], first[i]
		if a.Severity > b.Severity || (a.Severity == b.Severity && a.Area > b.Area) {
			t.Errorf("not sorted at %d: %v then %v", i, a, b)
		}
	}
	if len(first) < 4 || first[0].Severity != model.SeverityError || first[len(first)-1].Severity != model.SeverityWarning {
		t.Errorf("findings = %v", first)
	}
}
