package forms_test

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

func defaultProfile(t *testing.T) *model.Profile {
	t.Helper()
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// payrollFixture adds to the forms fixture the director, who also leads a group (чл. 85, ал. 6),
// an external individual on a civil contract who declares a pension, the accountant, their
// November reports, and the payroll expense of 5.12.2026.
func payrollFixture() *model.YearData {
	d := fixture()
	y := d.Programme.Year
	d.People[0].Rate, d.People[0].ExperienceYears = model.Euro(6, 14), 10
	d.People = append(d.People,
		model.Person{ID: "p2", Year: y, Name: model.PersonName{First: "Мария", Middle: "Петрова", Last: "Иванова"},
			Roles: []model.PersonRole{model.RoleDirector, model.RoleLeader}, Engagement: model.Staff, Rate: model.Euro(4, 9),
			RoleRates: []model.RoleRate{{Role: model.RoleLeader, Rate: model.Euro(6, 14)}}, ExperienceYears: 20,
			AgreementNo: "ДС-2", AgreementDate: model.NewDate(2026, time.September, 15)},
		model.Person{ID: "p3", Year: y, Name: model.PersonName{First: "Стефан", Middle: "Илиев", Last: "Тонев"},
			Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.External, Rate: model.Euro(6, 14), ExperienceYears: 30,
			Insurance: model.InsurancePensioner, AgreementNo: "ГД-4", AgreementDate: model.NewDate(2026, time.October, 1)},
		model.Person{ID: "p4", Year: y, Name: model.PersonName{First: "Донка", Middle: "Василева", Last: "Пеева"},
			Roles: []model.PersonRole{model.RoleAccountant}, Engagement: model.Staff, Rate: model.Euro(3, 7)})
	sheet := func(id, person model.ID, role model.PersonRole, h int64) model.Timesheet {
		m := model.Month{Y: 2026, M: time.November}
		return model.Timesheet{ID: id, Year: y, PersonID: person, Role: role, Month: m, Status: model.Approved,
			Days: []model.DayHours{{Date: model.NewDate(2026, time.November, 5), Hours: model.H(h)}}}
	}
	d.Timesheets = append(d.Timesheets, sheet("t2", "p2", model.RoleDirector, 10), sheet("t3", "p2", model.RoleLeader, 12),
		sheet("t4", "p3", model.RoleLeader, 140), sheet("t5", "p4", model.RoleAccountant, 8))
	d.Expenses = append(d.Expenses, model.Expense{ID: "e2", Year: y, PersonID: "p1", DocKind: model.DocPayroll,
		DocNumber: "В-12", DocDate: model.NewDate(2026, time.December, 5), CostType: 1, Activity: model.ActRemedial})
	return d
}

// TestWritePayroll_Art104_4 prints the statement of November 2026. The leader: 3 h × 6,14 € =
// 18,42 €; the person's parts 1,21 + 0,26 + 0,07 + 0,41 + 0,59 = 2,54; tax (18,42 − 2,54) ×
// 10 % = 1,588 → 1,59; net 14,29. The civil contractor (pensioner): 140 h × 6,14 = 859,60,
// costs 214,90, net 744,19 (model.TestPayLine_ZDDFL29_CivilContract).
func TestWritePayroll_Art104_4(t *testing.T) {
	d := payrollFixture()
	pr := model.BuildPayroll(d, defaultProfile(t), nil, model.MonthPeriod(model.Month{Y: 2026, M: time.November}))
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WritePayroll(b, d, &pr) })
	text := pdfText(t, "payroll", pdf)
	mustContain(t, text, "РАЗЧЕТНО-ПЛАТЕЖНА ВЕДОМОСТ", "за начислени суми за възнаграждения и осигурителни вноски", "№ В-12 от 05.12.2026 г.", "за месец ноември 2026 г.",
		"Гергана Иванова Колева", "ДС-15 от 20.10.2026", "18,42", "2,54", "1,59", "14,29",
		"ГД-4", "859,60", "214,90", "744,19",
		"директор", "Мария Петрова Иванова", "„Пенсии“", "1,21 / 1,51",
		"декларира, че е пенсионер", "ЗДДФЛ чл. 29, ал. 1, т. 3", "протокол за приемане на извършената работа",
		"Максимален месечен осигурителен доход (КСО чл. 6, ал. 2, т. 1) от 01.01.2026: 2 111,64 €",
		"Изготвил", "Счетоводител", "(Донка Василева Пеева)", "Директор", ProjectLineForTest,
		"се финансира от Оперативна програма „Наука и образование за интелигентен растеж“")
	if len(pr.Rows) != 5 {
		t.Errorf("rows = %d, want 5 (leader, director and leader, civil, accountant)", len(pr.Rows))
	}
}

// ProjectLineForTest is the letterhead's project line, which every page carries.
const ProjectLineForTest = forms.ProjectLine

// TestPayroll_Art104_4_NumberAgreesWithRegisterAndDocs: each quarter's statement of the demo
// carries the number and date of the payroll expense that pays it — the last quarter of the
// school year is paid before it ends — and the expense register (the quarter's inventory) and
// Docs.xlsx carry the same „ведомост“ row.
func TestPayroll_Art104_4_NumberAgreesWithRegisterAndDocs(t *testing.T) {
	d := demo.Generate(demo.Options{})
	p := defaultProfile(t)
	b, err := model.BudgetFor(p, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, quarter := range []model.Quarter{{Y: 2025, Q: 4}, {Y: 2026, Q: 1}, {Y: 2026, Q: 2}} {
		pr := model.BuildPayroll(d, p, b, model.QuarterPeriod(quarter))
		if pr.Number == "" || pr.Date.IsZero() || len(pr.Rows) == 0 {
			t.Fatalf("%s: statement = № %q of %s, %d rows", quarter, pr.Number, pr.Date, len(pr.Rows))
		}
		pdf := render(t, func(buf *bytes.Buffer) error { return forms.WritePayroll(buf, d, &pr) })
		text := pdfText(t, "payroll-demo", pdf)
		mustContain(t, text, "№ "+pr.Number+" от "+pr.Date.String())
		if quarter.Y == 2025 { // paid in euro: the statement says how the lev gross was converted
			mustContain(t, text, "в полза на лицето")
		}
		q := pr.Date.Quarter()
		var docs, inv bytes.Buffer
		if err := sheets.WriteDocs(&docs, d, sheets.Quarter(pr.Date.Y, q)); err != nil {
			t.Fatal(err)
		}
		if err := sheets.WriteInventory(&inv, d, pr.Date.Y, q); err != nil {
			t.Fatal(err)
		}
		serial := strconv.Itoa(int(pr.Date.Time().Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24))
		if !hasRow(t, docs.Bytes(), string(model.DocPayroll), pr.Number, serial) {
			t.Errorf("%s: Docs.xlsx has no „ведомост“ row № %s of %s (%s)", quarter, pr.Number, pr.Date, serial)
		}
		if !hasRow(t, inv.Bytes(), string(model.DocPayroll), pr.Number, serial) {
			t.Errorf("%s: the inventory has no „ведомост“ row № %s of %s", quarter, pr.Number, pr.Date)
		}
	}
}

// hasRow reports whether a sheet of the workbook has a row of the kind with the number and the
// date next to each other (raw values: a date is its serial number).
func hasRow(t *testing.T, xlsx []byte, kind, number, date string) bool {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if i := slices.Index(r, number); i >= 0 && i+1 < len(r) && r[i+1] == date && slices.Contains(r, kind) {
				return true
			}
		}
	}
	return false
}

// TestLayout_PayrollRateKeepsItsUnit: each rate of the statement stands on one line of its
// column with its currency — the profile's top rate in leva (12,00 лв., чл. 80, ал. 1), the
// widest two-digit rates in leva and in euro (a rate of 2025 stays in leva on a statement in
// euro), and a three-digit one, which the rule of fit.go shrinks whole — with the longest names;
// and no word of the statement crosses the margins or overlaps another. (With -png the last
// case, a statement in euro at euro rates, is the one left as payroll-longnames.)
func TestLayout_PayrollRateKeepsItsUnit(t *testing.T) {
	p := defaultProfile(t)
	for _, rate := range []model.Money{model.Lev(12, 0), model.Lev(99, 99), model.Lev(999, 99), model.Euro(99, 99)} {
		t.Run(rate.String(), func(t *testing.T) {
			d := payrollFixture()
			for i := range d.People {
				d.People[i].Name = longPerson
			}
			pr := model.BuildPayroll(d, p, nil, model.MonthPeriod(model.Month{Y: 2026, M: time.November}))
			for i := range pr.Rows {
				pr.Rows[i].Line.Rate = rate
			}
			pages := bboxPages(t, "payroll-longnames", render(t, func(b *bytes.Buffer) error { return forms.WritePayroll(b, d, &pr) }))
			rates := 0
			for pi, page := range pages {
				checkWords(t, pi, page)
				rates += ratesOnOneLine(t, pi, page, rate)
			}
			if rates != len(pr.Rows) {
				t.Errorf("%d rates „%s“ read on one line, want %d (one a row)", rates, rate, len(pr.Rows))
			}
		})
	}
}

// ratesOnOneLine reads the rate column of the statement's table on page pi (the words under the
// header „Ставка“ and above the total row, halfway to the centres of the headers beside it,
// „Часове“ and „Бруто“: a header stands in the middle of its column) and returns how many
// rates it holds whole: the number and the unit as one word (joined by a no-break space) or as
// two words side by side on one line. Any other word there — a unit wrapped under its number,
// a piece of a cut word — fails.
func ratesOnOneLine(t *testing.T, pi int, p bboxPage, rate model.Money) int {
	t.Helper()
	header := map[string]*bboxWord{}
	for i := range p.Words {
		if w := &p.Words[i]; (w.Text == "Часове" || w.Text == "Ставка" || w.Text == "Бруто") && header[w.Text] == nil {
			header[w.Text] = w
		}
	}
	head := header["Ставка"]
	if head == nil {
		return 0
	}
	if header["Часове"] == nil || header["Бруто"] == nil {
		t.Fatalf("page %d: the headers beside „Ставка“ not read", pi+1)
	}
	centre := func(w *bboxWord) float64 { return (w.XMin + w.XMax) / 2 }
	left, right := (centre(header["Часове"])+centre(head))/2, (centre(head)+centre(header["Бруто"]))/2
	end := p.Height
	for _, w := range p.Words {
		if w.Text == "Общо" && w.YMin > head.YMax {
			end = min(end, w.YMin)
		}
	}
	var col []bboxWord
	for _, w := range p.Words {
		if w.YMin > head.YMax && w.YMax < end && w.XMin > left && w.XMax < right {
			col = append(col, w)
		}
	}
	slices.SortStableFunc(col, func(a, b bboxWord) int {
		if math.Abs(a.YMin-b.YMin) > layoutTol {
			return cmp.Compare(a.YMin, b.YMin)
		}
		return cmp.Compare(a.XMin, b.XMin)
	})
	number, unit := rate.Number(), rate.Currency.Symbol()
	n := 0
	for i := 0; i < len(col); i++ {
		w := col[i]
		switch text := strings.ReplaceAll(w.Text, "\u00a0", " "); {
		case text == number+" "+unit:
			n++
		case text == number && i+1 < len(col) && col[i+1].Text == unit && math.Abs(col[i+1].YMin-w.YMin) <= layoutTol &&
			col[i+1].XMin >= w.XMax-layoutTol:
			n++
			i++
		default:
			t.Errorf("page %d: „%s“ (%s) in the rate column: want „%s %s“ on one line", pi+1, w.Text, box4(w), number, unit)
		}
	}
	return n
}
