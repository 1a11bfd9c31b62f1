package demo_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestGenerate_Art85_6_DirectorLeadsAndCivilContractor: every size of demo has the director
// leading a group (an interest group where one can be taken over) as a second role with its own rate (чл. 85, ал. 6), reporting that
// role's hours apart and paid for them as a leader (cost type 1, not the management's 14), and
// an external individual on a civil contract (no supplier record: чл. 106, ал. 2), paid on a
// сметка за изплатени суми under т. 9 with no contract of a firm.
func TestGenerate_Art85_6_DirectorLeadsAndCivilContractor(t *testing.T) {
	for _, n := range []int{demo.MinStudents, 120, demo.DefaultStudents} {
		d := demo.Generate(demo.Options{Students: n, Seed: 3})
		dir := d.People[len(d.People)-1] // listed last (directorLast)
		if first := d.People[0]; first.Has(model.RoleDirector) || !first.Has(model.RoleAccountant) {
			t.Errorf("%d students: the first person is %v %v, want the accountant", n, first.Name, first.Roles)
		}
		if !dir.Has(model.RoleDirector) || !dir.Has(model.RoleLeader) || dir.RateFor(model.RoleLeader) == dir.Rate {
			t.Errorf("%d students: the director %v has roles %v and rates %v / %v", n, dir.Name, dir.Roles, dir.Rate, dir.RoleRates)
		}
		led, sheets := false, map[model.PersonRole]int{}
		for _, g := range d.Groups {
			led = led || g.LeaderID == dir.ID
		}
		for _, ts := range d.Timesheets {
			if ts.PersonID == dir.ID {
				sheets[ts.Role]++
			}
		}
		if !led || sheets[model.RoleDirector] == 0 || sheets[model.RoleLeader] == 0 {
			t.Errorf("%d students: the director leads a group %v, timesheets by role %v", n, led, sheets)
		}
		costTypes := map[model.CostType]bool{}
		var civil *model.Person
		for i := range d.People {
			if d.People[i].Basis() == model.BasisCivil {
				civil = &d.People[i]
			}
		}
		for _, e := range d.Expenses {
			if e.PersonID == dir.ID {
				costTypes[e.CostType] = true
			}
			if civil != nil && e.PersonID == civil.ID && (e.CostType != 9 || e.DocKind != model.DocPaidSums || e.ContractID != "" || e.SupplierID != "") {
				t.Errorf("%d students: the civil contractor's expense %s: т. %d, %s, contract %q, supplier %q", n, e.ID, e.CostType, e.DocKind, e.ContractID, e.SupplierID)
			}
		}
		if !costTypes[1] || !costTypes[14] {
			t.Errorf("%d students: the director's pay under cost types %v, want 1 (leader) and 14 (management)", n, costTypes)
		}
		if civil == nil {
			t.Errorf("%d students: no individual on a civil contract", n)
		}
	}
}

// TestGenerate_FirstLeaderIsAPlainLeader: the first person with the leader role in the
// generated list is a staff leader with that role only, as before the director took a group.
func TestGenerate_FirstLeaderIsAPlainLeader(t *testing.T) {
	for _, n := range []int{40, 120, demo.DefaultStudents} {
		d := demo.Generate(demo.Options{Students: n, Seed: 1})
		for _, p := range d.People {
			if p.Has(model.RoleLeader) {
				if len(p.Roles) != 1 || p.Engagement != model.Staff {
					t.Errorf("%d students: the first leader %v has roles %v, %s", n, p.Name, p.Roles, p.Engagement)
				}
				break
			}
		}
	}
}
