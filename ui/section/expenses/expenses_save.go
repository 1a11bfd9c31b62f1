package expenses

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// savedExpense is the form and the documents as loaded or saved.
type savedExpense struct {
	values expenseValues
	docs   []model.SupportingDoc
}

// snapshot is what the screen holds now.
func (s *expensesScreen) snapshot() savedExpense {
	return savedExpense{values: s.f.values(), docs: s.docs.recorded()}
}

// Dirty implements Editor: the form or the documents differ from what was loaded or saved.
func (s *expensesScreen) Dirty() bool {
	now := s.snapshot()
	return now.values != s.saved.values || !reflect.DeepEqual(now.docs, s.saved.docs)
}

// fill shows e, booked to supplier sp (nil: none). keep, when not nil, is the expense just
// saved: the new one keeps its supplier and activity, so a pile of one supplier's invoices is
// typed without retyping them.
func (f *expenseForm) fill(e model.Expense, sp *model.Supplier, cur model.Currency, keep *model.Expense,
	supplierOf func(model.ID) *model.Supplier) {
	f.cur, f.currency = e, cur
	if keep != nil {
		sp = supplierOf(keep.SupplierID)
		e.Activity = keep.Activity
		f.projectNo.SetChecked(keep.ProjectNoOnDocs)
	} else {
		f.projectNo.SetChecked(e.ProjectNoOnDocs)
	}
	f.supplier.SetText("")
	f.eik.SetText("")
	if sp != nil {
		f.supplier.SetText(sp.Name)
		f.eik.SetText(sp.EIK)
	}
	f.kind.ClearSelected()
	if i := slices.Index(model.PrimaryDocKinds, e.DocKind); i >= 0 {
		f.kind.SetSelectedIndex(i)
	}
	f.number.SetText(e.DocNumber)
	f.date.SetText(kit.DateText(e.DocDate))
	f.gross.SetText(moneyText(e.Gross()))
	if e.ID == "" && keep == nil && e.Net.Currency == "" {
		f.gross.SetText("")
	}
	f.vat.SetText(moneyText(e.VAT))
	f.recoverable.SetChecked(e.VATRecoverable)
	f.costType.ClearSelected()
	if e.CostType.Valid() {
		f.costType.SetSelectedIndex(int(e.CostType) - 1)
	}
	f.activity.ClearSelected()
	if i := slices.Index(model.Activities, e.Activity); i >= 0 {
		f.activity.SetSelectedIndex(i)
	}
	f.subject.SetText(e.Subject)
	f.descr.SetText(e.Description)
	kit.SetChoice(f.paidBy, paidChoice, string(e.PaidBy))
	f.paidOn.SetText(kit.DateText(e.PaidOn))
	f.paidAmount.SetText(moneyText(e.PaidAmount))
	f.offset.SetChecked(e.Offset)
	f.extra.fill(e)
	if keep != nil && e.ID == "" {
		f.extra.projectName.SetChecked(keep.ProjectNameOnDocs) // as the project number: the next invoice is alike
	}
	f.showHint()
}

// setSelected selects option v of sel, or nothing when it is not one.
// selectedKind is the document kind chosen in sel, whose options are model.PrimaryDocKinds in
// the window's language; "" when none is chosen.
func selectedKind(sel *widget.Select) model.DocKind {
	if i := sel.SelectedIndex(); i >= 0 && i < len(model.PrimaryDocKinds) {
		return model.PrimaryDocKinds[i]
	}
	return ""
}

// read builds the expense of the form, and the supplier when it is a new one. Amounts and dates
// that cannot be read are errors with the field's name.
func (f *expenseForm) read() (model.Expense, *model.Supplier, error) {
	e := f.cur
	var es model.Errors
	field := func(label string, err error) {
		if err != nil {
			es = append(es, &model.Error{Code: model.CodeInvalid, Field: label, Msg: label + ": " + kit.ErrorText(err)})
		}
	}
	date := func(label, t string) model.Date {
		d, err := kit.ParseOptionalDate(t)
		field(label, err)
		return d
	}
	money := func(label, t string) model.Money {
		if strings.TrimSpace(t) == "" {
			return model.Money{Currency: f.currency}
		}
		m, err := model.ParseMoney(t, f.currency)
		field(label, err)
		return m
	}
	e.DocKind = selectedKind(f.kind)
	e.DocNumber = strings.TrimSpace(f.number.Text)
	e.DocDate = date(lang.X("expenses.date", "Дата"), f.date.Text)
	gross := money(lang.X("expenses.gross", "Сума с ДДС"), f.gross.Text)
	e.VAT = money(lang.X("expenses.vat", "в т.ч. ДДС"), f.vat.Text)
	e.Net = gross.Sub(e.VAT)
	es = append(es, f.checkGross(gross, e.VAT)...)
	e.VATRecoverable = f.recoverable.Checked
	e.CostType = model.CostType(f.costType.SelectedIndex() + 1)
	if i := f.activity.SelectedIndex(); i >= 0 {
		e.Activity = model.Activities[i]
	} else {
		e.Activity = ""
	}
	e.Subject, e.Description = strings.TrimSpace(f.subject.Text), strings.TrimSpace(f.descr.Text)
	e.PaidBy = model.PaymentMethod(paidChoice.Value(f.paidBy.Selected))
	e.PaidOn = date(lang.X("expenses.paidon", "Платено на"), f.paidOn.Text)
	e.PaidAmount = money(lang.X("expenses.paidamount", "Платена сума"), f.paidAmount.Text)
	if strings.TrimSpace(f.paidAmount.Text) == "" && e.PaidBy != model.Unpaid {
		e.PaidAmount = gross
	}
	e.Offset, e.ProjectNoOnDocs = f.offset.Checked, f.projectNo.Checked
	f.extra.read(&e, money)
	sp, err := f.readSupplier(&e)
	es.Add(err)
	es.Add(e.Validate())
	return e, sp, es.Err()
}

// checkGross requires the amount with VAT and no more VAT than it.
func (f *expenseForm) checkGross(gross, vat model.Money) model.Errors {
	var es model.Errors
	if strings.TrimSpace(f.gross.Text) == "" {
		es = append(es, &model.Error{Code: model.CodeRequired, Field: "Net", Msg: lang.X("expenses.gross.required", "въведете сумата с ДДС")})
	}
	if vat.Minor > gross.Minor {
		es = append(es, &model.Error{Code: model.CodeInvalid, Field: "VAT", Msg: lang.X("expenses.vat.over", "ДДС не може да е повече от сумата с ДДС")})
	}
	return es
}

// readSupplier books e to the supplier the form names, or returns a new one to save with it.
// Remuneration (т. 1 and 14) needs no supplier.
func (f *expenseForm) readSupplier(e *model.Expense) (*model.Supplier, error) {
	text, eik := strings.TrimSpace(f.supplier.Text), strings.TrimSpace(f.eik.Text)
	sp, many := f.resolve()
	switch {
	case sp != nil:
		e.SupplierID = sp.ID
		return nil, nil
	case text == "" && eik == "":
		e.SupplierID = ""
		if e.CostType == 1 || e.CostType == 14 {
			return nil, nil
		}
		return nil, model.Errorf(model.CodeRequired, "SupplierID", "%s", lang.X("expenses.supplier.required", "въведете доставчика: име или ЕИК на съществуващ, или име и ЕИК на нов"))
	case len(many) > 1 && eik == "":
		return nil, model.Errorf(model.CodeAmbiguous, "SupplierID", "%s", lang.X("expenses.supplier.ambiguous",
			"на „{{.Name}}“ отговарят {{.N}} доставчици: изберете един от списъка или въведете ЕИК", map[string]any{"Name": text, "N": len(many)}))
	}
	n := &model.Supplier{Name: text, EIK: eik, Person: len(eik) == 10}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	e.SupplierID = ""
	return n, nil
}

// submit saves (Enter, the button) and shows why when it cannot.
func (s *expensesScreen) submit() {
	if err := s.Save(); err != nil {
		s.env.ShowError(err)
	}
}

// Save implements Editor: it saves the expense of the form with its documents and scans, and a
// new supplier with it, through ops.SaveExpense — one transaction, or nothing, and the form's
// values untouched on failure (issue #21) — then starts the next expense of the same supplier
// and activity.
func (s *expensesScreen) Save() error {
	if s.d == nil {
		return kit.ErrNoYear()
	}
	e, sp, err := s.f.read()
	if err != nil {
		return err
	}
	e.SupportingDocs = s.docs.recorded()
	out, err := ops.SaveExpense(s.env.DB, s.d.Programme.Year, model.DateOf(s.env.Now()),
		ops.Expense{Expense: e, Supplier: sp, Scans: s.docs.pending})
	if err != nil {
		return err
	}
	s.keep(out.Expense, out.Supplier)
	return nil
}

// keep says what was saved with its findings and starts the next expense of its supplier (sp
// when it was new). The list, the
// totals and the findings follow the save's commit (Changed), as any other writer's.
func (s *expensesScreen) keep(e model.Expense, sp *model.Supplier) {
	if sp != nil {
		s.savedSupplier = sp
	}
	s.boxFor = e.ID
	s.box.Show(kit.FindingsAbout(s.findings, e.ID))
	s.status.SetText(fmt.Sprintf(lang.X("expenses.saved", "Записан: %s № %s от %s, %s. Въведете следващия разход."),
		e.DocKind, e.DocNumber, e.DocDate, e.Gross()))
	s.edit(model.Expense{}, &e)
	s.list.UnselectAll()
	s.env.Window.Canvas().Focus(s.f.number)
}
