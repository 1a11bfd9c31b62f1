package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WritePayroll prints the payroll statement (ведомост) of a month or a quarter (чл. 104, т. 4):
// every paid person in each role with the basis (agreement or contract, its number and date),
// hours, rate, gross, the statutory costs of a civil contract, the person's contributions, the
// tax withheld, net, the employer's contributions, and totals; then each contribution by fund,
// the notes of the caps and declarations, the laws the rates come from, and the signatures of
// the preparer, the accountant and the director. Its number and date are the payroll expense's
// (model.PayrollDocOf), as the expense register and Docs.xlsx carry them.
func WritePayroll(w io.Writer, d *model.YearData, pr *model.Payroll) error {
	// The letterhead (чл. 133) and the financing sentence of чл. 130, ал. 3 on every page.
	dc := newDoc(d, "Разчетно-платежна ведомост", true)
	// The instruction's name for it (чл. 104, т. 4).
	dc.title("РАЗЧЕТНО-ПЛАТЕЖНА ВЕДОМОСТ")
	dc.subtitle("за начислени суми за възнаграждения и осигурителни вноски за сметка на лицето и на работодателя")
	no := "№ ………… от …………"
	if pr.Number != "" {
		no = fmt.Sprintf("№ %s от %s г.", pr.Number, pr.Date)
	}
	dc.subtitle(no)
	dc.subtitle("за " + periodText(pr.Period))
	dc.field("Валута", currencyText(pr))
	dc.table(payrollColumns, payrollRows(pr), tableStyle{Size: 6.5, BoldLast: true, MinRow: 18})
	codes, names := partColumns(pr)
	if len(codes) > 0 {
		dc.section("Осигурителни вноски по фондове (за сметка на лицето / на работодателя)")
		dc.table(partTableColumns(names), partRows(pr, codes), tableStyle{Size: 6.5, BoldLast: true})
	}
	sigs := []signature{{"Изготвил", ""}, {"Счетоводител", roleName(d, model.RoleAccountant)}, {"Директор", d.School.DirectorName}}
	notes := payrollNotes(pr)
	for i, n := range notes {
		if i == len(notes)-1 { // the signatures never stand alone on a page: the last note goes with them
			dc.ensure(dc.paraHeight(n) + dc.signaturesHeight(sigs...))
		}
		dc.para(n)
	}
	dc.signatures(sigs...)
	return dc.finish(w)
}

// periodText is „месец октомври 2025 г.“ or „IV тримесечие 2025 г.“.
func periodText(p model.PayrollPeriod) string {
	if p.From == p.To {
		return fmt.Sprintf("месец %s %d г.", months[p.From.M], p.From.Y)
	}
	return p.String() + " г."
}

// currencyText names the statement's currency and, for hours of 2025 paid in euro, how: the
// lev gross is converted once, as remuneration — in the person's favour (ЗВЕРБ's rule for
// remuneration, model.Money.ToEURPay); a firm's invoice by the general rule (ЗВЕРБ, чл. 12–13).
func currencyText(pr *model.Payroll) string {
	s := "лева"
	if pr.Currency == model.EUR {
		s = "евро"
		if pr.Period.From.First().Before(model.EuroDay) {
			s += "; брутото на часовете от 2025 г. е сборът в лева, превърнат веднъж по курс 1,95583 " +
				"в полза на лицето (ако третият знак е по-голям от нула, вторият се увеличава с единица — ЗВЕРБ)"
		}
	}
	return s
}

// payrollColumns: the rate column holds its widest value, „99,99 лв.“ (rateText), at the table's
// size (30.7 pt of DejaVu Sans at 6.5 pt in 33.2 pt); the employer's contributions, whose
// header's widest word „работо-дател“ needs 43.7 pt, give it the room (45.9 pt left).
var payrollColumns = []column{
	{"№", 3, gopdf.Right}, {"Лице; основание", 19, gopdf.Left}, {"Позиция", 11, gopdf.Left},
	{"Часове", 6, gopdf.Right}, {"Ставка", 7.5, gopdf.Right}, {"Бруто", 8, gopdf.Right},
	{"Призн. разходи", 7, gopdf.Right}, {"Осиг. лице", 7.5, gopdf.Right}, {"Данък", 6.5, gopdf.Right},
	{"Нето", 8, gopdf.Right}, {"Осиг. работо-дател", 10, gopdf.Right}, {"Подпис", 7, gopdf.Left},
}

func payrollRows(pr *model.Payroll) [][]string {
	rows := make([][]string, 0, len(pr.Rows)+1)
	for i := range pr.Rows {
		r := &pr.Rows[i]
		l := &r.Line
		rows = append(rows, []string{itemNo(i), r.Person.Name.String() + "\n" + basisText(r), r.Role.Label(),
			l.Hours.String(), rateText(l.Rate), l.Gross.Number(), l.Costs.Number(), l.EmployeeContrib.Number(),
			l.IncomeTax.Number(), l.Net.Number(), l.EmployerContrib.Number(), ""})
	}
	t := &pr.Total
	return append(rows, []string{"", "Общо", "", t.Hours.String(), "", t.Gross.Number(), t.Costs.Number(),
		t.EmployeeContrib.Number(), t.IncomeTax.Number(), t.Net.Number(), t.EmployerContrib.Number(), ""})
}

// rateText is the rate with its currency, joined by a no-break space („12,00 лв.“, „6,14 €“): a
// rate of 2025 may be in leva on a statement in euro, so the unit is printed, and it never wraps
// under its number — a rate too wide for its column is shrunk whole by the rule of fit.go.
func rateText(m model.Money) string { return m.Number() + "\u00a0" + m.Currency.Symbol() }

// basisText is „допълнително споразумение № ДС-1 от 20.09.2025“.
func basisText(r *model.PayrollRow) string {
	s := r.Line.Basis.Label()
	if r.BasisNo != "" {
		s += " № " + r.BasisNo
	}
	if !r.BasisDate.IsZero() {
		s += " от " + r.BasisDate.String()
	}
	return s
}

// partColumns are the funds of the statement's rows, in the order of the profile's sets.
func partColumns(pr *model.Payroll) (codes, names []string) {
	seen := map[string]bool{}
	for i := range pr.Rows {
		for _, p := range pr.Rows[i].Line.Parts {
			if !seen[p.Code] {
				seen[p.Code] = true
				codes, names = append(codes, p.Code), append(names, p.Name)
			}
		}
	}
	return codes, names
}

func partTableColumns(names []string) []column {
	cols := []column{{"№", 3, gopdf.Right}, {"Лице", 20, gopdf.Left}}
	for _, n := range names {
		cols = append(cols, column{n, 12, gopdf.Center})
	}
	return cols
}

func partRows(pr *model.Payroll, codes []string) [][]string {
	cell := func(ps []model.PartPay, code string) string {
		for _, p := range ps {
			if p.Code == code {
				return p.Employee.Number() + " / " + p.Employer.Number()
			}
		}
		return "—"
	}
	var rows [][]string
	for i := range pr.Rows {
		r := &pr.Rows[i]
		row := []string{itemNo(i), r.Person.Name.String()}
		for _, c := range codes {
			row = append(row, cell(r.Line.Parts, c))
		}
		rows = append(rows, row)
	}
	total := []string{"", "Общо"}
	for _, c := range codes {
		total = append(total, cell(pr.Total.Parts, c))
	}
	return append(rows, total)
}

// payrollNotes are the rows' notes (caps, declarations), the civil contracts' documents and the
// laws of the rates applied, each with its article.
func payrollNotes(pr *model.Payroll) []string {
	var out []string
	sets := map[*model.PayRateSet]bool{}
	civil := false
	for i := range pr.Rows {
		r := &pr.Rows[i]
		for _, n := range r.Notes {
			out = append(out, fmt.Sprintf("Ред %d: %s.", i+1, n))
		}
		if r.Rates != nil && !sets[r.Rates] {
			sets[r.Rates] = true
			out = append(out, rateNote(r.Rates))
		}
		civil = civil || r.Line.Basis == model.BasisCivil
	}
	if civil {
		for s := range sets {
			out = append(out, civilNote(s))
			break
		}
	}
	return out
}

func rateNote(s *model.PayRateSet) string {
	out := fmt.Sprintf("Ставки в сила от %s: %s. Данък: %s.", s.FromDate(), s.Source, s.TaxArticle)
	for _, m := range s.MaxInsurable {
		on, _ := model.ParseDate(m.From) // validated with the profile
		out += fmt.Sprintf(" Максимален месечен осигурителен доход (КСО чл. 6, ал. 2, т. 1) от %s: %s — %s.",
			on, m.Amount.In(model.CurrencyOn(on)), m.Source)
	}
	return out
}

func civilNote(s *model.PayRateSet) string {
	var docs []string
	for _, d := range s.CivilDocs {
		docs = append(docs, fmt.Sprintf("%s (%s)", d.Kind, d.Article))
	}
	return fmt.Sprintf("Граждански договори: %s; %s; %s. Документи: %s.", s.CivilCostsArticle,
		s.CivilInsuredArticle, s.CivilTaxArticle, strings.Join(docs, "; "))
}

// roleName is the name of the year's person in role r, "" when none.
func roleName(d *model.YearData, r model.PersonRole) string {
	for i := range d.People {
		if d.People[i].Has(r) {
			return d.People[i].Name.String()
		}
	}
	return ""
}
