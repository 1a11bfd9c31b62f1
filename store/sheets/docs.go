package sheets

import (
	"io"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteDocs writes the supporting documents of the expenses dated in period p as the portal's
// Docs.xlsx: each expense's primary document, then the supporting documents on its checklist
// that are present, with the date the expense was paid.
func WriteDocs(w io.Writer, d *model.YearData, p Period) error {
	var rows [][]any
	for _, e := range d.Expenses {
		if !p.Contains(e.DocDate) {
			continue
		}
		rows = append(rows, docRow(e.DocKind, e.Description, e.DocNumber, e.DocDate, e.PaidOn))
		for _, s := range e.SupportingDocs {
			if s.Present && !(s.Kind == e.DocKind && s.Number == e.DocNumber) {
				rows = append(rows, docRow(s.Kind, e.Description, s.Number, s.Date, e.PaidOn))
			}
		}
	}
	return fill(w, assets.DocsTemplate, rows)
}

// docRow is one row of Docs.xlsx: kind, description, unique number, date, date of payment.
func docRow(kind model.DocKind, desc, number string, date, paid model.Date) []any {
	// The portal's list is model.PrimaryDocKinds; the app's other kinds (contracts, payment
	// orders, protocols …) go in as „друг“ with their kind named in the description.
	if !slices.Contains(model.PrimaryDocKinds, kind) {
		if kind != "" {
			desc = string(kind) + ": " + desc
		}
		kind = model.DocOther
	}
	return []any{string(kind), desc, number, dateValue(date), dateValue(paid)}
}
