package model

// Kinds of supporting documents that чл. 104–106 name besides those of expense.go.
const (
	DocBankStatement DocKind = "банково извлечение"
	DocAcceptance    DocKind = "протокол за приемане на извършената работа"
	DocActivityRep   DocKind = "отчетен доклад за извършената дейност"
	DocPolicy        DocKind = "застрахователна полица"
	DocInsuredList   DocKind = "списък на застрахованите лица"
	DocVehicleOrder  DocKind = "заповед за използване на МПС"
	DocWaybill       DocKind = "пътен лист"
	DocMileage       DocKind = "справка за изминатите километри"
	DocFuelNorm      DocKind = "документ за разходната норма"
)

// PrimaryDocKinds are the kinds an expense's own document may be: the value list of the
// portal's Docs.xlsx, in its order.
var PrimaryDocKinds = []DocKind{DocInvoice, DocCreditNote, DocReceipt, DocPaidSums, DocPayroll,
	DocTravelOrder, DocAdvanceReport, DocVATProtocol, DocCashVoucher, DocOther}

// RequiredDoc is one document the instruction requires to prove an expense (чл. 104–106).
type RequiredDoc struct {
	Kind    DocKind
	Article string // the point that requires it: „чл. 105, ал. 1, т. 4“
	IfAny   bool   // required only when there is one („ако е приложимо“), e.g. a contract
}

// RequiredDocs lists the supporting documents that чл. 104–106 require for e, by its cost type
// of чл. 79, the kind of its own document (a natural person is paid on a сметка за изплатени
// суми) and how it was paid. The Разходи screen shows them as the expense's checklist.
func RequiredDocs(e *Expense) []RequiredDoc {
	switch e.CostType {
	case 1, 14:
		return remunerationDocs
	case 2, 3:
		return append(withContract("чл. 105, ал. 1", DocInvoice),
			paymentDocs(e.PaidBy, "чл. 105, ал. 1, т. 3", false)...).withTail(
			RequiredDoc{Kind: DocHandover, Article: "чл. 105, ал. 1, т. 4"},
			RequiredDoc{Kind: DocDistribution, Article: "чл. 105, ал. 1, т. 5"})
	case 7:
		return append(requiredList{
			{Kind: DocPolicy, Article: "чл. 106, ал. 3, т. 1"},
			{Kind: DocInsuredList, Article: "чл. 106, ал. 3, т. 2"}},
			paymentDocs(e.PaidBy, "чл. 106, ал. 3, т. 3", false)...)
	case 13:
		return append(requiredList{
			{Kind: DocTravelOrder, Article: "чл. 106, ал. 5, т. 1"},
			{Kind: DocVehicleOrder, Article: "чл. 106, ал. 5, т. 2"},
			{Kind: DocWaybill, Article: "чл. 106, ал. 5, т. 3"},
			{Kind: DocMileage, Article: "чл. 106, ал. 5, т. 4"},
			{Kind: DocFuelNorm, Article: "чл. 106, ал. 5, т. 5"},
			{Kind: DocInvoice, Article: "чл. 106, ал. 5, т. 6"}},
			paymentDocs(e.PaidBy, "чл. 106, ал. 5, т. 7", true)...)
	}
	if e.DocKind == DocPaidSums { // an external natural person (чл. 106, ал. 2)
		// The instruction's list has no acceptance protocol for a natural person (its т. 3 is
		// the activity report), but the civil contract is one for work: the school accepts the
		// work done (ЗЗД чл. 264, ал. 1) before paying it, and the protocol of that acceptance
		// is what proves the сметка's amount is owed — the profile's civilDocs list it too.
		return []RequiredDoc{
			{Kind: DocContract, Article: "чл. 106, ал. 2, т. 1"},
			{Kind: DocPaidSums, Article: "чл. 106, ал. 2, т. 2"},
			{Kind: DocAcceptance, Article: "ЗЗД чл. 264, ал. 1"},
			{Kind: DocActivityRep, Article: "чл. 106, ал. 2, т. 3"}}
	}
	primary := DocInvoice
	if e.DocKind != "" {
		primary = e.DocKind
	}
	return append(withContract("чл. 106, ал. 1", primary),
		paymentDocs(e.PaidBy, "чл. 106, ал. 1, т. 3", true)...).withTail(
		RequiredDoc{Kind: DocAcceptance, Article: "чл. 106, ал. 1, т. 4"})
}

// requiredList lets a list be extended at its end in one expression.
type requiredList []RequiredDoc

func (l requiredList) withTail(more ...RequiredDoc) []RequiredDoc { return append(l, more...) }

// remunerationDocs are the documents of чл. 104 for remuneration (cost types 1 and 14); the
// order for experts of the РУО (т. 2) and the declaration of transfers (т. 6) are not the school's.
var remunerationDocs = []RequiredDoc{
	{Kind: DocAgreement, Article: "чл. 104, т. 1"},
	{Kind: DocHoursReport, Article: "чл. 104, т. 3"},
	{Kind: DocPayroll, Article: "чл. 104, т. 4"},
	{Kind: DocContribPayment, Article: "чл. 104, т. 5"},
	{Kind: DocNetPayment, Article: "чл. 104, т. 7"},
}

// withContract is a contract if any (т. 1) and the invoice or other primary document (т. 2).
func withContract(article string, primary DocKind) requiredList {
	return requiredList{
		{Kind: DocContract, Article: article + ", т. 1", IfAny: true},
		{Kind: primary, Article: article + ", т. 2"},
	}
}

// paymentDocs are the proofs of payment: a payment order (with the bank statement where the
// article asks for it) by bank, a cash voucher and the till receipt in cash.
func paymentDocs(by PaymentMethod, article string, statement bool) []RequiredDoc {
	if by == Cash {
		return []RequiredDoc{{Kind: DocCashVoucher, Article: article}, {Kind: DocReceipt, Article: article}}
	}
	out := []RequiredDoc{{Kind: DocPaymentOrder, Article: article}}
	if statement {
		out = append(out, RequiredDoc{Kind: DocBankStatement, Article: article})
	}
	return out
}

// ChecklistItem is one line of an expense's checklist: a document it holds or needs.
type ChecklistItem struct {
	Doc      SupportingDoc
	Required *RequiredDoc // nil for a document recorded beyond those required
}

// Checklist is e's checklist: each required document (RequiredDocs), matched with a recorded
// document of its kind when there is one, then the other recorded documents. A required
// document with no record yet is not present.
func Checklist(e *Expense) []ChecklistItem {
	req := RequiredDocs(e)
	used := make([]bool, len(e.SupportingDocs))
	out := make([]ChecklistItem, 0, len(req)+len(e.SupportingDocs))
	for i := range req {
		it := ChecklistItem{Doc: SupportingDoc{Kind: req[i].Kind}, Required: &req[i]}
		for j, d := range e.SupportingDocs {
			if !used[j] && d.Kind == req[i].Kind {
				used[j], it.Doc = true, d
				break
			}
		}
		out = append(out, it)
	}
	for j, d := range e.SupportingDocs {
		if !used[j] {
			out = append(out, ChecklistItem{Doc: d})
		}
	}
	return out
}

// MissingDocs are the kinds of e's recorded documents that are not present: what the check of
// чл. 104 reports and the Разходи screen counts.
func MissingDocs(e *Expense) []DocKind {
	var out []DocKind
	for _, d := range e.SupportingDocs {
		if !d.Present {
			out = append(out, d.Kind)
		}
	}
	return out
}

// NotEnteredDocs are the documents RequiredDocs asks of e that have no record of their kind at
// all (a contract only „if any“ is not asked for): the checklist knows them, the check reports them.
func NotEnteredDocs(e *Expense) []RequiredDoc {
	var out []RequiredDoc
	for _, it := range Checklist(e) {
		if r := it.Required; r != nil && !r.IfAny && !recorded(e, r.Kind) {
			out = append(out, *r)
		}
	}
	return out
}

func recorded(e *Expense, k DocKind) bool {
	for _, d := range e.SupportingDocs {
		if d.Kind == k {
			return true
		}
	}
	return false
}
