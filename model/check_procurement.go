package model

// ProcurementTotal is the expected value without VAT, in leva, of one procurement subject for
// the year (чл. 108, ал. 4), services of Annex 2 apart, with the figures it is made of.
type ProcurementTotal struct {
	Subject string
	Annex2  bool
	// Net is the expected value that decides the procedure: the larger of what is committed
	// (each contract's value or, when more, its expenses, plus the expenses outside contracts)
	// and what the programme's plan sets for the subject. BGN: the thresholds are in leva.
	Net        Money
	Spent      Money // the expenses' values without VAT
	Contracted Money // the contracts' values without VAT
	Planned    Money // the plan lines of the subject
}

// procurementKey is a subject of procurement, Annex 2 services apart.
type procurementKey struct {
	subject string
	annex2  bool
}

// ProcurementTotals sums, per subject of the year (чл. 108, ал. 4: the expected costs of the
// activity for the school year, whatever funds them), the contracts' values, the expenses' values
// without VAT and the plan's amounts, and takes the larger of committed and planned as the
// expected value. A contract's subject stands in for an expense without one; hall rent is exempt
// (чл. 108, ал. 3). In the order the subjects first appear: expenses, contracts, plan.
func ProcurementTotals(d *YearData) []ProcurementTotal {
	s := &procurementSums{index: map[procurementKey]int{}, uncovered: map[procurementKey]Money{},
		committed: map[procurementKey]Money{}, underContract: map[ID]Money{}}
	s.addExpenses(d)
	s.addContracts(d)
	for _, l := range d.Programme.Plan {
		if l.Subject != "" && l.Amount.Currency.Valid() {
			t := s.at(planKey(s.index, l.Subject))
			t.Planned = t.Planned.Add(l.Amount.ToBGN())
		}
	}
	for k, j := range s.index {
		t := &s.out[j]
		t.Net = maxMoney(s.committed[k].ToBGN().Add(s.uncovered[k].ToBGN()), t.Planned)
	}
	return s.out
}

// procurementSums gathers ProcurementTotals: the totals by subject, the expenses outside a
// contract of their subject, the contracts' committed values and each contract's expenses.
type procurementSums struct {
	out                  []ProcurementTotal
	index                map[procurementKey]int
	uncovered, committed map[procurementKey]Money
	underContract        map[ID]Money
}

// at returns the total of subject k, added in leva at zero when new.
func (s *procurementSums) at(k procurementKey) *ProcurementTotal {
	j, seen := s.index[k]
	if !seen {
		j = len(s.out)
		s.index[k] = j
		zero := Money{Currency: BGN}
		s.out = append(s.out, ProcurementTotal{Subject: k.subject, Annex2: k.annex2, Net: zero, Spent: zero, Contracted: zero, Planned: zero})
	}
	return &s.out[j]
}

// addExpenses sums the expenses by subject; one under a contract of its subject counts toward
// that contract, the others toward their subject directly.
func (s *procurementSums) addExpenses(d *YearData) {
	contracts := ByID(d.Contracts)
	for i := range d.Expenses {
		e := &d.Expenses[i]
		ct := contracts[e.ContractID]
		k := procurementKey{subject: e.Subject}
		if ct != nil {
			if ct.HallRent {
				continue
			}
			k.annex2 = ct.Annex2
			if k.subject == "" {
				k.subject = ct.Subject
			}
		}
		if k.subject == "" || !e.Net.Currency.Valid() {
			continue
		}
		t, net := s.at(k), e.Net.ToBGN()
		t.Spent = t.Spent.Add(net)
		if ct != nil && k.subject == ct.Subject {
			s.underContract[ct.ID] = s.underContract[ct.ID].ToBGN().Add(net)
		} else {
			s.uncovered[k] = s.uncovered[k].ToBGN().Add(net)
		}
	}
}

// addContracts commits each contract at its value, or at its expenses when they are more.
func (s *procurementSums) addContracts(d *YearData) {
	for i := range d.Contracts {
		ct := &d.Contracts[i]
		if ct.HallRent || ct.Subject == "" {
			continue
		}
		k := procurementKey{ct.Subject, ct.Annex2}
		t, v := s.at(k), ct.Value.ToBGN()
		t.Contracted = t.Contracted.Add(v)
		s.committed[k] = s.committed[k].ToBGN().Add(maxMoney(v, s.underContract[ct.ID].ToBGN()))
	}
}

// planKey is the subject a plan line names: the Annex 2 one when only that is known.
func planKey(index map[procurementKey]int, subject string) procurementKey {
	k := procurementKey{subject: subject}
	if _, ok := index[k]; !ok {
		if _, ok := index[procurementKey{subject, true}]; ok {
			k.annex2 = true
		}
	}
	return k
}

func maxMoney(a, b Money) Money {
	if b.Cmp(a) > 0 {
		return b
	}
	return a
}

// ProcurementThreshold is one threshold of the Public Procurement Act for a subject's expected
// value: up to Limit the procedure of Within applies; above it, Next, by Article.
type ProcurementThreshold struct {
	Limit   Amount
	Within  string // the article that allows the procedure up to the limit
	Article string // the article whose procedure applies above it
	Next    string // what is needed above it
}

// ProcurementThresholds are the thresholds that apply to a subject, lowest first: direct award
// up to чл. 109, ал. 1, then collection of offers (чл. 110) up to 70 000 лв., then a procedure
// (чл. 116); services of Annex 2 are awarded directly up to 70 000 лв. (чл. 109, ал. 2), then
// a procedure (чл. 116 applies to every subject).
func ProcurementThresholds(p *Profile, annex2 bool) []ProcurementThreshold {
	pr := p.Procurement
	procedure := ProcurementThreshold{Article: "чл. 116", Next: "процедура по ЗОП (чл. 116)"}
	if annex2 {
		procedure.Limit, procedure.Within = pr.Annex2, "чл. 109, ал. 2"
		return []ProcurementThreshold{procedure}
	}
	procedure.Limit, procedure.Within = pr.Collection, "чл. 110, ал. 1"
	return []ProcurementThreshold{
		{Limit: pr.DirectAward, Within: "чл. 109, ал. 1", Article: "чл. 110", Next: "събиране на оферти с обява или покана (чл. 110)"},
		procedure}
}

// checkProcurement reports each subject whose expected value is over a threshold (a warning:
// the data cannot tell whether the procedure was held), citing the article whose procedure then
// applies, and near a threshold — that warning is ours, not the instruction's, and says so.
func (c *checker) checkProcurement() {
	for _, t := range ProcurementTotals(c.d) {
		c.checkThresholds(t)
	}
}

func (c *checker) checkThresholds(t ProcurementTotal) {
	steps := ProcurementThresholds(c.p, t.Annex2)
	sum := t.Net
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		limit := s.Limit.Lev() // compared in leva, the law's figures, and printed so (euro in brackets)
		switch {
		case sum.Cmp(limit) > 0:
			c.add(SeverityWarning, AreaProcurement, s.Article, CodeProcurementOver, nil,
				"очакваната стойност без ДДС за „%s“ е %s, над прага %s (%s): нужно е %s",
				t.Subject, BothCurrencies(sum), BothCurrencies(limit), s.Within, s.Next)
			return
		case sum.Cmp(limit.Percent(c.p.Procurement.NearBp)) >= 0:
			c.add(SeverityWarning, AreaProcurement, s.Within, CodeProcurementNear, nil,
				"очакваната стойност без ДДС за „%s“ е %s, близо до прага %s: над него е нужно %s (предупреждение на програмата, не изискване на указанията)",
				t.Subject, BothCurrencies(sum), BothCurrencies(limit), s.Next)
			return
		}
	}
}

// BothCurrencies prints m in its own currency with the other in brackets: „30 000,01 лв.
// (15 338,77 €)“. A comparison is printed in the currency it was made in, so that a message never
// reads „15 338,76 € над прага 15 338,76 €“.
func BothCurrencies(m Money) string {
	other := EUR
	if m.Currency == EUR {
		other = BGN
	}
	return m.String() + " (" + m.In(other).String() + ")"
}
