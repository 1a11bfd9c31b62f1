package model

import "strings"

// checkExpenses checks each expense's eligibility: paid in full and not by offsetting
// (чл. 96, т. 5), within the eligible period (чл. 96, т. 2), the project number on the documents
// (чл. 101), the cash limit (чл. 106), the ineligible costs of чл. 97, an external provider's
// overheads (чл. 79, т. 9, 11), the project's name on a materials invoice (чл. 105, ал. 2),
// supporting documents (чл. 104–106) and the time it was entered (чл. 98, ал. 3).
func (c *checker) checkExpenses() {
	for i := range c.d.Expenses {
		e := &c.d.Expenses[i]
		refs := ref(KindExpense, e.ID)
		name := expenseName(e)
		switch {
		case e.Offset:
			c.add(SeverityError, AreaExpenses, "чл. 96, т. 5", "expense_offset", refs,
				"%s е платен с прихващане: такъв разход не е допустим", name)
		case !paidInFull(e):
			c.add(SeverityError, AreaExpenses, "чл. 96, т. 5", "expense_not_paid", refs,
				"%s не е платен изцяло (с ДДС): допустим е само действително платен разход", name)
		}
		c.checkExpensePeriod(e, name)
		if !e.ProjectNoOnDocs {
			c.add(SeverityError, AreaExpenses, "чл. 101", "expense_no_project_number", refs,
				"по документите на %s не е отбелязан номерът на проекта %s", name, c.p.ProjectNumber)
		}
		if limit := c.p.CashLimit.In(e.PaidAmount.Currency); e.PaidBy == Cash && e.PaidAmount.Currency.Valid() && e.PaidAmount.Cmp(limit) > 0 {
			c.add(SeverityError, AreaExpenses, "чл. 106, ал. 1, т. 3", "expense_cash_limit", refs,
				"%s е платен в брой %s: в брой се плаща до %s", name, e.PaidAmount, limit)
		}
		c.checkIneligible(e, name)
		c.checkOverheads(e, name)
		c.checkProjectName(e, name)
		c.checkSupportingDocs(e, name)
		c.checkEntered(e, name)
	}
}

func expenseName(e *Expense) string {
	s := "разход"
	if e.DocKind != "" {
		s = string(e.DocKind)
	}
	if e.DocNumber != "" {
		s += " № " + e.DocNumber
	}
	if !e.DocDate.IsZero() {
		s += " от " + e.DocDate.String()
	}
	return s
}

// checkExpensePeriod requires payment within the school year, not before the programme was
// approved and not after the profile's eligible period (чл. 96, т. 2).
func (c *checker) checkExpensePeriod(e *Expense, name string) {
	if e.PaidOn.IsZero() {
		return
	}
	prog := c.d.Programme
	out := prog.Year > 0 && !prog.Year.Contains(e.PaidOn)
	out = out || (!prog.ApprovedOn.IsZero() && e.PaidOn.Before(prog.ApprovedOn))
	out = out || (!c.eligibleUntil.IsZero() && e.PaidOn.After(c.eligibleUntil))
	if out {
		c.add(SeverityError, AreaExpenses, "чл. 96, т. 2", "expense_outside_period", ref(KindExpense, e.ID),
			"%s е платен на %s, извън допустимия период (от одобряването на програмата, в учебната %s година)", name, e.PaidOn, prog.Year)
	}
}

// checkSupportingDocs reports an expense without documents and each recorded document that is
// not present, citing the point of чл. 104–106 that requires it for this kind of expense.
func (c *checker) checkSupportingDocs(e *Expense, name string) {
	refs := ref(KindExpense, e.ID)
	req := RequiredDocs(e)
	if len(e.SupportingDocs) == 0 {
		c.add(SeverityWarning, AreaExpenses, docsArticle(req), "expense_no_documents", refs,
			"към %s няма въведени разходооправдателни документи", name)
		return
	}
	for _, k := range MissingDocs(e) {
		c.add(SeverityWarning, AreaExpenses, docArticle(req, k), "expense_document_missing", refs,
			"към %s липсва документ: %s", name, k)
	}
	for _, r := range NotEnteredDocs(e) {
		c.add(SeverityWarning, AreaExpenses, r.Article, "expense_document_not_entered", refs,
			"към %s не е въведен изискуемият документ: %s", name, r.Kind)
	}
}

// docArticle is the point that requires a document of kind k (RequiredDocs); for a document
// recorded beyond those required, the article that lists the expense's documents.
func docArticle(req []RequiredDoc, k DocKind) string {
	for _, r := range req {
		if r.Kind == k {
			return r.Article
		}
	}
	return docsArticle(req)
}

// docsArticle is the article (and paragraph) that lists the documents req: their first point
// without its „т.“, e.g. „чл. 105, ал. 1“; „чл. 104“ when none is listed.
func docsArticle(req []RequiredDoc) string {
	if len(req) == 0 {
		return "чл. 104"
	}
	a := req[0].Article
	if i := strings.LastIndex(a, ", т. "); i > 0 {
		a = a[:i]
	}
	return a
}

// checkEntered warns when an expense was entered more than the profile's days after it was
// signed or paid, whichever is later (чл. 98, ал. 3).
func (c *checker) checkEntered(e *Expense, name string) {
	if e.EnteredOn.IsZero() {
		return
	}
	last := e.DocDate
	if e.PaidOn.After(last) {
		last = e.PaidOn
	}
	if last.IsZero() {
		return
	}
	if days := last.DaysUntil(e.EnteredOn); days > c.p.EntryDays {
		c.add(SeverityWarning, AreaExpenses, "чл. 98, ал. 3", "expense_entered_late", ref(KindExpense, e.ID),
			"%s е въведен %d дни след подписването/плащането, а срокът е %d дни", name, days, c.p.EntryDays)
	}
}

// ProcurementTotal is the value without VAT, in leva, of a year's expenses for one procurement
// subject (чл. 108, ал. 4), services of Annex 2 apart.
type ProcurementTotal struct {
	Subject string
	Annex2  bool
	Net     Money // BGN: the thresholds of the Public Procurement Act are in leva
}

// ProcurementTotals sums the expenses' values without VAT per subject of the year (чл. 108,
// ал. 4), a contract's subject standing in for an expense without one; hall rent is exempt
// (чл. 108, ал. 3). In the order the subjects first appear.
func ProcurementTotals(d *YearData) []ProcurementTotal {
	contracts := ByID(d.Contracts)
	index := map[ProcurementTotal]int{}
	var out []ProcurementTotal
	for i := range d.Expenses {
		e := &d.Expenses[i]
		k := ProcurementTotal{Subject: e.Subject}
		if ct := contracts[e.ContractID]; ct != nil {
			if ct.HallRent {
				continue
			}
			k.Annex2 = ct.Annex2
			if k.Subject == "" {
				k.Subject = ct.Subject
			}
		}
		if k.Subject == "" || !e.Net.Currency.Valid() {
			continue
		}
		j, seen := index[k]
		if !seen {
			j = len(out)
			index[k] = j
			out = append(out, ProcurementTotal{Subject: k.Subject, Annex2: k.Annex2, Net: Money{Currency: BGN}})
		}
		out[j].Net = out[j].Net.Add(e.Net.ToBGN())
	}
	return out
}

// ProcurementThreshold is one threshold of the Public Procurement Act for a subject's total.
type ProcurementThreshold struct {
	Limit   Amount
	Article string
	Next    string // what is needed above it
}

// ProcurementThresholds are the thresholds that apply to a subject, lowest first: direct award
// up to чл. 109, ал. 1, then collection of offers (чл. 110) up to a procedure (чл. 116); one
// threshold for services of Annex 2 (чл. 109, ал. 2).
func ProcurementThresholds(p *Profile, annex2 bool) []ProcurementThreshold {
	pr := p.Procurement
	if annex2 {
		return []ProcurementThreshold{{pr.Annex2, "чл. 109, ал. 2", "процедура по ЗОП (чл. 116)"}}
	}
	return []ProcurementThreshold{{pr.DirectAward, "чл. 109, ал. 1", "събиране на оферти с обява (чл. 110)"},
		{pr.Collection, "чл. 116", "процедура по ЗОП (чл. 116)"}}
}

// checkProcurement warns near and over each threshold of the subjects' totals.
func (c *checker) checkProcurement() {
	for _, t := range ProcurementTotals(c.d) {
		c.checkThresholds(t)
	}
}

func (c *checker) checkThresholds(t ProcurementTotal) {
	steps := ProcurementThresholds(c.p, t.Annex2)
	cur, sum := c.currency(), t.Net
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		limit := s.Limit.Lev()
		switch {
		case sum.Cmp(limit) > 0:
			c.add(SeverityWarning, AreaProcurement, s.Article, "procurement_over", nil,
				"разходите без ДДС за „%s“ са %s, над прага %s: нужно е %s", t.Subject, sum.In(cur), s.Limit.In(cur), s.Next)
			return
		case sum.Cmp(limit.Percent(c.p.Procurement.NearBp)) >= 0:
			c.add(SeverityWarning, AreaProcurement, s.Article, "procurement_near", nil,
				"разходите без ДДС за „%s“ са %s, близо до прага %s: над него е нужно %s", t.Subject, sum.In(cur), s.Limit.In(cur), s.Next)
			return
		}
	}
}
