package model_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A line of the plan (чл. 83) names an activity and a cost type of чл. 79, т. 1–15, and plans
// no negative amount; the planned remedial amount (чл. 75, ал. 1) is not negative. Each
// refusal names the article and the line to fix.
func TestValidate_Art83_PlanLines(t *testing.T) {
	line := func(a model.Activity, ct model.CostType, minor int64) model.PlanLine {
		return model.PlanLine{Activity: a, CostType: ct, Amount: model.Money{Minor: minor, Currency: model.EUR}}
	}
	cases := []struct {
		name     string
		plan     []model.PlanLine
		remedial int64
		want     string // a part of the message; "" when valid
		code     model.Code
	}{
		{"zero amount", []model.PlanLine{line(model.ActRemedial, 1, 0)}, 0, "", ""},
		{"one cent", []model.PlanLine{line(model.ActInterest, 2, 1)}, 0, "", ""},
		{"minus one cent", []model.PlanLine{line(model.ActInterest, 2, -1)}, 0, "ред 1 на плана (чл. 83): сумата не може да е отрицателна", model.CodeNegativeAmount},
		{"cost type 1", []model.PlanLine{line(model.ActRemedial, 1, 100)}, 0, "", ""},
		{"cost type 15", []model.PlanLine{line(model.ActManagement, 15, 100)}, 0, "", ""},
		{"cost type 0", []model.PlanLine{line(model.ActRemedial, 1, 100), line(model.ActRemedial, 0, 100)}, 0, "ред 2 на плана (чл. 83): изберете вида разход по чл. 79", model.CodeInvalidCostType},
		{"cost type 16", []model.PlanLine{line(model.ActRemedial, 16, 100)}, 0, "изберете вида разход по чл. 79", model.CodeInvalidCostType},
		{"no activity", []model.PlanLine{line("", 2, 100)}, 0, "ред 1 на плана (чл. 83): изберете дейността", model.CodeInvalidActivity},
		{"unknown activity", []model.PlanLine{line("sport", 2, 100)}, 0, "изберете дейността", model.CodeInvalidActivity},
		{"council activity", []model.PlanLine{line(model.ActCouncil, 12, 100)}, 0, "", ""},
		{"remedial plan zero", nil, 0, "", ""},
		{"remedial plan one cent", nil, 1, "", ""},
		{"remedial plan minus one cent", nil, -1, "чл. 75, ал. 1", model.CodeNegativeAmount},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := model.Programme{Year: 2026, Students: 300, Currency: model.EUR, Plan: c.plan,
				RemedialPlan: model.Money{Minor: c.remedial, Currency: model.EUR}}
			err := p.Validate()
			if c.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Validate() = %v, want a message with %q", err, c.want)
			}
			var es model.Errors
			if !errors.As(err, &es) || es[0].Code != c.code {
				t.Errorf("Validate() code = %v, want %s", err, c.code)
			}
		})
	}
}
