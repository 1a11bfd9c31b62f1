package model_test

import (
	"fmt"
	"math/rand/v2"
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
