package model

import "fmt"

// checkIneligible reports the costs of чл. 97 an expense carries: recoverable VAT claimed
// (т. 1) and the costs of т. 2–5, each an error of its own.
func (c *checker) checkIneligible(e *Expense, name docName) {
	refs := ref(KindExpense, e.ID)
	if e.VATRecoverable && e.Ineligible.VATClaimed && e.VAT.Minor > 0 {
		c.add(SeverityError, AreaExpenses, "чл. 97, т. 1", CodeExpenseRecoverableVATClaimed, refs,
			"ДДС %s по %s е възстановим и е заявен за плащане: възстановимият ДДС не е допустим разход", e.VAT, name)
	}
	for _, pt := range e.Ineligible.points() {
		if pt.on {
			c.add(SeverityError, AreaExpenses, pt.art, pt.code, refs,
				"%s е отбелязан като %s: такъв разход не е допустим", name, pt.what)
		}
	}
}

// checkOverheads applies чл. 79, т. 9 and т. 11 to an external provider's overheads (power,
// phone, heating, water): only when the activity is held in the provider's own premises, and at
// most the profile's share (10 %) of the remuneration, which is the rest of the amount without VAT.
func (c *checker) checkOverheads(e *Expense, name docName) {
	if !externalProvider(e.CostType) || e.Overheads.Minor <= 0 || e.Overheads.Currency != e.Net.Currency {
		return
	}
	art := fmt.Sprintf("чл. 79, т. %d", int(e.CostType))
	refs := ref(KindExpense, e.ID)
	if !e.ExternalPremises {
		c.add(SeverityError, AreaExpenses, art, CodeOverheadsOnSchoolPremises, refs,
			"%s включва режийни разходи %s, а дейността се провежда на територията на училището: тогава изпълнителят получава само възнаграждението на ръководителя", name, e.Overheads)
		return
	}
	pay := e.Net.Sub(e.Overheads)
	if e.Overheads.Minor*10000 > pay.Minor*c.p.OverheadBp {
		max := Money{Minor: pay.Minor * c.p.OverheadBp / 10000, Currency: pay.Currency}
		c.add(SeverityError, AreaExpenses, art, CodeOverheadsOverCap, refs,
			"режийните разходи по %s са %s при възнаграждения %s: допустими са до %s (%s от възнагражденията)",
			name, e.Overheads, pay, max, bpString(c.p.OverheadBp))
	}
}

// checkProjectName requires a materials or consumables invoice to name the project (чл. 105,
// ал. 2: a separate invoice with the project's number and name; the number is чл. 101's check).
func (c *checker) checkProjectName(e *Expense, name docName) {
	if (e.CostType == 2 || e.CostType == 3) && e.DocKind == DocInvoice && !e.ProjectNameOnDocs {
		c.add(SeverityError, AreaExpenses, "чл. 105, ал. 2", CodeInvoiceNoProjectName, ref(KindExpense, e.ID),
			"%s за материали/консумативи не съдържа името на проекта: отчита се с отделна фактура с номера и името на проекта", name)
	}
}

// checkEntries applies the 5 days of чл. 98, ал. 3 to contracts and additional agreements, as
// checkEntered does to expenses: entered more than the profile's days after signing is late.
func (c *checker) checkEntries() {
	for i := range c.d.Contracts {
		ct := &c.d.Contracts[i]
		if days, late := c.enteredLate(ct.Date, ct.EnteredOn); late {
			c.add(SeverityWarning, AreaExpenses, "чл. 98, ал. 3", CodeContractEnteredLate, ref(KindContract, ct.ID),
				"договор № %s от %s е въведен %d дни след подписването, а срокът е %d дни", ct.Number, ct.Date, days, c.p.EntryDays)
		}
	}
	for i := range c.d.People {
		p := &c.d.People[i]
		if days, late := c.enteredLate(p.AgreementDate, p.AgreementEnteredOn); late {
			c.add(SeverityWarning, AreaExpenses, "чл. 98, ал. 3", CodeAgreementEnteredLate, ref(KindPerson, p.ID),
				"допълнителното споразумение/договорът № %s от %s с %s е въведен %d дни след подписването, а срокът е %d дни",
				p.AgreementNo, p.AgreementDate, p.Name, days, c.p.EntryDays)
		}
	}
}

// enteredLate is how many days after signed a document was entered, and whether that is past
// the profile's days; unknown dates are never late.
func (c *checker) enteredLate(signed, entered Date) (int, bool) {
	if signed.IsZero() || entered.IsZero() {
		return 0, false
	}
	days := signed.DaysUntil(entered)
	return days, days > c.p.EntryDays
}
