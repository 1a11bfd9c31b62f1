package model

import "strconv"

// The contribution and tax rates of pay change by law on 1 January, by the annual budget laws
// of the social-security fund (ЗБДОО) and of the health fund (ЗБНЗОК), on the frames of the
// Кодекс за социално осигуряване (КСО), the Закон за здравното осигуряване (ЗЗО) and the
// Закон за данъците върху доходите на физическите лица (ЗДДФЛ). The rule profile holds them as
// dated sets (PayRules.Rates), each figure with the article it comes from; a month of work
// takes the set in force on its first day (RatesOn). Nothing of the law is a constant here.

// ContribPart is one contribution of the law: a fund, who pays what share of the insurable
// income, and whether it is due on a civil contract too.
type ContribPart struct {
	Code       string `json:"code"` // pension, illness, unemployment, accident, dzpo, health
	Name       string `json:"name"` // as the statement prints it: „ДОО – фонд „Пенсии“ “
	EmployeeBp int64  `json:"employeeBp"`
	EmployerBp int64  `json:"employerBp"`
	// Civil: due also on a civil contract (КСО чл. 4, ал. 3, т. 5 insures such a person for
	// pension only; ЗЗО чл. 40, ал. 1 for health); staff on an agreement owe every part.
	Civil bool `json:"civil"`
	// PensionerExempt: not due from a pensioner on a civil contract (ЗЗО чл. 40, ал. 3, т. 1:
	// the state pays a pensioner's health contributions).
	PensionerExempt bool   `json:"pensionerExempt"`
	Article         string `json:"article"`
	// BornBefore1960 are the part's rates for a person born before 1.1.1960 when they differ
	// (the pension fund's 19,8 %; no universal pension fund); nil: the same.
	BornBefore1960 *PartRates `json:"bornBefore1960,omitempty"`
}

// PartRates are a part's employee and employer rates in basis points.
type PartRates struct {
	EmployeeBp int64 `json:"employeeBp"`
	EmployerBp int64 `json:"employerBp"`
}

// PayRateSet is the rates in force from a date until the next set's date.
type PayRateSet struct {
	From   string `json:"from"`   // yyyy-mm-dd, a 1 January
	Source string `json:"source"` // the laws that set the figures, and what is not yet confirmed
	// Contributions are for a person born after 31.12.1959 (insured in a universal pension
	// fund too, КСО чл. 157, ал. 1, т. 1); a part's BornBefore1960 gives the older split.
	Contributions []ContribPart `json:"contributions"`
	IncomeTaxBp   int64         `json:"incomeTaxBp"`
	TaxArticle    string        `json:"taxArticle"`
	// CivilCostsBp is the statutory costs deduction of a civil contract's income.
	CivilCostsBp      int64  `json:"civilCostsBp"`
	CivilCostsArticle string `json:"civilCostsArticle"`
	CivilTaxArticle   string `json:"civilTaxArticle"`
	// MinWage is the monthly minimum wage: a civil contract's income after the costs is
	// insured only when it reaches it (CivilInsuredArticle).
	MinWage             Amount `json:"minWage"`
	MinWageSource       string `json:"minWageSource"`
	CivilInsuredArticle string `json:"civilInsuredArticle"`
	// CivilDocs are the supporting documents of a civil contract's pay, with their articles.
	CivilDocs []RequiredDocRule `json:"civilDocs"`
	// MaxInsurable is the maximum monthly insurable income (максимален месечен размер на
	// осигурителния доход, КСО чл. 6, ал. 2, т. 1), set by the annual ЗБДОО; it can change
	// within the year (2025: from 1 April), so it is dated too (MaxInsurableOn).
	MaxInsurable []DatedAmount `json:"maxInsurable"`
}

// DatedAmount is an amount of the law in force from a day, with where it comes from.
type DatedAmount struct {
	From   string `json:"from"` // yyyy-mm-dd
	Amount Amount `json:"amount"`
	Source string `json:"source"`
}

// MaxInsurableOn is the maximum monthly insurable income in force on day on in currency cur,
// and false when the set gives none from that day.
func (s *PayRateSet) MaxInsurableOn(on Date, cur Currency) (Money, bool) {
	var best *DatedAmount
	for i := range s.MaxInsurable {
		m := &s.MaxInsurable[i]
		if from, err := ParseDate(m.From); err == nil && !on.Before(from) {
			best = m
		}
	}
	if best == nil {
		return Money{}, false
	}
	return best.Amount.In(cur), true
}

// RequiredDocRule is a document a rule of the profile requires, with its article.
type RequiredDocRule struct {
	Kind    DocKind `json:"kind"`
	Article string  `json:"article"`
}

// FromDate is the set's first day.
func (s *PayRateSet) FromDate() Date {
	d, _ := ParseDate(s.From) // checked when the profile is loaded (validateRateSets)
	return d
}

// Totals are the set's sums of the employee's and the employer's parts, on an agreement
// (civil false) or a civil contract.
func (s *PayRateSet) Totals(civil bool) (employee, employer int64) {
	for _, c := range s.Contributions {
		if !civil || c.Civil {
			employee += c.EmployeeBp
			employer += c.EmployerBp
		}
	}
	return employee, employer
}

// RatesOn is the profile's set of pay rates in force on day on: the last set from on or
// before it; the first set for a day before all of them.
func (p *Profile) RatesOn(on Date) *PayRateSet {
	var best *PayRateSet
	for i := range p.Pay.Rates {
		s := &p.Pay.Rates[i]
		if from := s.FromDate(); !on.Before(from) && (best == nil || best.FromDate().Before(from)) {
			best = s
		}
	}
	if best == nil && len(p.Pay.Rates) > 0 {
		best = &p.Pay.Rates[0]
	}
	return best
}

// validateRateSets checks the dated sets: a date each, in order, parts within 0–100 %.
func (p *Profile) validateRateSets() error {
	if len(p.Pay.Rates) == 0 {
		return profileErr("pay.rates", "липсват ставките на осигуровките и данъка по дати")
	}
	var prev Date
	for i := range p.Pay.Rates {
		s := &p.Pay.Rates[i]
		f := "pay.rates[" + strconv.Itoa(i) + "]"
		d, err := ParseDate(s.From)
		if err != nil {
			return profileErr(f+".from", "„%s“ не е дата", s.From)
		}
		if i > 0 && !prev.Before(d) {
			return profileErr(f+".from", "датите на ставките трябва да растат")
		}
		prev = d
		if len(s.Contributions) == 0 {
			return profileErr(f+".contributions", "липсват осигурителните вноски")
		}
		for _, bp := range []int64{s.IncomeTaxBp, s.CivilCostsBp} {
			if bp < 0 || bp > 10000 {
				return profileErr(f, "ставка извън 0–100 %%")
			}
		}
		for _, c := range s.Contributions {
			if c.EmployeeBp < 0 || c.EmployerBp < 0 || c.EmployeeBp > 10000 || c.EmployerBp > 10000 || c.Article == "" {
				return profileErr(f+".contributions."+c.Code, "вноската трябва да е между 0 и 100 %% и да цитира закона")
			}
		}
		if err := checkAmount(f+".minWage", s.MinWage); err != nil {
			return err
		}
		if s.MinWage.BGN <= 0 || s.TaxArticle == "" || s.CivilCostsArticle == "" || s.CivilInsuredArticle == "" {
			return profileErr(f, "липсва минималната работна заплата или член на закона")
		}
		if err := validateMaxInsurable(f+".maxInsurable", d, s.MaxInsurable); err != nil {
			return err
		}
	}
	return nil
}

// validateMaxInsurable checks the set's maximum insurable incomes: the first from the set's
// own day, later ones in order, each an amount with its source. None is allowed: a profile
// file kept with a year before the ceiling was added sets no ceiling and stays readable.
func validateMaxInsurable(f string, setFrom Date, ms []DatedAmount) error {
	var prev Date
	for i, m := range ms {
		d, err := ParseDate(m.From)
		if err != nil || (i == 0 && d != setFrom) || (i > 0 && !prev.Before(d)) {
			return profileErr(f, "„%s“: първата дата трябва да е тази на ставките, а следващите да растат", m.From)
		}
		prev = d
		if err := checkAmount(f, m.Amount); err != nil {
			return err
		}
		if m.Source == "" {
			return profileErr(f, "липсва източникът на максималния осигурителен доход от %s", m.From)
		}
	}
	return nil
}
