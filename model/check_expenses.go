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
			c.add(SeverityError, AreaExpenses, "чл. 96, т. 5", CodeExpenseOffset, refs,
				"%s е платен с прихващане: такъв разход не е допустим", name)
		case !paidInFull(e):
			c.add(SeverityError, AreaExpenses, "чл. 96, т. 5", CodeExpenseNotPaid, refs,
				"%s не е платен изцяло (с ДДС): допустим е само действително платен разход", name)
		}
		c.checkExpensePeriod(e, name)
		if !e.ProjectNoOnDocs {
			c.add(SeverityError, AreaExpenses, "чл. 101", CodeExpenseNoProjectNumber, refs,
				"по документите на %s не е отбелязан номерът на проекта %s", name, c.p.ProjectNumber)
		}
		if limit := c.p.CashLimit.In(e.PaidAmount.Currency); e.PaidBy == Cash && e.PaidAmount.Currency.Valid() && e.PaidAmount.Cmp(limit) > 0 {
			c.add(SeverityError, AreaExpenses, "чл. 106, ал. 1, т. 3", CodeExpenseCashLimit, refs,
				"%s е платен в брой %s: в брой се плаща до %s", name, e.PaidAmount, limit)
		}
		c.checkIneligible(e, name)
		c.checkOverheads(e, name)
		c.checkProjectName(e, name)
		c.checkSupportingDocs(e, name)
		c.checkEntered(e, name)
	}
}

// expenseName names e in a finding by its document, in the finding's language (docName).
func expenseName(e *Expense) docName {
	return docName{kind: e.DocKind, number: e.DocNumber, date: e.DocDate}
}

// checkExpensePeriod requires payment within the school year, not before the programme was
// approved and not after the profile's eligible period (чл. 96, т. 2).
func (c *checker) checkExpensePeriod(e *Expense, name docName) {
	if e.PaidOn.IsZero() {
		return
	}
	prog := c.d.Programme
	out := prog.Year > 0 && !prog.Year.Contains(e.PaidOn)
	out = out || (!prog.ApprovedOn.IsZero() && e.PaidOn.Before(prog.ApprovedOn))
	out = out || (!c.eligibleUntil.IsZero() && e.PaidOn.After(c.eligibleUntil))
	if out {
		c.add(SeverityError, AreaExpenses, "чл. 96, т. 2", CodeExpenseOutsidePeriod, ref(KindExpense, e.ID),
			"%s е платен на %s, извън допустимия период (от одобряването на програмата, в учебната %s година)", name, e.PaidOn, prog.Year)
	}
}

// checkSupportingDocs reports an expense without documents and each recorded document that is
// not present, citing the point of чл. 104–106 that requires it for this kind of expense.
func (c *checker) checkSupportingDocs(e *Expense, name docName) {
	refs := ref(KindExpense, e.ID)
	req := RequiredDocs(e)
	if len(e.SupportingDocs) == 0 {
		c.add(SeverityWarning, AreaExpenses, docsArticle(req), CodeExpenseNoDocuments, refs,
			"към %s няма въведени разходооправдателни документи", name)
		return
	}
	for _, k := range MissingDocs(e) {
		c.add(SeverityWarning, AreaExpenses, docArticle(req, k), CodeExpenseDocumentMissing, refs,
			"към %s липсва документ: %s", name, k)
	}
	for _, r := range NotEnteredDocs(e) {
		c.add(SeverityWarning, AreaExpenses, r.Article, CodeExpenseDocumentNotEntered, refs,
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
func (c *checker) checkEntered(e *Expense, name docName) {
	last := e.DocDate
	if e.PaidOn.After(last) {
		last = e.PaidOn
	}
	if days, late := c.enteredLate(last, e.EnteredOn); late {
		c.add(SeverityWarning, AreaExpenses, "чл. 98, ал. 3", CodeExpenseEnteredLate, ref(KindExpense, e.ID),
			"%s е въведен %d дни след подписването/плащането, а срокът е %d дни", name, days, c.p.EntryDays)
	}
}
