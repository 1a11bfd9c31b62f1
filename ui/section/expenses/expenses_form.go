package expenses

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// paidChoice is how an expense was paid.
var paidChoice = kit.Choice{
	Values: []string{string(model.Unpaid), string(model.Bank), string(model.Cash)},
	Labels: []kit.Phrase{{"expenses.paid.none", "неплатен"}, {"expenses.paid.bank", "по банков път"},
		{"expenses.paid.cash", "в брой"}},
}

// expenseValues is what the form holds, comparable to tell unsaved input.
type expenseValues struct {
	supplier, eik, kind, number, date, gross, vat, costType, activity string
	subject, description, paidBy, paidOn, paidAmount                  string
	recoverable, offset, projectNo                                    bool
	extras                                                            string
}

// expenseForm is the entry form of one expense, in the order an accountant reads an invoice:
// supplier, document, amounts, what the cost is, payment. Tab goes through it in that order.
type expenseForm struct {
	cur       model.Expense // as loaded: keeps the ID and what the form does not show
	currency  model.Currency
	suppliers []model.Supplier

	supplier                                      *widget.SelectEntry
	eikItem                                       *widget.FormItem // its hint says which supplier the expense goes to
	eik, number, date, gross, vat, subject, descr *widget.Entry
	paidOn, paidAmount                            *widget.Entry
	kind, costType, activity, paidBy              *widget.Select
	recoverable, offset, projectNo                *widget.Check
	extra                                         *expenseExtras
	form, form2                                   *widget.Form
	typeForm                                      *widget.Form // the cost type, its label above it (build)
	onChange                                      func()
}

// newExpenseForm builds the inputs; changed is called on every edit, submit on Enter.
func newExpenseForm(changed, submit func()) *expenseForm {
	f := &expenseForm{onChange: changed}
	entry := func(check func(string) error) *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(string) { changed() }
		e.OnSubmitted = func(string) { submit() }
		if check != nil {
			e.Validator = func(t string) error {
				if strings.TrimSpace(t) == "" {
					return nil
				}
				return check(t)
			}
		}
		return e
	}
	f.supplier = widget.NewSelectEntry(nil)
	f.supplier.SetPlaceHolder(lang.X("expenses.supplier.hint", "име или ЕИК"))
	f.supplier.OnChanged = func(string) { f.showHint(); changed() }
	f.supplier.OnSubmitted = func(string) { submit() }
	f.eik = entry(checkSupplierNumber)
	f.eik.OnChanged = func(string) { f.showHint(); changed() }
	f.number, f.subject, f.descr = entry(nil), entry(nil), entry(nil)
	f.date, f.paidOn = entry(kit.OptionalDate), entry(kit.OptionalDate)
	f.gross, f.vat, f.paidAmount = entry(f.checkMoney), entry(f.checkMoney), entry(f.checkMoney)
	f.date.SetPlaceHolder(kit.DatePlaceholder())
	f.paidOn.SetPlaceHolder(kit.DatePlaceholder())
	f.paidAmount.SetPlaceHolder(lang.X("expenses.paidamount.hint", "празно: цялата сума с ДДС"))
	f.buildChoices(changed)
	check := func(p kit.Phrase) *widget.Check { return widget.NewCheck(p.String(), func(bool) { changed() }) }
	f.recoverable = check(kit.Phrase{"expenses.recoverable", "да (чл. 97)"})
	f.offset = check(kit.Phrase{"expenses.offset", "да (чл. 96, т. 5)"})
	f.projectNo = check(kit.Phrase{"expenses.projectno", "в документите (чл. 101)"})
	f.extra = newExpenseExtras(changed, submit, f.checkMoney)
	f.eikItem = kit.Phrase{"expenses.eik", "ЕИК/БУЛСТАТ"}.Item(f.eik)
	f.build()
	return f
}

// buildChoices makes the drop-downs: document kind, cost type, activity and payment.
func (f *expenseForm) buildChoices(changed func()) {
	sel := func(opts []string, ph string) *widget.Select {
		s := widget.NewSelect(opts, func(string) { changed() })
		s.PlaceHolder = ph
		return s
	}
	// The options in the window's language; the form reads them back by index (selectedKind).
	var kinds, types, acts []string
	l := kit.ModelLang()
	for _, k := range model.PrimaryDocKinds {
		kinds = append(kinds, k.Text(l))
	}
	for c := model.CostType(1); c <= 15; c++ {
		types = append(types, c.Text(l))
	}
	for _, a := range model.Activities {
		acts = append(acts, a.Text(l))
	}
	f.kind = sel(kinds, lang.X("expenses.kind.choose", "изберете вида"))
	f.costType = sel(types, lang.X("expenses.type.choose", "изберете т. 1–15"))
	f.activity = sel(acts, lang.X("expenses.activity.choose", "изберете дейността"))
	f.paidBy = paidChoice.NewSelect(lang.X("expenses.paid.choose", "изберете"), changed)
}

// build places the inputs in two columns: the document on the left, what it pays for and how
// on the right. The order of the rows is the tab order.
func (f *expenseForm) build() {
	f.form = widget.NewForm(
		kit.Phrase{"expenses.supplier", "Доставчик"}.Item(f.supplier),
		f.eikItem,
		kit.Phrase{"expenses.kind", "Вид документ"}.Item(f.kind),
		kit.Phrase{"expenses.number", "Номер"}.Item(f.number),
		kit.Phrase{"expenses.date", "Дата"}.Item(f.date),
		kit.Phrase{"expenses.gross", "Сума с ДДС"}.Item(f.gross),
		kit.Phrase{"expenses.vat", "в т.ч. ДДС"}.Item(f.vat),
		kit.Phrase{"expenses.recoverable.label", "Възстановим ДДС"}.Item(f.recoverable),
	)
	for _, it := range f.extra.leftItems() {
		f.form.AppendItem(it)
	}
	// The cost type with its label above it, the select as wide as the column: beside its label
	// it cut „т. 9 Външен изпълнител на дейности по интереси“ with „…“ at 1093 px (issue #17).
	f.typeForm = widget.NewForm(kit.Phrase{"expenses.type", "Вид разход (чл. 79)"}.Item(f.costType))
	f.typeForm.Orientation = widget.Vertical
	f.form2 = widget.NewForm(
		kit.Phrase{"expenses.activity", "Дейност (чл. 83)"}.Item(f.activity),
		kit.Phrase{"expenses.subject", "Предмет (ЗОП)"}.Item(f.subject),
		kit.Phrase{"expenses.description", "Описание"}.Item(f.descr),
		kit.Phrase{"expenses.paidby", "Плащане"}.Item(f.paidBy),
		kit.Phrase{"expenses.paidon", "Платено на"}.Item(f.paidOn),
		kit.Phrase{"expenses.paidamount", "Платена сума"}.Item(f.paidAmount),
		kit.Phrase{"expenses.offset.label", "Прихващане"}.Item(f.offset),
		kit.Phrase{"expenses.projectno.label", "№ на проекта"}.Item(f.projectNo),
	)
	for _, it := range f.extra.rightItems() {
		f.form2.AppendItem(it)
	}
}

// checkSupplierNumber checks an ЕИК/БУЛСТАТ as typed; ten digits are a natural person's ЕГН/ЛНЧ.
func checkSupplierNumber(t string) error {
	t = strings.TrimSpace(t)
	if len(t) == 10 {
		return kit.FieldError(model.CheckEGNOrLNCH("EIK", t), "EIK")
	}
	return kit.FieldError(model.CheckEIK("EIK", t), "EIK")
}

// checkMoney checks an amount as typed.
func (f *expenseForm) checkMoney(t string) error {
	_, err := model.ParseMoney(t, f.currency)
	return kit.PlainModelError(err)
}

// setSuppliers keeps the year's suppliers for the choice by name or ЕИК.
func (f *expenseForm) setSuppliers(d *model.YearData) {
	f.suppliers = nil
	if d != nil {
		f.suppliers = d.Suppliers
	}
	f.showHint()
}

// supplierLabel is how a supplier is offered: „name (ЕИК)“.
func supplierLabel(sp *model.Supplier) string { return sp.Name + " (" + sp.EIK + ")" }

// eikOf is the ЕИК of supplier id, or "".
func (f *expenseForm) eikOf(id model.ID) string {
	for _, sp := range f.suppliers {
		if sp.ID == id {
			return sp.EIK
		}
	}
	return ""
}

// resolve finds the supplier the form names: the one with the typed ЕИК; else the one whose
// name, label or ЕИК is typed in full; else, with no ЕИК typed, the only one whose name or ЕИК
// holds the text. It returns the matches when there is no single one, nil for a new supplier.
func (f *expenseForm) resolve() (*model.Supplier, []*model.Supplier) {
	text := strings.TrimSpace(f.supplier.Text)
	eik := strings.TrimSpace(f.eik.Text)
	q := strings.ToLower(text)
	var exact, partial []*model.Supplier
	for i := range f.suppliers {
		sp := &f.suppliers[i]
		switch {
		case eik != "" && sp.EIK == eik:
			return sp, nil
		case q == "":
		case strings.ToLower(sp.Name) == q || supplierLabel(sp) == text || sp.EIK == text:
			exact = append(exact, sp)
		case strings.Contains(strings.ToLower(sp.Name), q) || strings.Contains(sp.EIK, q):
			partial = append(partial, sp)
		}
	}
	if eik != "" {
		return nil, nil // a new supplier with the ЕИК typed
	}
	switch {
	case len(exact) == 1:
		return exact[0], nil
	case len(exact) == 0 && len(partial) == 1:
		return partial[0], nil
	}
	return nil, append(exact, partial...)
}

// showHint offers the suppliers that match and says which one the expense will be booked to.
func (f *expenseForm) showHint() {
	sp, many := f.resolve()
	var opts []string
	for i, m := range many {
		if i == 12 {
			break
		}
		opts = append(opts, supplierLabel(m))
	}
	f.supplier.SetOptions(opts)
	hint := ""
	switch {
	case strings.TrimSpace(f.supplier.Text) == "" && strings.TrimSpace(f.eik.Text) == "":
	case sp != nil:
		hint = "→ " + shorten(sp.Name, 30)
	case len(many) > 1:
		hint = strconv.Itoa(len(many)) + " " + lang.X("expenses.supplier.many", "отговарят: уточнете")
	default:
		hint = lang.X("expenses.supplier.new", "нов доставчик с този ЕИК")
	}
	if f.eikItem != nil && f.eikItem.HintText != hint {
		f.eikItem.HintText = hint
		f.form.Refresh()
	}
}

// shorten cuts s to n letters with „…“: a hint under a field must not widen the form.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// values returns what the form holds.
func (f *expenseForm) values() expenseValues {
	return expenseValues{f.supplier.Text, f.eik.Text, f.kind.Selected, f.number.Text, f.date.Text,
		f.gross.Text, f.vat.Text, f.costType.Selected, f.activity.Selected, f.subject.Text, f.descr.Text,
		f.paidBy.Selected, f.paidOn.Text, f.paidAmount.Text, f.recoverable.Checked, f.offset.Checked, f.projectNo.Checked,
		f.extra.value()}
}

// moneyText is an amount for the form, "" when unset.
func moneyText(m model.Money) string {
	if m.Currency == "" && m.Minor == 0 {
		return ""
	}
	return m.Number()
}
