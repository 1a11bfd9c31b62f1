package model

// Valid reports whether a is one of Activities.
func (a Activity) Valid() bool {
	for _, x := range Activities {
		if a == x {
			return true
		}
	}
	return false
}

// validatePlan checks the year's plan by activity and cost type (чл. 83) and its planned
// remedial amount (чл. 75, ал. 1): each line names an activity and a cost type of чл. 79 and
// plans no negative amount. Whether the plan fits T and the caps is a finding of the checks
// (checkBudget), not a refusal: a plan is saved while it is being worked out.
func (p *Programme) validatePlan() error {
	var es Errors
	for i, l := range p.Plan {
		if !l.Activity.Valid() {
			es.Add(Errorf(CodeInvalidActivity, "Plan", "ред %d на плана (чл. 83): изберете дейността", i+1))
		}
		if !l.CostType.Valid() {
			es.Add(Errorf(CodeInvalidCostType, "Plan", "ред %d на плана (чл. 83): изберете вида разход по чл. 79 (т. 1–15)", i+1))
		}
		if l.Amount.Minor < 0 {
			es.Add(Errorf(CodeNegativeAmount, "Plan", "ред %d на плана (чл. 83): сумата не може да е отрицателна (%s)", i+1, l.Amount))
		}
	}
	if p.RemedialPlan.Minor < 0 {
		es.Add(Errorf(CodeNegativeAmount, "RemedialPlan",
			"планираните средства за преодоляване на обучителни затруднения не може да са отрицателни (%s): оставете полето празно за минимума по чл. 75, ал. 1", p.RemedialPlan))
	}
	return es.Err()
}
