package expenses

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ineligibleChoice are the costs of чл. 97, т. 2–5 an expense may carry, each a finding.
var ineligibleChoice = []kit.Phrase{
	{"expenses.ineligible.fine", "глоба, санкция, спор (т. 2)"},
	{"expenses.ineligible.double", "финансиран и другаде (т. 3)"},
	{"expenses.ineligible.secondhand", "стоки втора употреба (т. 4)"},
	{"expenses.ineligible.commission", "комисионна, курсова разлика (т. 5)"},
}

// expenseExtras are the inputs of what makes an expense ineligible or capped: recoverable VAT
// claimed (чл. 97, т. 1), the costs of чл. 97, т. 2–5, an external provider's premises and
// overheads (чл. 79, т. 9, 11) and the project's name on a materials invoice (чл. 105, ал. 2).
type expenseExtras struct {
	vatClaimed, premises, projectName *widget.Check
	ineligible                        *widget.CheckGroup
	overheads                         *widget.Entry
}

func newExpenseExtras(changed, submit func(), checkMoney func(string) error) *expenseExtras {
	check := func(p kit.Phrase) *widget.Check { return widget.NewCheck(p.String(), func(bool) { changed() }) }
	x := &expenseExtras{
		vatClaimed:  check(kit.Phrase{"expenses.vatclaimed", "заявен за плащане (чл. 97, т. 1)"}),
		premises:    check(kit.Phrase{"expenses.premises", "в база на изпълнителя (чл. 79, т. 9, 11)"}),
		projectName: check(kit.Phrase{"expenses.projectname", "във фактурата (чл. 105, ал. 2)"}),
		overheads:   widget.NewEntry(),
	}
	var labels []string
	for _, p := range ineligibleChoice {
		labels = append(labels, p.String())
	}
	x.ineligible = widget.NewCheckGroup(labels, func([]string) { changed() })
	x.overheads.OnChanged = func(string) { changed() }
	x.overheads.OnSubmitted = func(string) { submit() }
	x.overheads.SetPlaceHolder(lang.X("expenses.overheads.hint", "до 10 % от възнаграждението"))
	x.overheads.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return nil
		}
		return checkMoney(t)
	}
	return x
}

// leftItems are the rows of the left column, under the VAT: what of the document is ineligible.
func (x *expenseExtras) leftItems() []*widget.FormItem {
	return []*widget.FormItem{
		kit.Phrase{"expenses.vatclaimed.label", "Заявен ДДС"}.Item(x.vatClaimed),
		kit.Phrase{"expenses.ineligible", "Недопустими (чл. 97)"}.Item(x.ineligible),
	}
}

// rightItems are the rows of the right column, after the project number.
func (x *expenseExtras) rightItems() []*widget.FormItem {
	return []*widget.FormItem{
		kit.Phrase{"expenses.projectname.label", "Име на проекта"}.Item(x.projectName),
		kit.Phrase{"expenses.premises.label", "Външен изпълнител"}.Item(x.premises),
		kit.Phrase{"expenses.overheads", "Режийни разходи"}.Item(x.overheads),
		// What overheads are, wrapped under the entry (issue #17: as its placeholder it ran past
		// the form's edge on a 1366×768 laptop at 125 %).
		widget.NewFormItem("", overheadsHint()),
	}
}

// overheadsHint says what the overheads are, wrapping in the form's column.
func overheadsHint() *widget.Label {
	l := kit.Wrapped(lang.X("expenses.overheads.what", "режийни: ток, телефон, отопление, вода"))
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.LowImportance
	return l
}

// flags are the chosen costs of чл. 97, т. 2–5 in the order of ineligibleChoice.
func (x *expenseExtras) flags() [4]bool {
	var out [4]bool
	for i, l := range x.ineligible.Options {
		for _, s := range x.ineligible.Selected {
			out[i] = out[i] || s == l
		}
	}
	return out
}

// fill shows e's values.
func (x *expenseExtras) fill(e model.Expense) {
	x.vatClaimed.SetChecked(e.Ineligible.VATClaimed)
	x.premises.SetChecked(e.ExternalPremises)
	x.projectName.SetChecked(e.ProjectNameOnDocs)
	x.overheads.SetText(moneyText(e.Overheads))
	var sel []string
	for i, on := range []bool{e.Ineligible.Fine, e.Ineligible.FundedElsewhere, e.Ineligible.SecondHand, e.Ineligible.CommissionFX} {
		if on {
			sel = append(sel, x.ineligible.Options[i])
		}
	}
	x.ineligible.SetSelected(sel)
}

// read puts the form's values into e; the overheads are read by the caller's money reader.
func (x *expenseExtras) read(e *model.Expense, money func(label, t string) model.Money) {
	f := x.flags()
	e.Ineligible = model.Ineligible{VATClaimed: x.vatClaimed.Checked, Fine: f[0], FundedElsewhere: f[1], SecondHand: f[2], CommissionFX: f[3]}
	e.ExternalPremises, e.ProjectNameOnDocs = x.premises.Checked, x.projectName.Checked
	e.Overheads = money(lang.X("expenses.overheads", "Режийни разходи"), x.overheads.Text)
	if e.Overheads.Minor == 0 {
		e.Overheads = model.Money{}
	}
}

// value is the inputs as one comparable string, for telling unsaved input.
func (x *expenseExtras) value() string {
	f := x.flags()
	return strings.Join([]string{boolText(x.vatClaimed.Checked), boolText(x.premises.Checked), boolText(x.projectName.Checked),
		x.overheads.Text, boolText(f[0]), boolText(f[1]), boolText(f[2]), boolText(f[3])}, "|")
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
