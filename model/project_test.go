package model_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func smallProject() *model.Project {
	return &model.Project{ID: "pr1", Programme: model.ProgrammeEducation2127, Name: "Заедно успяваме", ContractNo: "BG05SFPR001-1.008-0009-C01",
		Start: model.NewDate(2025, time.December, 9), End: model.NewDate(2028, time.December, 9), Budget: model.Euro(1800, 50),
		Activities: []model.ProjectActivity{
			{No: 1, Name: "Работа с ученици", Lines: []model.BudgetLine{{Code: "1.1", Plan: model.Euro(1000, 0)}, {Code: "1.2", Plan: model.Euro(500, 50)}}},
			{No: 2, Name: "Обучения", Lines: []model.BudgetLine{{Code: "2.1", Plan: model.Euro(300, 0)}}},
		}}
}

func d(y int, m time.Month, day int) model.Date { return model.NewDate(y, m, day) }

// TestProjectPlanVsActual_ByHand: the sums below were worked out on paper.
//
//	Дейност 1: план 1000,00 + 500,50 = 1500,50 €; разход 250,25 + 100,00 + 600,00 = 950,25 €;
//	остатък 550,25 €; часове 2,00 + 1,50 = 3,50; участници s1, s2, s3 (s2 веднъж) + 4 = 7.
//	Дейност 2: план 300,00 €; разход 0; остатък 300,00 €; часове 3,00; участници 10.
//	Първи период (до 31.03.2026): дейност 1 само 250,25 € и 2,00 часа, участници 2.
func TestProjectPlanVsActual_ByHand(t *testing.T) {
	p := smallProject()
	es := []model.ProjectEntry{
		{ProjectID: "pr1", Activity: 1, Line: "1.1", Date: d(2026, time.January, 10), Amount: model.Euro(250, 25), Hours: model.H(2), StudentIDs: []model.ID{"s1", "s2"}},
		{ProjectID: "pr1", Activity: 1, Line: "1.1", Date: d(2026, time.May, 5), Amount: model.Euro(100, 0), Hours: 150, StudentIDs: []model.ID{"s2", "s3"}, Others: 4},
		{ProjectID: "pr1", Activity: 1, Line: "1.2", Date: d(2026, time.June, 1), Amount: model.Euro(600, 0)},
		{ProjectID: "pr1", Activity: 2, Line: "2.1", Date: d(2026, time.June, 2), Hours: model.H(3), Others: 10},
		{ProjectID: "other", Activity: 1, Line: "1.1", Date: d(2026, time.June, 2), Amount: model.Euro(999, 0)},
	}
	got := model.ProjectPlanVsActual(p, es, model.Date{}, model.Date{})
	a1, a2 := got[0], got[1]
	if a1.Plan != model.Euro(1500, 50) || a1.Spent != model.Euro(950, 25) || a1.Left != model.Euro(550, 25) || a1.Hours != 350 || a1.Done != 7 {
		t.Errorf("activity 1 = %+v", a1)
	}
	if a2.Plan != model.Euro(300, 0) || a2.Spent != model.Euro(0, 0) || a2.Left != model.Euro(300, 0) || a2.Hours != 300 || a2.Done != 10 {
		t.Errorf("activity 2 = %+v", a2)
	}
	if a1.Lines[1].Spent != model.Euro(600, 0) {
		t.Errorf("line 1.2 spent %v; want 600,00 €", a1.Lines[1].Spent)
	}
	q := model.ProjectPlanVsActual(p, es, p.Start, d(2026, time.March, 31))[0]
	if q.Spent != model.Euro(250, 25) || q.Hours != 200 || q.Done != 2 {
		t.Errorf("first period, activity 1 = %+v; want 250,25 €, 2 hours, 2 participants", q)
	}
}

func TestCheckProject_BudgetAndEntries(t *testing.T) {
	p := smallProject()
	today := d(2026, time.June, 30)
	if fs := model.CheckProject(p, nil, today); len(fs) != 0 {
		t.Errorf("a budget whose lines add up: %v", fs)
	}
	p.Budget = model.Euro(1800, 51)
	if !slices.Contains(codes(model.CheckProject(p, nil, today)), "project_budget_sum") {
		t.Error("lines 0,01 € short of the contract's budget went unreported")
	}
	p = smallProject()
	over := []model.ProjectEntry{{ProjectID: "pr1", Activity: 2, Line: "2.1", Date: p.Start, Amount: model.Euro(300, 1)}}
	exact := []model.ProjectEntry{{ProjectID: "pr1", Activity: 2, Line: "2.1", Date: p.End, Amount: model.Euro(300, 0)}}
	early := []model.ProjectEntry{{ProjectID: "pr1", Activity: 2, Line: "2.1", Date: p.Start.AddDays(-1), Amount: model.Euro(1, 0)}}
	wrong := []model.ProjectEntry{{ProjectID: "pr1", Activity: 2, Line: "1.1", Date: p.Start, Amount: model.Euro(1, 0)}}
	for _, r := range []struct {
		name string
		es   []model.ProjectEntry
		code model.Code
		want bool
	}{
		{"plan exactly, on the last day", exact, "project_activity_over", false},
		{"plan exactly, on the last day", exact, "project_entry_outside", false},
		{"0,01 € over the plan", over, "project_activity_over", true},
		{"the day before the start", early, "project_entry_outside", true},
		{"a line of another activity", wrong, "project_entry_line", true},
	} {
		if got := slices.Contains(codes(model.CheckProject(p, r.es, today)), r.code); got != r.want {
			t.Errorf("%s: %s = %v; want %v", r.name, r.code, got, r.want)
		}
	}
}

// TestProjectPlanVsActual_Random compares the sums with an oracle that walks the entries once
// into maps keyed by activity, instead of walking the plan's lines.
func TestProjectPlanVsActual_Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 2))
	for i := 0; i < 500; i++ {
		p := smallProject()
		var es []model.ProjectEntry
		for n := rng.IntN(30); n > 0; n-- {
			act := 1 + rng.IntN(2)
			line := []string{"1.1", "1.2", "2.1"}[rng.IntN(3)]
			e := model.ProjectEntry{ProjectID: "pr1", Activity: act, Line: line, Date: p.Start.AddDays(rng.IntN(500)),
				Amount: model.Euro(int64(rng.IntN(400)), int64(rng.IntN(100))), Hours: model.Hours(rng.IntN(500)), Others: rng.IntN(3)}
			for k := rng.IntN(3); k > 0; k-- {
				e.StudentIDs = append(e.StudentIDs, model.ID(rune('a'+rng.IntN(6))))
			}
			es = append(es, e)
		}
		from, to := p.Start.AddDays(rng.IntN(200)), p.Start.AddDays(200+rng.IntN(300))
		got := model.ProjectPlanVsActual(p, es, from, to)
		spent, hours, done := map[int]int64{}, map[int]model.Hours{}, map[int]int{}
		seen := map[int]map[model.ID]bool{1: {}, 2: {}}
		for _, e := range es {
			valid := (e.Activity == 1 && e.Line != "2.1") || (e.Activity == 2 && e.Line == "2.1")
			if !valid || e.Date.Before(from) || e.Date.After(to) {
				continue
			}
			spent[e.Activity] += e.Amount.Minor
			hours[e.Activity] += e.Hours
			done[e.Activity] += e.Others
			for _, s := range e.StudentIDs {
				if !seen[e.Activity][s] {
					seen[e.Activity][s] = true
					done[e.Activity]++
				}
			}
		}
		for _, a := range got {
			if a.Spent.Minor != spent[a.No] || a.Hours != hours[a.No] || a.Done != done[a.No] || a.Left.Minor != a.Plan.Minor-spent[a.No] {
				t.Fatalf("activity %d = %+v; oracle %d, %d, %d", a.No, a, spent[a.No], hours[a.No], done[a.No])
			}
		}
	}
}
