package model_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// procurementOracle computes the expected value of one subject (чл. 108, ал. 4) by scanning
// the records again for it, apart from ProcurementTotals: the contracts of the subject at their
// value or their expenses when more, the subject's other expenses, against its plan lines.
func procurementOracle(d *model.YearData, subject string, annex2 bool) model.Money {
	lev := func(m model.Money) int64 { return m.ToBGN().Minor }
	var committed, planned int64
	for _, c := range d.Contracts {
		if c.HallRent || c.Subject != subject || c.Annex2 != annex2 {
			continue
		}
		var spent int64
		for _, e := range d.Expenses {
			if e.ContractID == c.ID && (e.Subject == "" || e.Subject == c.Subject) {
				spent += lev(e.Net)
			}
		}
		committed += max(lev(c.Value), spent)
	}
	for _, e := range d.Expenses {
		var c *model.Contract
		for i := range d.Contracts {
			if d.Contracts[i].ID == e.ContractID {
				c = &d.Contracts[i]
			}
		}
		switch {
		case c == nil && e.Subject == subject && !annex2:
			committed += lev(e.Net)
		case c != nil && !c.HallRent && e.Subject == subject && e.Subject != c.Subject && c.Annex2 == annex2:
			committed += lev(e.Net)
		}
	}
	// A plan line names a subject only: it joins the Annex 2 subject when only that one is known.
	known := func(a2 bool) bool {
		for _, c := range d.Contracts {
			if !c.HallRent && c.Subject == subject && c.Annex2 == a2 {
				return true
			}
		}
		for _, e := range d.Expenses {
			var c *model.Contract
			for i := range d.Contracts {
				if d.Contracts[i].ID == e.ContractID {
					c = &d.Contracts[i]
				}
			}
			switch {
			case c == nil && !a2 && e.Subject == subject:
				return true
			case c != nil && !c.HallRent && c.Annex2 == a2 && (e.Subject == subject || (e.Subject == "" && c.Subject == subject)):
				return true
			}
		}
		return false
	}
	annex2Known, plainKnown := known(true), known(false)
	for _, l := range d.Programme.Plan {
		if l.Subject == subject && (annex2 == (annex2Known && !plainKnown)) {
			planned += lev(l.Amount)
		}
	}
	return model.Money{Minor: max(committed, planned), Currency: model.BGN}
}

// A seeded randomized year of contracts, expenses and plan lines: every subject's expected value
// equals the oracle's, is never below what was spent, the contracted or the planned, and the
// subjects are listed once each.
func TestProcurementTotals_Art108_4_RandomAgainstOracle(t *testing.T) {
	subjects := []string{"Транспорт", "Материали", "Обучение", "Наем"}
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 11))
		d := &model.YearData{}
		for i := range r.IntN(5) {
			d.Contracts = append(d.Contracts, model.Contract{ID: model.ID(fmt.Sprint("c", i)), Subject: subjects[r.IntN(4)],
				Annex2: r.IntN(3) == 0, HallRent: r.IntN(6) == 0, Value: model.Lev(int64(r.IntN(40000)), 0)})
		}
		for range r.IntN(12) {
			e := model.Expense{Net: model.Lev(int64(r.IntN(20000)), int64(r.IntN(100)))}
			if r.IntN(4) == 0 {
				e.Net = model.Euro(int64(r.IntN(10000)), 0)
			}
			if len(d.Contracts) > 0 && r.IntN(2) == 0 {
				e.ContractID = d.Contracts[r.IntN(len(d.Contracts))].ID
			}
			if e.ContractID == "" || r.IntN(3) == 0 {
				e.Subject = subjects[r.IntN(4)]
			}
			d.Expenses = append(d.Expenses, e)
		}
		for range r.IntN(3) {
			d.Programme.Plan = append(d.Programme.Plan, model.PlanLine{Subject: subjects[r.IntN(4)], Amount: model.Lev(int64(r.IntN(50000)), 0)})
		}
		seen := map[string]bool{}
		for _, got := range model.ProcurementTotals(d) {
			key := fmt.Sprint(got.Subject, got.Annex2)
			if seen[key] {
				t.Fatalf("seed %d: subject %s listed twice", seed, key)
			}
			seen[key] = true
			if want := procurementOracle(d, got.Subject, got.Annex2); got.Net != want {
				t.Fatalf("seed %d: %s (Annex 2 %v): expected value %v, oracle %v; %+v", seed, got.Subject, got.Annex2, got.Net, want, got)
			}
			if got.Net.Cmp(got.Spent) < 0 || got.Net.Cmp(got.Contracted) < 0 || got.Net.Cmp(got.Planned) < 0 {
				t.Fatalf("seed %d: expected value %v below spent %v, contracted %v or planned %v", seed, got.Net, got.Spent, got.Contracted, got.Planned)
			}
		}
	}
}

// procured replaces the expenses by one of the given value without VAT on the subject, with
// a contract of the given kind.
func procured(net model.Money, annex2, hall bool) func(d *model.YearData) {
	return func(d *model.YearData) {
		d.Contracts = []model.Contract{{ID: "k1", Year: 2025, SupplierID: "sup", Number: "1", Subject: "Обучителни услуги", Annex2: annex2, HallRent: hall}}
		gross(net, model.Bank)(d)
		d.Expenses[0].ContractID, d.Expenses[0].Subject = "k1", ""
		d.Expenses[0].CostType = 9 // keeps the materials cap out of the way
	}
}

// Up to 30 000 лв. a direct award (чл. 109, ал. 1); above it the collection of offers of чл. 110
// applies, and the finding cites чл. 110. Near the threshold is our own warning.
func TestCheck_Art110_AboveDirectAward(t *testing.T) {
	runRule(t, "procurement_near", model.SeverityWarning, "чл. 109, ал. 1", []ruleCase{
		{"26 999,99 лв.", procured(model.Lev(26999, 99), false, false), false},
		{"27 000,00 лв.: 90 % of 30 000", procured(model.Lev(27000, 0), false, false), true},
	})
	runRule(t, "procurement_over", model.SeverityWarning, "чл. 110", []ruleCase{
		{"30 000,00 лв.", procured(model.Lev(30000, 0), false, false), false},
		{"30 000,01 лв.", procured(model.Lev(30000, 1), false, false), true},
		{"two expenses of the subject add up", func(d *model.YearData) {
			d.Expenses = append(d.Expenses, expense("e2", model.Lev(15000, 0)), expense("e3", model.Lev(15000, 1)))
		}, true},
		{"hall rent is exempt", procured(model.Lev(90000, 0), false, true), false},
	})
	d := fixture()
	procured(model.Lev(27000, 0), false, false)(d)
	f, _ := finding(model.Check(profile(t), d, fixtureToday), "procurement_near", "чл. 109, ал. 1")
	if !strings.Contains(f.Msg, "не изискване на указанията") {
		t.Errorf("the near warning should say it is ours: %q", f.Msg)
	}
}

// Above 70 000 лв. a procedure (чл. 116), for every subject, Annex 2 ones included.
func TestCheck_Art116_Procedure(t *testing.T) {
	runRule(t, "procurement_over", model.SeverityWarning, "чл. 116", []ruleCase{
		{"70 000,00 лв.", procured(model.Lev(70000, 0), false, false), false},
		{"70 000,01 лв.", procured(model.Lev(70000, 1), false, false), true},
		{"Annex 2, 70 000,00 лв.", procured(model.Lev(70000, 0), true, false), false},
		{"Annex 2, 70 000,01 лв.", procured(model.Lev(70000, 1), true, false), true},
	})
	runRule(t, "procurement_over", model.SeverityWarning, "чл. 110", []ruleCase{
		{"Annex 2, 40 000 лв. is within чл. 109, ал. 2", procured(model.Lev(40000, 0), true, false), false},
	})
	runRule(t, "procurement_near", model.SeverityWarning, "чл. 109, ал. 2", []ruleCase{
		{"Annex 2, 62 999,99 лв.", procured(model.Lev(62999, 99), true, false), false},
		{"Annex 2, 63 000,00 лв.", procured(model.Lev(63000, 0), true, false), true},
	})
}

// Under чл. 108, ал. 4 the expected value decides: a contract's value counts before it is paid,
// and so does the plan's amount for the subject; the larger of committed and planned.
func TestCheck_Art108_4_ExpectedValue(t *testing.T) {
	contractValue := func(v model.Money) func(d *model.YearData) {
		return func(d *model.YearData) {
			procured(model.Lev(1000, 0), false, false)(d)
			d.Contracts[0].Value = v
		}
	}
	plan := func(v model.Money) func(d *model.YearData) {
		return func(d *model.YearData) {
			procured(model.Lev(1000, 0), false, false)(d)
			d.Programme.Plan = []model.PlanLine{{Activity: model.ActInterest, CostType: 9, Amount: v, Subject: "Обучителни услуги"}}
		}
	}
	runRule(t, "procurement_over", model.SeverityWarning, "чл. 110", []ruleCase{
		{"contract of 30 000,00 лв., 1 000 paid", contractValue(model.Lev(30000, 0)), false},
		{"contract of 30 000,01 лв., 1 000 paid", contractValue(model.Lev(30000, 1)), true},
		{"plan of 30 000,00 лв.", plan(model.Lev(30000, 0)), false},
		{"plan of 30 000,01 лв.", plan(model.Lev(30000, 1)), true},
		{"plans of two subjects do not add up", func(d *model.YearData) {
			plan(model.Lev(20000, 0))(d)
			d.Programme.Plan = append(d.Programme.Plan, model.PlanLine{Activity: model.ActInterest, CostType: 9, Amount: model.Lev(20000, 0), Subject: "Друго"})
		}, false},
	})
}

// The expected value is the larger of committed and planned, never their sum: a contract that
// carries out the plan is counted once.
func TestProcurementTotals_Art108_4_CommittedOrPlanned(t *testing.T) {
	d := &model.YearData{
		Contracts: []model.Contract{{ID: "c1", Subject: "Транспорт", Value: model.Lev(20000, 0)}},
		Expenses: []model.Expense{
			{ContractID: "c1", Net: model.Lev(5000, 0)},
			{ContractID: "c1", Net: model.Lev(18000, 0)},
			{Subject: "Транспорт", Net: model.Lev(1000, 0)},
		},
		Programme: model.Programme{Plan: []model.PlanLine{{Subject: "Транспорт", Amount: model.Lev(22000, 0)}}},
	}
	got := model.ProcurementTotals(d)
	// committed = max(20 000, 23 000 spent under c1) + 1 000 outside = 24 000 > planned 22 000.
	if len(got) != 1 || got[0].Net != model.Lev(24000, 0) || got[0].Spent != model.Lev(24000, 0) ||
		got[0].Contracted != model.Lev(20000, 0) || got[0].Planned != model.Lev(22000, 0) {
		t.Errorf("ProcurementTotals = %+v", got)
	}
}

// At a euro boundary the message compares and prints in leva, the law's figures, with the euro
// in brackets: never „15 338,76 € над прага 15 338,76 €“.
func TestCheck_Art110_EuroBoundaryMessage(t *testing.T) {
	d := fixture()
	d.Programme.Currency = model.EUR
	procured(model.Lev(30000, 1), false, false)(d)
	f, ok := finding(model.Check(profile(t), d, fixtureToday), "procurement_over", "чл. 110")
	if !ok || !strings.Contains(f.Msg, "30 000,01 лв. (15 338,76 €)") || !strings.Contains(f.Msg, "прага 30 000,00 лв. (15 338,76 €)") {
		t.Errorf("message: %q", f.Msg)
	}
}
