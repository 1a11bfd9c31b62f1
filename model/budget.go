package model

import (
	"fmt"
	"sort"
)

// Budget is a school's budget for one year under a rule profile (чл. 71–77, 82, 84, 93).
// Every figure is computed from the profile's lev figures and only the final amounts are
// converted to euro (RULES.md §13: 160 h × 12,00 лв. is 981,68 €, not 160 × 6,14 €).
type Budget struct {
	Group    FundingGroup
	Students int
	Currency Currency
	Band     int // column of Приложение № 6: 0 up to 80, 1 for 81–250, 2 over 250

	PerStudent Money // Приложение № 6, in BGN as the table states it
	Fixed      Money // Приложение № 6, in BGN
	Total      Money // T = students × perStudent + fixed (чл. 74)

	RemedialMin Money // чл. 75, ал. 1; zero where the profile gives no share
	Remedial    Money // planned for remedial activities: at least RemedialMin (чл. 75, ал. 2)
	Interest    Money // T − Remedial (чл. 75, ал. 3)

	Caps []CapLimit // чл. 82

	DirectorHours   Hours // Приложение № 7; zero where the table has no value
	AccountantHours Hours
	DirectorPay     Money // hours × rate, over and above T (чл. 77, ал. 2): gross pay
	AccountantPay   Money
	// DirectorContrib and AccountantContrib are the employer's contributions on the pay, part
	// of the management funds (чл. 84, ал. 2), at EmployerContribBp.
	DirectorContrib, AccountantContrib Money
	EmployerContribBp                  int64

	RemedialTarget int // ceil(share × students), Приложение № 1
	InterestTarget int
	Advance        Money // чл. 93, ал. 2

	// NoRemedialMin, NoRemedialTarget and NoInterestTarget say that чл. 75 and Приложение № 1
	// give no figure for the school's group (the special schools): „няма стойност“, never 0.
	NoRemedialMin, NoRemedialTarget, NoInterestTarget bool
}

// CapLimit is the amount a cap of чл. 82 allows.
type CapLimit struct {
	Cap   CostCap
	Limit Money
}

// ComputeBudget computes the budget of a school of funding group g with the given number of
// students, in currency cur. A special school over 80 students has no value in Приложение № 6:
// an *Error says so rather than invent a number.
func ComputeBudget(p *Profile, g FundingGroup, students int, cur Currency) (*Budget, error) {
	gf := p.Funding.Groups[g]
	if gf == nil {
		return nil, Errorf(CodeInvalidFundingGroup, "Group", "профилът „%s“ няма група „%s“", p.Name, g)
	}
	if students <= 0 {
		return nil, Errorf(CodeInvalidStudents, "Students", "броят на учениците трябва да е над нула (чл. 74)")
	}
	if !cur.Valid() {
		return nil, Errorf(CodeInvalidCurrency, "Currency", "изберете валутата на годината: BGN или EUR")
	}
	band := bandOf(p.Funding.BandMax, students)
	if gf.PerStudent[band] == nil {
		return nil, Errorf(CodeNoTableValue, "Students", "Приложение № 6: за %s с %s ученици няма стойност (група %s, колона „%s“)",
			g.Label(), bandWord(p.Funding.BandMax, firstEmpty(gf.PerStudent)), g.Label(), bandLabel(p.Funding.BandMax, band))
	}
	b := &Budget{Group: g, Students: students, Currency: cur, Band: band,
		PerStudent: gf.PerStudent[band].Lev(), Fixed: gf.Fixed[band].Lev()}
	lev := b.PerStudent.Mul(int64(students)).Add(b.Fixed)
	remLev := Money{Currency: BGN}
	if gf.RemedialMinBp != nil {
		remLev = lev.Percent(*gf.RemedialMinBp)
	}
	b.Total = lev.In(cur)
	b.RemedialMin = remLev.In(cur)
	b.NoRemedialMin = gf.RemedialMinBp == nil
	b.SetRemedial(b.RemedialMin)
	for _, c := range p.CostCaps {
		b.Caps = append(b.Caps, CapLimit{Cap: c, Limit: lev.Percent(c.Bp).In(cur)})
	}
	col := bandOf(p.Funding.ManagementBandMax, students)
	b.DirectorHours, b.DirectorPay = managementPay(gf.DirectorHours[col], p.Pay.DirectorRate, cur)
	b.AccountantHours, b.AccountantPay = managementPay(gf.AccountantHours[col], p.Pay.AccountantRate, cur)
	b.setManagementContrib(p.Pay.EmployerContribBp)
	b.RemedialTarget = target(gf.RemedialTarget, students)
	b.InterestTarget = target(gf.InterestTarget, students)
	b.NoRemedialTarget, b.NoInterestTarget = gf.RemedialTarget == nil, gf.InterestTarget == nil
	b.Advance = lev.Percent(p.AdvanceBp).In(cur)
	return b, nil
}

// BudgetFor computes the budget of a year's data: its school's group, its programme's students,
// currency and planned remedial amount (zero keeps the minimum of чл. 75).
func BudgetFor(p *Profile, d *YearData) (*Budget, error) {
	b, err := ComputeBudget(p, d.School.Group, d.Programme.Students, d.Programme.Currency)
	if err != nil {
		return nil, err
	}
	if plan := d.Programme.RemedialPlan; !plan.IsZero() {
		b.SetRemedial(plan.In(b.Currency))
	}
	b.setManagementContrib(PayRatesFor(p, &d.Programme).EmployerContribBp)
	return b, nil
}

// SetRemedial sets the amount planned for remedial activities; interest activities get the rest
// (чл. 75, ал. 3). Where чл. 75 gives no minimum and nothing is planned, the split is unknown
// (SplitKnown): T does not all go to interest activities.
func (b *Budget) SetRemedial(m Money) {
	b.Remedial = m
	b.Interest = b.Total.Sub(m)
	if !b.SplitKnown() {
		b.Interest = Money{Currency: b.Total.Currency}
	}
}

// SplitKnown reports whether Remedial and Interest have a value: a minimum of чл. 75, ал. 1 or
// a planned remedial amount.
func (b *Budget) SplitKnown() bool { return !b.NoRemedialMin || b.Remedial.Minor != 0 }

func managementPay(hours *int, rate Amount, cur Currency) (Hours, Money) {
	if hours == nil {
		return 0, Money{Minor: 0, Currency: cur}
	}
	h := H(int64(*hours))
	return h, h.Pay(rate.Lev()).In(cur)
}

// target is ceil(bp × students / 10000), or 0 where the profile gives no share.
func target(bp *int64, students int) int {
	if bp == nil {
		return 0
	}
	return int((*bp*int64(students) + 9999) / 10000)
}

// bandOf returns the column whose upper edge holds n; past the last edge, the last column.
func bandOf(edges []int, n int) int {
	for i, e := range edges {
		if n <= e {
			return i
		}
	}
	return len(edges)
}

func bandLabel(edges []int, i int) string {
	switch {
	case i == 0:
		return fmt.Sprintf("до %d", edges[0])
	case i == len(edges):
		return fmt.Sprintf("над %d", edges[i-1])
	}
	return fmt.Sprintf("от %d до %d", edges[i-1]+1, edges[i])
}

// firstEmpty is the first column without a value: the message names where the table stops.
func firstEmpty(cells []*Amount) int {
	for i, c := range cells {
		if c == nil {
			return i
		}
	}
	return len(cells)
}

func bandWord(edges []int, i int) string {
	if i == 0 {
		return fmt.Sprintf("до %d", edges[0])
	}
	return fmt.Sprintf("над %d", edges[i-1])
}

// Correction is the year-end correction of чл. 76, т. 1 for each kind of activity.
type Correction struct {
	Remedial CorrectionLine `json:"Remedial"`
	Interest CorrectionLine `json:"Interest"`
}

// CorrectionLine is one kind of activity: planned funds, target and covered students, and the
// funds after correction. Increases (т. 2) depend on the project's budget and are not computed.
type CorrectionLine struct {
	Planned   Money `json:"Planned"`
	Corrected Money `json:"Corrected"`
	Target    int   `json:"Target"`
	Covered   int   `json:"Covered"`
}

// Reduction is how much the funds go down.
func (l CorrectionLine) Reduction() Money { return l.Planned.Sub(l.Corrected) }

// Correct applies чл. 76, т. 1: when fewer students were covered than the target, the planned
// funds go down in proportion, corrected = planned × covered / target.
func (b *Budget) Correct(coveredRemedial, coveredInterest int) Correction {
	return Correction{
		Remedial: correctLine(b.Remedial, b.RemedialTarget, coveredRemedial),
		Interest: correctLine(b.Interest, b.InterestTarget, coveredInterest),
	}
}

func correctLine(planned Money, target, covered int) CorrectionLine {
	l := CorrectionLine{Planned: planned, Corrected: planned, Target: target, Covered: covered}
	if target > 0 && covered < target {
		l.Corrected = planned.MulRatio(int64(max(covered, 0)), int64(target))
	}
	return l
}

// PlanActualRow compares the plan of one activity and cost type with its eligible expenses (чл. 83).
type PlanActualRow struct {
	Activity Activity
	CostType CostType
	Planned  Money
	Actual   Money
	// Converted is set when an amount of the row was in the other currency and was converted
	// once at the fixed rate: a total that mixes them says so (ConversionNote).
	Converted bool
}

// Diff is planned − actual: what is left (negative when overspent).
func (r PlanActualRow) Diff() Money { return r.Planned.Sub(r.Actual) }

// PlanVsActual lists, by activity and cost type, the programme's plan and the eligible amounts of
// the year's expenses, in the budget's currency. Rows are in the order of Activities, then cost type.
func PlanVsActual(d *YearData, b *Budget) []PlanActualRow {
	type key struct {
		a Activity
		t CostType
	}
	rows := map[key]*PlanActualRow{}
	row := func(a Activity, t CostType) *PlanActualRow {
		k := key{a, t}
		if rows[k] == nil {
			zero := Money{Currency: b.Currency}
			rows[k] = &PlanActualRow{Activity: a, CostType: t, Planned: zero, Actual: zero}
		}
		return rows[k]
	}
	for _, l := range d.Programme.Plan {
		r := row(l.Activity, l.CostType)
		r.Planned = r.Planned.Add(l.Amount.In(b.Currency))
		r.Converted = r.Converted || l.Amount.Currency != b.Currency
	}
	for i := range d.Expenses {
		e := &d.Expenses[i]
		r := row(e.Activity, e.CostType)
		r.Actual = r.Actual.Add(eligibleAmount(e).In(b.Currency))
		r.Converted = r.Converted || e.Net.Currency != b.Currency
	}
	out := make([]PlanActualRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	order := map[Activity]int{}
	for i, a := range Activities {
		order[a] = i
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Activity != out[j].Activity {
			return order[out[i].Activity] < order[out[j].Activity]
		}
		return out[i].CostType < out[j].CostType
	})
	return out
}

// eligibleAmount is what an expense can claim: nothing unless paid in full and not by
// offsetting (чл. 96, т. 5); recoverable VAT excluded (чл. 97).
func eligibleAmount(e *Expense) Money {
	if !paidInFull(e) || e.Offset {
		return Money{Currency: e.Net.Currency}
	}
	return e.Eligible()
}

func paidInFull(e *Expense) bool {
	if e.PaidBy == Unpaid || e.PaidOn.IsZero() {
		return false
	}
	// чл. 96, т. 5: the whole value of the document, VAT included, compared in its own
	// currency with the law's one conversion (Settles).
	return Settles(e.Gross(), e.PaidAmount)
}

// CapUse is how much of one cap of чл. 82 a year's plan and its eligible expenses use.
type CapUse struct {
	CapLimit
	Planned Money // the programme's plan lines of the cap's cost types
	Actual  Money // eligible amounts of the expenses of those cost types
}

// CapUsage sums, for each cap of b, the planned and the eligible actual costs of its cost
// types, in the budget's currency: what the checks and the Бюджет screen both show.
func CapUsage(d *YearData, b *Budget) []CapUse {
	planned, actual := costTypeSums(d, b)
	return capUses(b, planned, actual)
}

// costTypeSums sums, by cost type, the programme's plan lines and the eligible amounts of the
// expenses, in the budget's currency: one pass for the caps (CapUsage) and т. 14 (checkManagement).
func costTypeSums(d *YearData, b *Budget) (planned, actual map[CostType]Money) {
	planned, actual = map[CostType]Money{}, map[CostType]Money{}
	for _, l := range d.Programme.Plan {
		planned[l.CostType] = l.Amount.In(b.Currency).Add(planned[l.CostType])
	}
	for i := range d.Expenses {
		e := &d.Expenses[i]
		actual[e.CostType] = eligibleAmount(e).In(b.Currency).Add(actual[e.CostType])
	}
	return planned, actual
}

// capUses measures each cap of b against the sums by cost type.
func capUses(b *Budget, planned, actual map[CostType]Money) []CapUse {
	out := make([]CapUse, len(b.Caps))
	for i, cl := range b.Caps {
		out[i] = CapUse{CapLimit: cl,
			Planned: sumTypes(planned, cl.Cap.CostTypes, b.Currency),
			Actual:  sumTypes(actual, cl.Cap.CostTypes, b.Currency)}
	}
	return out
}
