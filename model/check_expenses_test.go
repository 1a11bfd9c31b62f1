package model_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// onExpense changes the fixture's expense.
func onExpense(change func(e *model.Expense)) func(d *model.YearData) {
	return func(d *model.YearData) { change(&d.Expenses[0]) }
}

// gross makes the fixture's expense one of the given amount, VAT-free, paid in full.
func gross(m model.Money, by model.PaymentMethod) func(d *model.YearData) {
	return onExpense(func(e *model.Expense) {
		e.Net, e.VAT, e.PaidAmount, e.PaidBy = m, model.Money{}, m, by
	})
}

func TestCheck_Art96_5_PaidInFull(t *testing.T) {
	runRule(t, "expense_not_paid", model.SeverityError, "чл. 96, т. 5", []ruleCase{
		{"paid 1 200,00 of 1 200,00", func(d *model.YearData) {}, false},
		{"paid 1 199,99 of 1 200,00", onExpense(func(e *model.Expense) { e.PaidAmount = model.Lev(1199, 99) }), true},
		{"not paid", onExpense(func(e *model.Expense) { e.PaidBy, e.PaidOn = model.Unpaid, model.Date{} }), true},
		{"paid in euro, the same amount", onExpense(func(e *model.Expense) { e.PaidAmount = model.Euro(613, 55) }), false},
	})
}

func TestCheck_Art96_5_Offsetting(t *testing.T) {
	runRule(t, "expense_offset", model.SeverityError, "чл. 96, т. 5", []ruleCase{
		{"paid by bank", func(d *model.YearData) {}, false},
		{"offset", onExpense(func(e *model.Expense) { e.Offset = true }), true},
	})
}

func TestCheck_Art96_2_EligiblePeriod(t *testing.T) {
	paid := func(d model.Date) func(*model.YearData) {
		return onExpense(func(e *model.Expense) { e.DocDate, e.PaidOn, e.EnteredOn = d, d, d })
	}
	runRule(t, "expense_outside_period", model.SeverityError, "чл. 96, т. 2", []ruleCase{
		{"on the programme's approval", paid(day(time.October, 28)), false},
		{"the day before the approval", paid(day(time.October, 27)), true},
		{"last day of the school year", paid(day(time.August, 31)), false},
		{"first day of the next year", paid(model.NewDate(2026, time.September, 1)), true},
	})
}

func TestCheck_Art101_ProjectNumber(t *testing.T) {
	runRule(t, "expense_no_project_number", model.SeverityError, "чл. 101", []ruleCase{
		{"on the documents", func(d *model.YearData) {}, false},
		{"missing", onExpense(func(e *model.Expense) { e.ProjectNoOnDocs = false }), true},
	})
}

func TestCheck_Art106_1_3_CashLimit(t *testing.T) {
	runRule(t, "expense_cash_limit", model.SeverityError, "чл. 106, ал. 1, т. 3", []ruleCase{
		{"10 000,00 лв. in cash", gross(model.Lev(10000, 0), model.Cash), false},
		{"10 000,01 лв. in cash", gross(model.Lev(10000, 1), model.Cash), true},
		{"10 000,01 лв. by bank", gross(model.Lev(10000, 1), model.Bank), false},
		{"5 112,92 € in cash", gross(model.Euro(5112, 92), model.Cash), false},
		{"5 112,93 € in cash", gross(model.Euro(5112, 93), model.Cash), true},
	})
}

// Recoverable VAT is not eligible (чл. 97, т. 1): claimed, it is an error; not claimed, it is
// left out of the eligible amount with no finding.
func TestCheck_Art97_1_RecoverableVATClaimed(t *testing.T) {
	runRule(t, "expense_recoverable_vat_claimed", model.SeverityError, "чл. 97, т. 1", []ruleCase{
		{"VAT not recoverable", func(d *model.YearData) {}, false},
		{"VAT recoverable, not claimed", onExpense(func(e *model.Expense) { e.VATRecoverable = true }), false},
		{"VAT recoverable and claimed", onExpense(func(e *model.Expense) { e.VATRecoverable, e.Ineligible.VATClaimed = true, true }), true},
		{"claimed, but not recoverable", onExpense(func(e *model.Expense) { e.Ineligible.VATClaimed = true }), false},
		{"recoverable and claimed, no VAT", onExpense(func(e *model.Expense) {
			e.VATRecoverable, e.Ineligible.VATClaimed = true, true
			e.VAT = model.Lev(0, 0)
			e.PaidAmount = e.Net
		}), false},
	})
	e := expense("e", model.Lev(100, 0))
	e.VATRecoverable = true
	if got := e.Eligible(); got != model.Lev(100, 0) {
		t.Errorf("eligible with recoverable VAT = %v, want the amount without VAT", got)
	}
}

// The costs of чл. 97, т. 2–5 are errors each, and none of the expense is eligible.
func TestCheck_Art97_2_5_IneligibleCosts(t *testing.T) {
	cases := []struct {
		code    model.Code
		article string
		set     func(x *model.Ineligible)
	}{
		{"expense_fine", "чл. 97, т. 2", func(x *model.Ineligible) { x.Fine = true }},
		{"expense_double_funding", "чл. 97, т. 3", func(x *model.Ineligible) { x.FundedElsewhere = true }},
		{"expense_second_hand", "чл. 97, т. 4", func(x *model.Ineligible) { x.SecondHand = true }},
		{"expense_commission_fx", "чл. 97, т. 5", func(x *model.Ineligible) { x.CommissionFX = true }},
	}
	for _, tc := range cases {
		runRule(t, tc.code, model.SeverityError, tc.article, []ruleCase{
			{"not marked", func(d *model.YearData) {}, false},
			{"marked", onExpense(func(e *model.Expense) { tc.set(&e.Ineligible) }), true},
		})
		e := expense("e", model.Lev(100, 0))
		tc.set(&e.Ineligible)
		if !e.Eligible().IsZero() {
			t.Errorf("%s: eligible %v, want 0", tc.code, e.Eligible())
		}
	}
}

// An external provider's overheads (чл. 79, т. 9 and т. 11): only in its own premises, and at
// most 10 % of the remuneration (the rest of the amount without VAT).
func TestCheck_Art79_9_11_ProviderOverheads(t *testing.T) {
	provider := func(ct model.CostType, premises bool, net, overheads model.Money) func(d *model.YearData) {
		return onExpense(func(e *model.Expense) {
			e.CostType, e.ExternalPremises, e.Net, e.Overheads, e.VAT = ct, premises, net, overheads, model.Lev(0, 0)
			e.PaidAmount, e.Activity = net, model.ActInterest
		})
	}
	// 1 100,00 лв. = 1 000,00 remuneration + 100,00 overheads: exactly 10 %.
	runRule(t, "overheads_over_cap", model.SeverityError, "чл. 79, т. 9", []ruleCase{
		{"no overheads", provider(9, true, model.Lev(1100, 0), model.Lev(0, 0)), false},
		{"10 % of the remuneration", provider(9, true, model.Lev(1100, 0), model.Lev(100, 0)), false},
		{"a stotinka over 10 %", provider(9, true, model.Lev(1100, 0), model.Lev(100, 1)), true},
	})
	runRule(t, "overheads_over_cap", model.SeverityError, "чл. 79, т. 11", []ruleCase{
		{"remedial provider, 10 %", provider(11, true, model.Lev(1100, 0), model.Lev(100, 0)), false},
		{"remedial provider, over", provider(11, true, model.Lev(1100, 0), model.Lev(100, 1)), true},
	})
	runRule(t, "overheads_on_school_premises", model.SeverityError, "чл. 79, т. 9", []ruleCase{
		{"own premises", provider(9, true, model.Lev(1100, 0), model.Lev(50, 0)), false},
		{"school premises, no overheads", provider(9, false, model.Lev(1100, 0), model.Lev(0, 0)), false},
		{"school premises, overheads", provider(9, false, model.Lev(1100, 0), model.Lev(0, 1)), true},
	})
}

func TestExpenseValidate_Art79_OverheadsOnlyForProviders(t *testing.T) {
	e := expense("e", model.Lev(100, 0))
	e.Overheads = model.Lev(5, 0)
	if err := e.Validate(); model.ErrorCode(err) != "overheads_not_external" {
		t.Errorf("overheads on materials: %v", err)
	}
	e.CostType = 9
	if err := e.Validate(); err != nil {
		t.Errorf("overheads of an external provider: %v", err)
	}
	e.Overheads = model.Lev(100, 1)
	if err := e.Validate(); model.ErrorCode(err) != "invalid_range" {
		t.Errorf("overheads over the amount: %v", err)
	}
}

// A materials or consumables invoice names the project (чл. 105, ал. 2).
func TestCheck_Art105_2_ProjectNameOnInvoice(t *testing.T) {
	runRule(t, "invoice_no_project_name", model.SeverityError, "чл. 105, ал. 2", []ruleCase{
		{"materials invoice with the name", func(d *model.YearData) {}, false},
		{"materials invoice without it", onExpense(func(e *model.Expense) { e.ProjectNameOnDocs = false }), true},
		{"consumables invoice without it", onExpense(func(e *model.Expense) { e.ProjectNameOnDocs, e.CostType = false, 3 }), true},
		{"a receipt for materials", onExpense(func(e *model.Expense) { e.ProjectNameOnDocs, e.DocKind = false, model.DocReceipt }), false},
		{"a services invoice", onExpense(func(e *model.Expense) { e.ProjectNameOnDocs, e.CostType = false, 9 }), false},
	})
}

// The 5 days of чл. 98, ал. 3 for contracts and additional agreements.
func TestCheck_Art98_3_ContractsAndAgreementsWithin5Days(t *testing.T) {
	contract := func(after int) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.Contracts = []model.Contract{{ID: "ct1", Year: 2025, Number: "12", Date: day(time.November, 3),
				EnteredOn: day(time.November, 3).AddDays(after), Value: model.Lev(100, 0)}}
		}
	}
	runRule(t, "contract_entered_late", model.SeverityWarning, "чл. 98, ал. 3", []ruleCase{
		{"5 days after", contract(5), false},
		{"6 days after", contract(6), true},
		{"no entry date", func(d *model.YearData) { contract(9)(d); d.Contracts[0].EnteredOn = model.Date{} }, false},
	})
	agreement := func(after int) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.People[0].AgreementNo, d.People[0].AgreementDate = "7", day(time.October, 29)
			d.People[0].AgreementEnteredOn = day(time.October, 29).AddDays(after)
		}
	}
	runRule(t, "agreement_entered_late", model.SeverityWarning, "чл. 98, ал. 3", []ruleCase{
		{"5 days after", agreement(5), false},
		{"6 days after", agreement(6), true},
	})
}

// missingDoc records a document of kind k on the fixture's expense, not present, after change.
func missingDoc(k model.DocKind, change func(e *model.Expense)) func(d *model.YearData) {
	return onExpense(func(e *model.Expense) {
		change(e)
		for i := range e.SupportingDocs {
			if e.SupportingDocs[i].Kind == k {
				e.SupportingDocs[i].Present = false
				return
			}
		}
		e.SupportingDocs = append(e.SupportingDocs, model.SupportingDoc{Kind: k})
	})
}

// A missing document cites the point that requires it for the kind of expense: чл. 104 for
// remuneration, чл. 105 for materials (the fixture's cost type 2), чл. 106 for services.
func TestCheck_Art104_106_SupportingDocuments(t *testing.T) {
	same := func(*model.Expense) {}
	pay := func(e *model.Expense) { e.CostType = 1 }
	services := func(e *model.Expense) { e.CostType = 9 }
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 105, ал. 1, т. 3", []ruleCase{
		{"materials, all present", func(d *model.YearData) {}, false},
		{"materials, payment order missing", missingDoc(model.DocPaymentOrder, same), true},
	})
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 105, ал. 1, т. 2", []ruleCase{
		{"materials, invoice missing", missingDoc(model.DocInvoice, same), true},
	})
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 105, ал. 1", []ruleCase{
		{"materials, a document not required missing", missingDoc(model.DocAcceptance, same), true},
	})
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 106, ал. 1, т. 3", []ruleCase{
		{"services, payment order missing", missingDoc(model.DocPaymentOrder, services), true},
		{"materials, payment order missing", missingDoc(model.DocPaymentOrder, same), false},
	})
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 104, т. 4", []ruleCase{
		{"remuneration, payroll missing", missingDoc(model.DocPayroll, pay), true},
		{"remuneration, payroll present", onExpense(func(e *model.Expense) {
			pay(e)
			e.SupportingDocs = append(e.SupportingDocs, model.SupportingDoc{Kind: model.DocPayroll, Present: true})
		}), false},
	})
	runRule(t, "expense_document_missing", model.SeverityWarning, "чл. 104", []ruleCase{
		{"materials, payment order missing: not чл. 104", missingDoc(model.DocPaymentOrder, same), false},
	})
	// A required document never entered (not only one entered as missing), by its point.
	runRule(t, "expense_document_not_entered", model.SeverityWarning, "чл. 105, ал. 1, т. 4", []ruleCase{
		{"materials, handover entered", func(d *model.YearData) {}, false},
		{"materials, handover entered as missing", missingDoc(model.DocHandover, same), false},
		{"materials, distribution (т. 5) never entered", onExpense(func(e *model.Expense) { e.SupportingDocs = e.SupportingDocs[:3:3] }), false},
		{"materials, handover never entered", onExpense(func(e *model.Expense) {
			e.SupportingDocs = append(e.SupportingDocs[:2:2], e.SupportingDocs[3])
		}), true},
	})
	runRule(t, "expense_document_not_entered", model.SeverityWarning, "чл. 105, ал. 1, т. 1", []ruleCase{
		{"materials, no contract (only „if any“)", func(d *model.YearData) {}, false},
	})
	runRule(t, "expense_no_documents", model.SeverityWarning, "чл. 105, ал. 1", []ruleCase{
		{"materials, with documents", func(d *model.YearData) {}, false},
		{"materials, none entered", onExpense(func(e *model.Expense) { e.SupportingDocs = nil }), true},
	})
	runRule(t, "expense_no_documents", model.SeverityWarning, "чл. 104", []ruleCase{
		{"remuneration, none entered", onExpense(func(e *model.Expense) { pay(e); e.SupportingDocs = nil }), true},
	})
}

func TestCheck_Art98_3_EnteredWithin5Days(t *testing.T) {
	entered := func(days int) func(*model.YearData) {
		return onExpense(func(e *model.Expense) { e.EnteredOn = e.PaidOn.AddDays(days) })
	}
	runRule(t, "expense_entered_late", model.SeverityWarning, "чл. 98, ал. 3", []ruleCase{
		{"5 days after payment", entered(5), false},
		{"6 days after payment", entered(6), true},
		{"5 days after a later signing", onExpense(func(e *model.Expense) {
			e.DocDate = e.PaidOn.AddDays(3)
			e.EnteredOn = e.DocDate.AddDays(5)
		}), false},
	})
}

// A profile may close the eligible period before the school year ends (чл. 96, т. 2).
func TestCheck_Art96_2_ProfileEligibleUntil(t *testing.T) {
	b := mutateProfile(t, func(m map[string]any) { m["eligibleUntil"] = "2026-06-30" })
	p, err := model.ParseProfile(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		paid model.Date
		want bool
	}{
		{"paid on the last eligible day", day(time.June, 30), false},
		{"paid the day after", day(time.July, 1), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			d.Expenses[0].DocDate, d.Expenses[0].PaidOn, d.Expenses[0].EnteredOn = tc.paid, tc.paid, tc.paid
			_, got := finding(model.Check(p, d, fixtureToday), "expense_outside_period", "чл. 96, т. 2")
			if got != tc.want {
				t.Errorf("outside period = %v, want %v", got, tc.want)
			}
		})
	}
}
