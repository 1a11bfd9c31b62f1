package model

import "fmt"

// budget computes the year's budget once for all checks.
func (c *checker) budget() (*Budget, error) {
	if !c.budgetDone {
		c.budgetDone = true
		c.budgetVal, c.budgetErr = BudgetFor(c.p, c.d)
	}
	return c.budgetVal, c.budgetErr
}

// checkBudget checks the plan and the eligible expenses against the caps of чл. 82, the total
// of чл. 77, ал. 1 and the remedial minimum of чл. 75, ал. 1.
func (c *checker) checkBudget() {
	if c.d.Programme.Students <= 0 || !c.d.School.Group.Valid() || !c.d.Programme.Currency.Valid() {
		return // the programme's own validation asks for these
	}
	b, err := c.budget()
	if err != nil {
		c.add(SeverityError, AreaBudget, "чл. 74", CodeBudgetNotComputable, nil, "%s", errorMsg(err))
		return
	}
	plannedT, plannedRemedial := Money{Currency: b.Currency}, Money{Currency: b.Currency}
	for _, l := range c.d.Programme.Plan {
		m := l.Amount.In(b.Currency)
		switch l.Activity {
		case ActManagement:
		case ActRemedial:
			plannedRemedial = plannedRemedial.Add(m)
			fallthrough
		default:
			plannedT = plannedT.Add(m)
		}
	}
	planned, actual := costTypeSums(c.d, b)
	c.checkManagement(b, planned, actual)
	for _, u := range capUses(b, planned, actual) {
		c.checkCap(u.CapLimit, u.Planned, "планирани")
		c.checkCap(u.CapLimit, u.Actual, "допустими отчетени")
	}
	if plannedT.Cmp(b.Total) > 0 {
		c.add(SeverityError, AreaBudget, "чл. 77, ал. 1", CodePlanOverTotal, nil,
			"планираните разходи за извънкласни дейности са %s, повече от средствата на училището %s", plannedT, b.Total)
	}
	if b.NoRemedialMin {
		return // чл. 75, ал. 1 sets no minimum for the special schools
	}
	art := RemedialMinArticle(b.Group)
	if len(c.d.Programme.Plan) > 0 && plannedRemedial.Cmp(b.RemedialMin) < 0 {
		c.add(SeverityError, AreaBudget, art, CodePlanRemedialUnderMin, nil,
			"за дейности за преодоляване на обучителни затруднения са планирани %s, по-малко от минималните %s (%s от средствата за %s група)",
			plannedRemedial, b.RemedialMin, bpString(c.remedialMinBp(b)), b.Group.Label())
	}
	if plan := c.d.Programme.RemedialPlan; !plan.IsZero() && plan.In(b.Currency).Cmp(b.RemedialMin) < 0 {
		c.add(SeverityError, AreaBudget, art, CodeRemedialPlanUnderMin, nil,
			"средствата за преодоляване на обучителни затруднения %s са под минималните %s (%s от средствата за %s група)",
			plan, b.RemedialMin, bpString(c.remedialMinBp(b)), b.Group.Label())
	}
}

// RemedialMinArticle cites the point of чл. 75, ал. 1 that sets the remedial minimum of
// funding group g: т. 1 for group I … т. 7 for group VII; the special schools have none.
func RemedialMinArticle(g FundingGroup) string {
	for i, x := range FundingGroups[:7] {
		if x == g {
			return fmt.Sprintf("чл. 75, ал. 1, т. %d", i+1)
		}
	}
	return "чл. 75, ал. 1"
}

func (c *checker) remedialMinBp(b *Budget) int64 {
	if gf := c.p.Funding.Groups[b.Group]; gf != nil && gf.RemedialMinBp != nil {
		return *gf.RemedialMinBp
	}
	return 0
}

func (c *checker) checkCap(cl CapLimit, sum Money, what string) {
	if sum.Cmp(cl.Limit) > 0 {
		c.add(SeverityError, AreaBudget, cl.Cap.Article, CodeCapExceeded, nil,
			"%s разходи „%s“: %s, над допустимите %s (%s от средствата)", what, cl.Cap.Name, sum, cl.Limit, bpString(cl.Cap.Bp))
	}
}

func sumTypes(by map[CostType]Money, types []CostType, cur Currency) Money {
	sum := Money{Currency: cur}
	for _, t := range types {
		sum = sum.Add(by[t])
	}
	return sum
}

// bpString formats basis points as a percentage: 3000 is „30 %“, 250 is „2,5 %“.
func bpString(bp int64) string {
	return Hours(bp).String() + " %"
}

func errorMsg(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Msg
	}
	return err.Error()
}
