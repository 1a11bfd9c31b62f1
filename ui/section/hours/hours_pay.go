package hours

import (
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// fillAnnex7 shows, for the director and the accountant, the hours reported in the year
// (model.RoleHours, the sum the checks use) against the maximum of Приложение № 7.
func (s *hoursScreen) fillAnnex7() {
	s.annex7.RemoveAll()
	if s.left != nil {
		defer s.left.Refresh()
	}
	if s.d == nil || s.budget == nil {
		return
	}
	used := model.RoleHours(s.d.Timesheets)
	for _, x := range []struct {
		label kit.Phrase
		used  model.Hours
		max   model.Hours
	}{
		{kit.Phrase{"hours.annex7.director", "Директор"}, used[model.RoleDirector], s.budget.DirectorHours},
		{kit.Phrase{"hours.annex7.accountant", "Счетоводител"}, used[model.RoleAccountant], s.budget.AccountantHours},
	} {
		unit := lang.X("hours.unit", "ч.")
		text := fmt.Sprintf("%s: %s / %s %s", x.label.String(), x.used, x.max, unit)
		if x.max == 0 {
			text = fmt.Sprintf("%s: %s %s — %s", x.label.String(), x.used, unit,
				lang.X("hours.annex7.nomax", "Приложение № 7 няма стойност за училището"))
		}
		over := x.max > 0 && x.used > x.max
		if over {
			text += " — " + lang.X("budget.cap.over", "НАДВИШЕНО")
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		if over {
			l.Importance = widget.DangerImportance
		}
		s.annex7.Add(container.NewVBox(l, kit.NewBar(model.Money{Minor: int64(x.used)}, model.Money{Minor: int64(x.max)}, over)))
	}
}

// payPanel shows the chosen person's pay by quarter (model.PaySummary) and edits the year's
// contribution and tax rates, which default to the rule profile's.
type payPanel struct {
	s     *hoursScreen
	table *fyne.Container
	note  *widget.Label

	employee, employer, tax *widget.Entry
	saved                   [3]string
	object                  fyne.CanvasObject
	gen                     int // counts the people shown: a pay computed for an earlier one is dropped
}

func newPayPanel(s *hoursScreen) *payPanel {
	p := &payPanel{s: s, table: container.NewVBox(), note: widget.NewLabel("")}
	p.note.Wrapping = fyne.TextWrapWord
	entry := func() *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder("0,00")
		e.Validator = func(v string) error { _, err := parsePercent(v); return kit.PlainError(err) }
		e.OnChanged = func(string) { s.changed() }
		e.OnSubmitted = func(string) { p.submit() }
		return e
	}
	p.employee, p.employer, p.tax = entry(), entry(), entry()
	save := widget.NewButtonWithIcon(lang.X("hours.rates.save", "Запази ставките за годината"), theme.DocumentSaveIcon(), p.submit)
	rates := widget.NewForm(
		kit.Phrase{"hours.rates.employee", "Осигуровки – лице, %"}.Item(p.employee),
		kit.Phrase{"hours.rates.employer", "Осигуровки – работодател, %"}.Item(p.employer),
		kit.Phrase{"hours.rates.tax", "Данък (ЗДДФЛ), %"}.Item(p.tax))
	p.object = container.NewVBox(widget.NewSeparator(), hoursHeading(lang.X("hours.pay.card", "Възнаграждение по месеци"),
		lang.X("hours.pay.card.sub", "по одобрените отчети (чл. 81, ал. 2): месеците по ведомостта на месеца, тримесечието — както се изплаща, на общите му часове; до всеки — печат на ведомостта")),
		p.table, p.note, rates, container.NewHBox(layout.NewSpacer(), save))
	return p
}

// submit saves the rates, showing why when it cannot.
func (p *payPanel) submit() {
	if err := p.Save(); err != nil {
		p.s.env.ShowError(err)
	}
}

// Object is the panel's widget tree.
func (p *payPanel) Object() fyne.CanvasObject { return p.object }

// parsePercent reads a rate typed as „13,78“ into basis points.
func parsePercent(s string) (int64, error) {
	m, err := model.ParseMoney(strings.TrimSuffix(strings.TrimSpace(s), "%"), model.BGN)
	if err != nil || m.Minor < 0 || m.Minor > 10000 {
		return 0, model.Errorf(model.CodeInvalidRate, "", "%s", lang.X("hours.rate.notpercent",
			"„{{.Text}}“ не е процент: въведете число от 0 до 100 с до два знака, напр. 13,78", map[string]any{"Text": s}))
	}
	return m.Minor, nil
}

// percent formats basis points as „13,78“.
func percent(bp int64) string { return model.Money{Minor: bp}.Number() }

// rates are the year's rates: its own, or the profile's.
func (p *payPanel) rates() model.PayRates {
	prof, err := kit.Profile(p.s.d)
	if err != nil || p.s.d == nil {
		return model.PayRates{}
	}
	return model.PayRatesFor(prof, &p.s.d.Programme)
}

// showYear fills the rates of the shown year.
func (p *payPanel) showYear() {
	r := p.rates()
	p.employee.SetText(percent(r.EmployeeContribBp))
	p.employer.SetText(percent(r.EmployerContribBp))
	p.tax.SetText(percent(r.IncomeTaxBp))
	p.saved = p.values()
	p.note.SetText("")
	if prof, err := kit.Profile(p.s.d); err == nil && p.s.d != nil && p.s.d.Programme.PayRates == nil {
		p.note.SetText(lang.X("hours.rates.default", "Възнаграждението се изчислява по ставките в сила през месеца от профила с правила (КСО, ЗЗО, ЗДДФЛ и годишните закони за бюджета на ДОО и НЗОК). Ставките долу са за плана на бюджета (осигуровките на работодателя при управлението), от профила за {{.Year}}; ако за годината са други, въведете ги и запазете.",
			map[string]any{"Year": prof.Pay.RatesYear}))
	}
}

func (p *payPanel) values() [3]string { return [3]string{p.employee.Text, p.employer.Text, p.tax.Text} }

// setValues puts rates typed earlier back into the inputs, unsaved.
func (p *payPanel) setValues(v [3]string) {
	p.employee.SetText(v[0])
	p.employer.SetText(v[1])
	p.tax.SetText(v[2])
}

// Dirty reports whether the rates differ from the year's as stored.
func (p *payPanel) Dirty() bool { return p.s.d != nil && p.values() != p.saved }

// Save stores the rates on the year's programme, read afresh so that nothing else of it changes.
func (p *payPanel) Save() error {
	if p.s.d == nil {
		return kit.ErrNoYear()
	}
	var r model.PayRates
	var es model.Errors
	for _, x := range []struct {
		to   *int64
		text string
	}{{&r.EmployeeContribBp, p.employee.Text}, {&r.EmployerContribBp, p.employer.Text}, {&r.IncomeTaxBp, p.tax.Text}} {
		bp, err := parsePercent(x.text)
		es.Add(err)
		*x.to = bp
	}
	if err := es.Err(); err != nil {
		return err
	}
	id := p.s.d.Programme.ID
	err := p.s.env.DB.Update(func(tx *store.Tx) error {
		var prog model.Programme
		if err := tx.Get(model.KindProgramme, id, &prog); err != nil {
			return err
		}
		prog.PayRates = &r
		return tx.Put(&prog)
	})
	if err != nil {
		return fmt.Errorf("save the year's pay rates: %w", err)
	}
	p.s.sync()
	p.showYear()
	p.showPerson(p.s.person)
	p.s.changed()
	return nil
}

// showPerson fills the pay of person pr (nothing for none) as a table: a row per month and
// role as the month's payroll statement computes it (model.PersonPay), with its Печат; after a
// quarter's months, the quarter as its statement pays it (model.PersonQuarters), with its Печат;
// then the sums per calendar year that the accountant's annual reports take (model.PersonYears).
//
// The pay is computed away from the window (issue #16: PersonPay and PersonQuarters read the
// year's reports and sessions); meanwhile the table says it is being computed, and a result for
// a person or a year no longer shown is dropped (gen).
func (p *payPanel) showPerson(pr *model.Person) {
	p.gen++
	p.table.RemoveAll()
	if pr == nil || pr.ID == "" || p.s.d == nil {
		return
	}
	prof, err := kit.Profile(p.s.d)
	if err != nil {
		p.table.Add(widget.NewLabel(kit.ErrorText(err)))
		return
	}
	gen, d, b, id := p.gen, p.s.d, p.s.budget, pr.ID
	cur := d.Programme.Currency
	p.table.Add(widget.NewLabel(lang.X("hours.pay.computing", "Изчисляване на възнагражденията…")))
	p.s.env.Go(func() {
		ms := model.PersonPay(d, prof, b, id)
		qs := model.PersonQuarters(d, prof, b, id, cur)
		fyne.Do(func() {
			if gen != p.gen || p.s.d != d {
				return // another person or a newer year is shown
			}
			p.fillPay(ms, qs, cur)
		})
	})
}

// fillPay shows the months ms and quarters qs of one person's pay as the table.
func (p *payPanel) fillPay(ms []model.PersonMonth, qs []model.PersonQuarter, cur model.Currency) {
	p.table.RemoveAll()
	if len(ms) == 0 {
		p.table.Add(widget.NewLabel(lang.X("hours.pay.none", "Лицето няма одобрени отчети през годината.")))
		return
	}
	k := 0
	for i, m := range ms {
		for _, r := range m.Rows {
			p.payBlock(m.Month.String()+" — "+personRoleChoice.Label(string(r.Role)), r.Line, fyne.TextStyle{}, p.printButton(model.MonthPeriod(m.Month)))
		}
		if q := model.QuarterOf(m.Month); k < len(qs) && (i == len(ms)-1 || model.QuarterOf(ms[i+1].Month) != q) {
			p.payBlock(quarterName(q), qs[k].Total, fyne.TextStyle{Italic: true}, p.printButton(model.QuarterPeriod(q)))
			k++
		}
	}
	for _, y := range model.PersonYears(qs, cur) {
		p.payBlock(lang.X("hours.pay.year", "Общо за {{.Y}} г.", map[string]any{"Y": y.Year}), y.Total, fyne.TextStyle{Bold: true}, nil)
	}
}

// payHeads name the amounts of a person-month, a quarter or a year.
var payHeads = []kit.Phrase{
	{"hours.pay.hours", "Часове"}, {"hours.pay.rate", "Ставка"}, {"hours.pay.gross", "Бруто"},
	{"hours.pay.employee", "Осиг. лице"}, {"hours.pay.tax", "Данък"}, {"hours.pay.net", "Нето"},
	{"hours.pay.employer", "Осиг. работодател"},
}

// payBlock adds one person-month (or quarter, or year) to the table: its title with the print
// of its statement beside it, then its amounts flowed to the width, each „Бруто: 200,00 €“ kept
// on one line (issue #17: as a table of nine columns it ran off the right at 1093×614). A sum
// (styled) has no rate.
func (p *payPanel) payBlock(title string, l model.PayLine, style fyne.TextStyle, print fyne.CanvasObject) {
	values := []string{l.Hours.String(), kit.Money(l.Rate), kit.Money(l.Gross), kit.Money(l.EmployeeContrib),
		kit.Money(l.IncomeTax), kit.Money(l.Net), kit.Money(l.EmployerContrib)}
	var cells []fyne.CanvasObject
	for i, v := range values {
		if i == 1 && style != (fyne.TextStyle{}) {
			continue
		}
		cells = append(cells, widget.NewLabelWithStyle(payHeads[i].String()+": "+v, fyne.TextAlignLeading, style))
	}
	head := kit.NewNumberText(title)
	head.SetBold(true)
	var top fyne.CanvasObject = head
	if print != nil {
		top = container.NewBorder(nil, nil, nil, print, head)
	}
	if len(p.table.Objects) > 0 {
		p.table.Add(widget.NewSeparator())
	}
	p.table.Add(top)
	p.table.Add(newPayFlow(cells...))
}

// printButton prints the payroll statement of period per (forms.WritePayroll) through Save as.
func (p *payPanel) printButton(per model.PayrollPeriod) fyne.CanvasObject {
	return widget.NewButtonWithIcon(lang.X("hours.pay.print", "Печат на ведомостта"), theme.DocumentPrintIcon(), func() {
		prof, err := kit.Profile(p.s.d)
		if err != nil || p.s.d == nil {
			p.s.env.ShowError(err)
			return
		}
		d := p.s.d
		pr := model.BuildPayroll(d, prof, p.s.budget, per)
		name := "Ведомост " + strings.NewReplacer(".", "-", " ", "-").Replace(per.String()) + ".pdf"
		p.s.env.SaveFile(name, func(w io.Writer) error { return forms.WritePayroll(w, d, &pr) })
	})
}

// quarterName is „IV тримесечие 2025“.
func quarterName(q model.Quarter) string {
	return lang.X("hours.quarter", "{{.Q}} тримесечие {{.Y}}",
		map[string]any{"Q": [...]string{"", "I", "II", "III", "IV"}[q.Q], "Y": q.Y})
}
