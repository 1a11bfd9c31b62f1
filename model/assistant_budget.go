package model

import "fmt"

// GroupBudget is what the budget allows for new interest groups: the part of the budget for
// interest activities (чл. 75, ал. 3), the planned cost of one group — its leader's pay for the
// fewest hours a group must have (чл. 80, ал. 1) — and so how many new groups it pays for,
// after the interest groups the year already has.
type GroupBudget struct {
	Available Money // the budget for interest activities
	PerGroup  Money // the planned cost of one group
	Existing  int   // interest groups the year already has
	Limit     int   // new interest groups the budget allows
}

// GroupBudgetFor computes the limit of new interest groups from the year's budget. A year
// whose budget cannot be computed gets the budget's error, so the dialog can say what to fill in.
func GroupBudgetFor(p *Profile, d *YearData) (*GroupBudget, error) {
	b, err := BudgetFor(p, d)
	if err != nil {
		return nil, err
	}
	gb := &GroupBudget{Available: b.Interest}
	gb.PerGroup = H(int64(p.Interest.HoursMin)).Pay(p.Pay.LeaderRate.Lev()).In(b.Currency)
	for _, g := range d.Groups {
		if g.Kind == Interest {
			gb.Existing++
		}
	}
	if gb.PerGroup.Minor > 0 {
		gb.Limit = max(int(gb.Available.Minor/gb.PerGroup.Minor)-gb.Existing, 0)
	}
	return gb, nil
}

// Text is the limit in words, for the dialog and the printed proposal.
func (gb *GroupBudget) Text() string {
	return fmt.Sprintf("бюджетът за занимания по интереси е %s; една група струва поне %s (възнаграждение на ръководителя за най-малко часове); има %d групи, така че стига за още %d нови",
		gb.Available, gb.PerGroup, gb.Existing, gb.Limit)
}
