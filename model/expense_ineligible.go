package model

// Ineligible marks the costs of чл. 97 an expense carries. Each is a finding of its own; т. 2–5
// make the whole expense ineligible, т. 1 only its VAT.
type Ineligible struct {
	VATClaimed      bool `json:"VATClaimed"`      // т. 1: recoverable VAT claimed as part of the expense
	Fine            bool `json:"Fine"`            // т. 2: fines, financial penalties, costs of resolving disputes
	FundedElsewhere bool `json:"FundedElsewhere"` // т. 3: financed by another project, programme or scheme (double funding)
	SecondHand      bool `json:"SecondHand"`      // т. 4: second-hand goods
	CommissionFX    bool `json:"CommissionFX"`    // т. 5: commissions and losses on currency exchange
}

// Whole reports whether the expense is a cost of чл. 97, т. 2–5: none of it may be claimed.
func (x Ineligible) Whole() bool {
	return x.Fine || x.FundedElsewhere || x.SecondHand || x.CommissionFX
}

// ineligiblePoint is one point of чл. 97, т. 2–5 an expense may carry.
type ineligiblePoint struct {
	on   bool
	art  string
	code Code
	what string
}

// points are the points of чл. 97, т. 2–5 with what each says, in order.
func (x Ineligible) points() []ineligiblePoint {
	return []ineligiblePoint{
		{x.Fine, "чл. 97, т. 2", CodeExpenseFine, "глоба, финансова санкция или разход за разрешаване на спор"},
		{x.FundedElsewhere, "чл. 97, т. 3", CodeExpenseDoubleFunding, "финансиран и по друг проект, програма или схема"},
		{x.SecondHand, "чл. 97, т. 4", CodeExpenseSecondHand, "закупуване на стоки втора употреба"},
		{x.CommissionFX, "чл. 97, т. 5", CodeExpenseCommissionFx, "комисионна или загуба от курсова разлика при обмяна на валута"},
	}
}

// externalProvider reports whether cost type t is an external provider of activities (чл. 79,
// т. 9 for interest activities, т. 11 for remedial ones): the only ones with overheads.
func externalProvider(t CostType) bool { return t == 9 || t == 11 }

// validateOverheads refuses negative overheads, more than the amount without VAT, and overheads
// on an expense that is not an external provider's (чл. 79, т. 9, 11).
func (e *Expense) validateOverheads() error {
	if e.Overheads.Minor == 0 {
		return nil
	}
	switch {
	case e.Overheads.Minor < 0:
		return Errorf(CodeNegative, "Overheads", "режийните разходи не могат да са отрицателни")
	case e.Overheads.Currency != e.Net.Currency:
		return Errorf(CodeInvalidCurrency, "Overheads", "режийните разходи трябва да са във валутата на разхода")
	case e.Overheads.Minor > e.Net.Minor:
		return Errorf(CodeInvalidRange, "Overheads", "режийните разходи не могат да са повече от сумата без ДДС")
	case !externalProvider(e.CostType):
		return Errorf(CodeOverheadsNotExternal, "Overheads",
			"режийни разходи има само при външен изпълнител на дейности (чл. 79, т. 9 и т. 11)")
	}
	return nil
}
