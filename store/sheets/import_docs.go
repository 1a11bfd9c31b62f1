package sheets

import (
	"io"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Columns of Docs.xlsx, 0-based.
const (
	docsKind = iota
	docsDescription
	docsNumber
	docsDate
	docsPaid
)

// appKinds are the document kinds the app names in a „друг“ row's description („платежно
// нареждане: Материали“), as WriteDocs writes them: every kind of the checklists of чл. 104–106
// outside the portal's list. A kind missing here comes back as an expense that does not exist.
var appKinds = []model.DocKind{model.DocContract, model.DocPaymentOrder, model.DocHandover, model.DocDistribution,
	model.DocAgreement, model.DocHoursReport, model.DocContribPayment, model.DocNetPayment,
	model.DocBankStatement, model.DocAcceptance, model.DocActivityRep, model.DocPolicy, model.DocInsuredList,
	model.DocVehicleOrder, model.DocWaybill, model.DocMileage, model.DocFuelNorm}

// docLine is one read row of Docs.xlsx.
type docLine struct {
	row         int
	kind        model.DocKind
	description string
	number      string
	date, paid  model.Date
}

// ImportDocs reads a file in the layout of the portal's Docs.xlsx into the supporting documents
// of the year's expenses. A row whose kind and number are an expense's primary document confirms
// it (its date must agree). Any other row is a supporting document of the one expense with that
// description (and date of payment, when several share it): it is marked present with its number
// and date, or added to the expense's checklist. A „друг“ row whose description starts with one of
// the app's kinds („платежно нареждане: …“) is a document of that kind. Rows that match no expense,
// or more than one, are errors: the expense is entered first, in the app. Any error, all reported
// at once, means nothing is to be applied.
func ImportDocs(r io.Reader, d *model.YearData) (*Import, error) {
	sr, err := readSheet(r, docsHeader, "Docs.xlsx")
	if err != nil {
		return nil, err
	}
	lines := sr.docLines()
	if len(sr.errs) > 0 {
		return nil, sr.errs
	}
	imp := &Import{Rows: len(lines)}
	copies := map[model.ID]*model.Expense{}
	var order []*model.Expense
	for _, l := range lines {
		e := sr.docExpense(d, l)
		if e == nil {
			continue
		}
		c := copies[e.ID]
		if c == nil {
			cp := *e
			cp.SupportingDocs = append([]model.SupportingDoc(nil), e.SupportingDocs...)
			c = &cp
			copies[e.ID] = c
		}
		if l.kind == c.DocKind && l.number == c.DocNumber || !markPresent(c, l) {
			imp.Unchanged++
			continue
		}
		if !hasExpense(order, c) {
			order = append(order, c)
		}
	}
	if len(sr.errs) > 0 {
		return nil, sr.errs
	}
	for _, e := range order {
		imp.Records = append(imp.Records, e)
	}
	return imp, nil
}

func hasExpense(es []*model.Expense, e *model.Expense) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// docExpense finds the expense a row belongs to, or records why there is none.
func (sr *sheetReader) docExpense(d *model.YearData, l docLine) *model.Expense {
	for i := range d.Expenses {
		e := &d.Expenses[i]
		if e.DocKind == l.kind && e.DocNumber == l.number {
			if e.DocDate != l.date {
				sr.fail(l.row, docsDate, model.CodeDateMismatch, "%s № %s е въведена в приложението с дата %s, а тук е %s: поправете едната", l.kind, l.number, e.DocDate, l.date)
				return nil
			}
			return e
		}
	}
	var found []*model.Expense
	for i := range d.Expenses {
		e := &d.Expenses[i]
		if strings.TrimSpace(e.Description) == l.description && (l.paid.IsZero() || e.PaidOn == l.paid) {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 1:
		return found[0]
	case 0:
		sr.fail(l.row, docsDescription, model.CodeUnknownExpense, "няма разход с описание „%s“%s: въведете първо разхода в приложението или поправете описанието",
			l.description, paidNote(l.paid))
	default:
		sr.fail(l.row, docsDescription, model.CodeAmbiguousExpense, "разходите с описание „%s“%s са %d: направете описанията различни, за да се знае към кой е документът",
			l.description, paidNote(l.paid), len(found))
	}
	return nil
}

func paidNote(paid model.Date) string {
	if paid.IsZero() {
		return ""
	}
	return " и плащане на " + paid.String()
}

// markPresent records a supporting document on an expense's checklist and reports whether that
// changed anything: the entry of the same kind and number, else the first of the kind with no
// number yet, else a new entry.
func markPresent(e *model.Expense, l docLine) bool {
	pick := -1
	for i, s := range e.SupportingDocs {
		if s.Kind == l.kind && s.Number == l.number {
			pick = i
			break
		}
		if s.Kind == l.kind && s.Number == "" && pick < 0 {
			pick = i
		}
	}
	if pick < 0 {
		e.SupportingDocs = append(e.SupportingDocs, model.SupportingDoc{Kind: l.kind, Number: l.number, Date: l.date, Present: true})
		return true
	}
	s := &e.SupportingDocs[pick]
	if s.Present && s.Number == l.number && s.Date == l.date {
		return false
	}
	s.Number, s.Date, s.Present = l.number, l.date, true
	return true
}

// docLines reads and checks every row; problems go to sr.errs.
func (sr *sheetReader) docLines() []docLine {
	kinds := make([]string, 0, len(model.PrimaryDocKinds))
	for _, k := range model.PrimaryDocKinds {
		kinds = append(kinds, string(k))
	}
	var out []docLine
	for i := range sr.rows {
		if sr.empty(i) {
			continue
		}
		l := docLine{row: i, kind: model.DocKind(sr.oneOf(i, docsKind, kinds...)), description: sr.required(i, docsDescription),
			number: sr.required(i, docsNumber), date: sr.date(i, docsDate, true), paid: sr.date(i, docsPaid, false)}
		if l.kind == model.DocOther {
			for _, k := range appKinds {
				if rest, ok := strings.CutPrefix(l.description, string(k)+":"); ok {
					l.kind, l.description = k, strings.TrimSpace(rest)
					break // the rest is the expense's own description, whatever it starts with
				}
			}
		}
		if l.kind != "" && l.description != "" && l.number != "" && !l.date.IsZero() {
			out = append(out, l)
		}
	}
	return out
}
