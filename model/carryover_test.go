package model_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// carryYear is a small year of 2025/2026 for the carry-over tests.
func carryYear(grades ...int) *model.YearData {
	d := &model.YearData{Programme: model.Programme{ID: "p", Year: 2025, Students: 10, Currency: model.EUR}}
	for i, g := range grades {
		d.Students = append(d.Students, model.Student{ID: model.ID(rune('a' + i)), Year: 2025, Grade: g,
			Name: model.PersonName{First: "Ученик", Last: "Тестов"}, Needs: model.RemedialNeeds{LowResults: true}})
	}
	return d
}

func TestLastGradeOf_StageEnds(t *testing.T) {
	for top, want := range map[int]int{1: 4, 4: 4, 5: 7, 7: 7, 8: 12, 11: 12, 12: 12} {
		if got := model.LastGradeOf(top); got != want {
			t.Errorf("LastGradeOf(%d) = %d, want %d", top, got, want)
		}
	}
}

// Promotions at each boundary: the last grade of a primary (IV), basic (VII) and secondary
// (XII) school, with the grade just below it.
func TestPlanCarryOver_PromotionAtEachGradeBoundary(t *testing.T) {
	tests := []struct {
		name                       string
		grades                     []int
		lastGrade                  int
		wantGrades                 []int
		wantGraduates, wantLeavers int
	}{
		{"secondary: XI→XII, XII graduates", []int{11, 12}, 0, []int{12}, 1, 0},
		{"basic: VI→VII, VII leaves", []int{6, 7}, 0, []int{7}, 0, 1},
		{"primary: III→IV, IV leaves", []int{3, 4}, 0, []int{4}, 0, 1},
		{"basic without VII this year: V, VI go on", []int{5, 6}, 0, []int{6, 7}, 0, 0},
		{"last grade given: VIII leaves", []int{7, 8}, 8, []int{8}, 0, 1},
		{"I→II", []int{1}, 0, []int{2}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := model.PlanCarryOver(carryYear(tt.grades...), tt.lastGrade)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, s := range c.Students {
				got = append(got, s.Grade)
				if s.Year != 2026 || s.ID != "" || s.Needs.Any() {
					t.Errorf("carried student %+v: want year 2026/2027, no ID, needs to identify anew", s)
				}
				if err := s.Validate(); err != nil {
					t.Errorf("carried student not valid: %v", err)
				}
			}
			if len(got) != len(tt.wantGrades) || len(c.Graduates) != tt.wantGraduates || len(c.Leavers) != tt.wantLeavers {
				t.Fatalf("grades %v, graduates %d, leavers %d; want %v, %d, %d", got, len(c.Graduates), len(c.Leavers), tt.wantGrades, tt.wantGraduates, tt.wantLeavers)
			}
			for i := range got {
				if got[i] != tt.wantGrades[i] {
					t.Errorf("grades %v, want %v", got, tt.wantGrades)
				}
			}
			if c.Programme.Students != len(c.Students) || c.Programme.Year != 2026 || c.Programme.Currency != model.EUR {
				t.Errorf("programme %+v: want 2026/2027 in EUR with the carried students", c.Programme)
			}
		})
	}
}

func TestPlanCarryOver_NoStudentsIsRefused(t *testing.T) {
	_, err := model.PlanCarryOver(carryYear(12), 0)
	if code := model.ErrorCode(err); code != "no_students" {
		t.Errorf("err %v (code %q), want no_students", err, code)
	}
	_, err = model.PlanCarryOver(&model.YearData{}, 0)
	if code := model.ErrorCode(err); code != "no_programme" {
		t.Errorf("err %v (code %q), want no_programme", err, code)
	}
}

// чл. 29–32: a member whose LeftOn falls in the old year leaves; one leaving later stays.
func TestPlanCarryOver_Art29_32_CouncilTerms(t *testing.T) {
	d := carryYear(5)
	last := model.SchoolYear(2025).End()
	for i, left := range []model.Date{{}, last, last.AddDays(-40), last.AddDays(1)} {
		d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: model.ID(rune('m' + i)), Year: 2025,
			Name: model.PersonName{First: "Член", Last: "Съветов"}, Role: model.RoleMember, Quota: model.QuotaParent, LeftOn: left})
	}
	c, err := model.PlanCarryOver(d, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Council) != 2 || len(c.CouncilLeft) != 2 {
		t.Fatalf("stay %d, left %d; want 2 and 2", len(c.Council), len(c.CouncilLeft))
	}
	for _, m := range c.Council {
		if m.Year != 2026 || m.ID != "" || m.Validate() != nil {
			t.Errorf("carried member %+v not a valid member of 2026/2027", m)
		}
	}
}

// Paid people: the agreement is for one school year and is renewed; a lev rate is the euro
// rate from 1 January 2026, converted as remuneration (ЗВЕРБ: in the person's favour), a further
// role's rate too: 10,00 лв. → 5,12 € (the general rule would give 5,11 €).
func TestPlanCarryOver_PeopleAgreementsToRenew(t *testing.T) {
	d := carryYear(5)
	d.People = []model.Person{{ID: "p1", Year: 2025, Name: model.PersonName{First: "Ръко", Last: "Водител"},
		Roles: []model.PersonRole{model.RoleLeader, model.RoleDirector}, Engagement: model.Staff, Rate: model.Lev(12, 0),
		RoleRates:   []model.RoleRate{{Role: model.RoleDirector, Rate: model.Lev(10, 0)}},
		AgreementNo: "ДС-1", AgreementDate: model.NewDate(2025, time.September, 20)}}
	c, err := model.PlanCarryOver(d, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := c.People[0]
	if p.Rate != model.Euro(6, 14) || p.AgreementNo != "" || !p.AgreementDate.IsZero() || p.Year != 2026 {
		t.Errorf("carried person %+v: want 6,14 € an hour, agreement to renew, 2026/2027", p)
	}
	if len(p.RoleRates) != 1 || p.RoleRates[0].Rate != model.Euro(5, 12) || d.People[0].RoleRates[0].Rate != model.Lev(10, 0) {
		t.Errorf("carried further role's rate %+v (the year's own %+v): want 5,12 €, the old year's untouched", p.RoleRates, d.People[0].RoleRates)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("carried person not valid: %v", err)
	}
}

// A contract runs on with what is left of its value; used-up contracts and hall rents do not.
func TestPlanCarryOver_RunningContracts(t *testing.T) {
	d := carryYear(5)
	day := model.NewDate(2025, time.October, 1)
	d.Contracts = []model.Contract{
		{ID: "c1", Year: 2025, SupplierID: "s", Number: "1", Date: day, Value: model.Lev(1000, 0)},
		{ID: "c2", Year: 2025, SupplierID: "s", Number: "2", Date: day, Value: model.Euro(300, 0)},
		{ID: "c3", Year: 2025, SupplierID: "s", Number: "3", Date: day, Value: model.Euro(300, 0), HallRent: true},
	}
	d.Expenses = []model.Expense{
		{ContractID: "c1", Net: model.Lev(500, 0)},
		{ContractID: "c2", Net: model.Euro(300, 0)},
	}
	c, err := model.PlanCarryOver(d, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Contracts) != 1 || len(c.Used) != 2 {
		t.Fatalf("carried %d, used %d; want 1 and 2", len(c.Contracts), len(c.Used))
	}
	// 1000 лв. − 500 лв. = 511,29 € − 255,65 € (each converted once).
	if got, want := c.Contracts[0].Value, model.Lev(1000, 0).ToEUR().Sub(model.Lev(500, 0).ToEUR()); got != want || c.Contracts[0].Number != "1" {
		t.Errorf("carried contract %+v, want value %s", c.Contracts[0], want)
	}
}

// A seeded random school against an oracle written apart: every student is carried one grade up,
// graduates or leaves, never two of these; nothing of one year's kinds is among the records.
func TestPlanCarryOver_RandomAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 2026))
	for round := 0; round < 200; round++ {
		var grades []int
		for n := 1 + rng.IntN(40); n > 0; n-- {
			grades = append(grades, 1+rng.IntN(12))
		}
		d := carryYear(grades...)
		top := 0
		for _, g := range grades {
			top = max(top, g)
		}
		last := map[bool]int{true: 4, false: 7}[top <= 4]
		if top > 7 {
			last = 12
		}
		wantCarried := 0
		for _, g := range grades {
			if g < last {
				wantCarried++
			}
		}
		c, err := model.PlanCarryOver(d, 0)
		if wantCarried == 0 {
			if err == nil {
				t.Fatalf("grades %v: no one carried, want an error", grades)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Students) != wantCarried || len(c.Students)+len(c.Graduates)+len(c.Leavers) != len(grades) {
			t.Fatalf("grades %v (last %d): carried %d graduates %d leavers %d, want %d carried", grades, last, len(c.Students), len(c.Graduates), len(c.Leavers), wantCarried)
		}
		for _, r := range c.Records() {
			if !isCarriedKind(r.RecordKind()) {
				t.Fatalf("a %s is carried", r.RecordKind())
			}
		}
	}
}

func isCarriedKind(k model.Kind) bool {
	for _, c := range model.CarriedKinds {
		if c == k {
			return true
		}
	}
	return false
}
