package model

// PayBasis is the legal basis a person is paid on.
type PayBasis string

// Bases of pay.
const (
	// BasisAgreement: staff on an additional agreement under чл. 119 КТ (чл. 80, ал. 2;
	// чл. 85, ал. 1): an employment income, every contribution (КСО чл. 6), tax on the
	// income less the person's contributions (ЗДДФЛ чл. 42).
	BasisAgreement PayBasis = "agreement"
	// BasisCivil: an external individual on a civil contract (чл. 80, ал. 4; чл. 106, ал. 2):
	// the statutory costs deduction (ЗДДФЛ чл. 29), pension and health contributions on the
	// income after it when it reaches the minimum wage (КСО чл. 4, ал. 3, т. 5), advance tax
	// withheld (ЗДДФЛ чл. 65).
	BasisCivil PayBasis = "civil"
	// BasisInvoice: a firm, paid its invoice; the school withholds nothing (чл. 81, ал. 3).
	BasisInvoice PayBasis = "invoice"
)

// Label is the basis as the statement names it.
func (b PayBasis) Label() string {
	switch b {
	case BasisCivil:
		return "граждански договор"
	case BasisInvoice:
		return "договор с фирма"
	}
	return "допълнително споразумение"
}

// Basis is how p is paid: staff on an agreement; an external person with a supplier record is
// a firm paid on invoice; an external person without one is an individual on a civil contract.
func (p *Person) Basis() PayBasis {
	switch {
	case p.Engagement != External:
		return BasisAgreement
	case p.SupplierID != "":
		return BasisInvoice
	}
	return BasisCivil
}

// InsuranceStatus is an individual's declaration of insurance status for a civil contract.
// Persisted.
type InsuranceStatus string

// Declarations. None given: the contract's income is insured as the law says (КСО чл. 4,
// ал. 3, т. 5).
const (
	InsuranceDeclared  InsuranceStatus = ""
	InsurancePensioner InsuranceStatus = "pensioner" // receives a pension: no health part (ЗЗО чл. 40, ал. 3, т. 1)
	// InsuranceAtMax: insured elsewhere on the maximum insurable income for the month: no
	// contributions are due on more (КСО чл. 6, ал. 2, the ceiling of the annual ЗБДОО).
	InsuranceAtMax InsuranceStatus = "max-income"
)

// Label is the declaration as the statement prints it.
func (s InsuranceStatus) Label() string {
	switch s {
	case InsurancePensioner:
		return "декларира, че е пенсионер"
	case InsuranceAtMax:
		return "декларира осигуряване върху максималния осигурителен доход"
	}
	return "декларира, че не е осигурен на максималния доход"
}

// PartPay is one contribution of a pay line.
type PartPay struct {
	Code, Name         string
	Employee, Employer Money
}

// PayLine is the pay of one person in one role for some hours, as the statement shows it.
// Every amount is rounded half up to the cent on its own and the lines below are computed from
// the rounded lines above, so: Gross = Net + EmployeeContrib + IncomeTax, EmployeeContrib and
// EmployerContrib are the sums of the parts, Cost = Gross + EmployerContrib.
type PayLine struct {
	Basis PayBasis
	Hours Hours
	Rate  Money
	Gross Money
	// Costs is the statutory costs deduction of a civil contract (ЗДДФЛ чл. 29); zero on an
	// agreement.
	Costs Money
	// Insurable is the income contributions are computed on: the gross on an agreement, the
	// gross less Costs on a civil contract, zero when none are due.
	Insurable       Money
	Parts           []PartPay
	EmployeeContrib Money
	Taxable         Money
	IncomeTax       Money
	Net             Money
	EmployerContrib Money
	Cost            Money
}

// PayTerms are what of a person decides the contributions: the basis, a civil contractor's
// declaration, and whether born before 1.1.1960 (insured in no universal pension fund, КСО
// чл. 157, ал. 1, т. 1, with the pension fund's higher rate instead).
type PayTerms struct {
	Basis          PayBasis
	Insurance      InsuranceStatus
	BornBefore1960 bool
	// InsurableMax is the most of the line's income contributions are due on: the maximum
	// monthly insurable income of the line's months (КСО чл. 6, ал. 2, т. 1; its amount is
	// the annual ЗБДОО's, PayRateSet.MaxInsurableOn) less what the person's other rows of the
	// statement already used (Insurable). A zero Money (no currency) sets no ceiling.
	InsurableMax Money
}

// TermsOf are person p's pay terms; the birth year comes from an ЕГН (an ЛНЧ has none: born
// later is assumed).
func TermsOf(p *Person) PayTerms {
	t := PayTerms{Basis: p.Basis(), Insurance: p.Insurance}
	if birth, _, ok := EGNInfo(p.PersonalNumber); ok {
		t.BornBefore1960 = birth.Year() < 1960
	}
	return t
}

// ComputePayLine computes the pay of h hours at rate on terms t under the set of rates s, in
// currency cur (the gross is computed in the rate's currency and converted once). A lev gross
// paid in euro — hours of 2025 paid from 1 January 2026 — is remuneration set in leva and not
// paid before the euro's day: it converts in the person's favour (ToEURPay, ЗВЕРБ's rule for
// remuneration); a firm's invoice (BasisInvoice) is a price and keeps the general rule (ToEUR).
func ComputePayLine(h Hours, rate Money, t PayTerms, s *PayRateSet, cur Currency) PayLine {
	b, ins := t.Basis, t.Insurance
	if !cur.Valid() {
		cur = rate.Currency
	}
	zero := Money{Currency: cur}
	gross := h.Pay(rate).InPay(cur)
	if b == BasisInvoice {
		gross = h.Pay(rate).In(cur)
	}
	l := PayLine{Basis: b, Hours: h, Rate: rate, Gross: gross, Costs: zero, Insurable: zero,
		EmployeeContrib: zero, Taxable: zero, IncomeTax: zero, EmployerContrib: zero}
	if b == BasisInvoice || s == nil {
		l.Net, l.Cost = gross, gross
		return l
	}
	taxBase := gross
	switch b {
	case BasisCivil:
		l.Costs = gross.Percent(s.CivilCostsBp)
		taxBase = gross.Sub(l.Costs)
		if ins != InsuranceAtMax && taxBase.Cmp(s.MinWage.In(cur)) >= 0 {
			l.Insurable = taxBase
		}
	default:
		l.Insurable = gross
	}
	if m := t.InsurableMax; m.Currency.Valid() && l.Insurable.Cmp(m.In(cur)) > 0 {
		l.Insurable = m.In(cur)
		if l.Insurable.Minor < 0 {
			l.Insurable = zero
		}
	}
	for _, c := range s.Contributions {
		if b == BasisCivil && (!c.Civil || c.PensionerExempt && ins == InsurancePensioner) {
			continue
		}
		e, r := c.EmployeeBp, c.EmployerBp
		if t.BornBefore1960 && c.BornBefore1960 != nil {
			e, r = c.BornBefore1960.EmployeeBp, c.BornBefore1960.EmployerBp
		}
		if e == 0 && r == 0 {
			continue
		}
		pp := PartPay{Code: c.Code, Name: c.Name, Employee: l.Insurable.Percent(e), Employer: l.Insurable.Percent(r)}
		l.Parts = append(l.Parts, pp)
		l.EmployeeContrib = l.EmployeeContrib.Add(pp.Employee)
		l.EmployerContrib = l.EmployerContrib.Add(pp.Employer)
	}
	l.Taxable = taxBase.Sub(l.EmployeeContrib)
	if l.Taxable.Minor < 0 {
		l.Taxable = zero
	}
	l.IncomeTax = l.Taxable.Percent(s.IncomeTaxBp)
	l.Net = gross.Sub(l.EmployeeContrib).Sub(l.IncomeTax)
	l.Cost = gross.Add(l.EmployerContrib)
	return l
}

// emptyLine is a zero line in cur, to add lines into.
func emptyLine(cur Currency) PayLine {
	z := Money{Currency: cur}
	return PayLine{Gross: z, Costs: z, Insurable: z, EmployeeContrib: z, Taxable: z, IncomeTax: z, Net: z,
		EmployerContrib: z, Cost: z}
}

// Add adds o's amounts into l (hours, gross, each part by code, totals); the rate is kept. An
// amount of another currency than l's is converted to it (a lev month in a euro year's total).
func (l *PayLine) Add(o *PayLine) {
	l.Hours += o.Hours
	for _, m := range []struct{ to, from *Money }{{&l.Gross, &o.Gross}, {&l.Costs, &o.Costs},
		{&l.Insurable, &o.Insurable}, {&l.EmployeeContrib, &o.EmployeeContrib}, {&l.Taxable, &o.Taxable},
		{&l.IncomeTax, &o.IncomeTax}, {&l.Net, &o.Net}, {&l.EmployerContrib, &o.EmployerContrib}, {&l.Cost, &o.Cost}} {
		if !m.to.Currency.Valid() {
			*m.to = Money{Currency: m.from.Currency}
		}
		*m.to = m.to.Add(m.from.In(m.to.Currency))
	}
next:
	for _, p := range o.Parts {
		for i := range l.Parts {
			if l.Parts[i].Code == p.Code {
				l.Parts[i].Employee = l.Parts[i].Employee.Add(p.Employee.In(l.Parts[i].Employee.Currency))
				l.Parts[i].Employer = l.Parts[i].Employer.Add(p.Employer.In(l.Parts[i].Employer.Currency))
				continue next
			}
		}
		if l.Gross.Currency.Valid() {
			p.Employee, p.Employer = p.Employee.In(l.Gross.Currency), p.Employer.In(l.Gross.Currency)
		}
		l.Parts = append(l.Parts, p)
	}
}

// checkPayTerms refuses a further role's rate for a role the person does not have, or without
// an amount, and an unknown declaration.
func (p *Person) checkPayTerms(es *Errors) {
	for _, r := range p.RoleRates {
		if !p.Has(r.Role) || r.Rate.Minor <= 0 || !r.Rate.Currency.Valid() {
			es.Add(Errorf(CodeInvalidRate, "RoleRates", "ставката за ролята „%s“ трябва да е положителна сума и лицето да има тази роля", r.Role.Label()))
		}
	}
	switch p.Insurance {
	case InsuranceDeclared, InsurancePensioner, InsuranceAtMax:
	default:
		es.Add(Errorf(CodeInvalidInsurance, "Insurance", "изберете осигурителния статус от декларацията на лицето"))
	}
}
