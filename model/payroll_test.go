package model_test

import (
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// twoRoles is a director who also leads a group (чл. 85, ал. 6): 8,00 лв. an hour as director
// (чл. 85, ал. 4), 12,00 лв. as leader (чл. 80, ал. 1, ten years of experience), agreements
// of 2025; 55 h of the director's role approved in January 2026, then in February 10 h as
// director and 12 h as leader. A firm's person is on no statement.
func twoRoles() *model.YearData {
	d := &model.YearData{Programme: model.Programme{Year: 2025, Currency: model.EUR}}
	d.People = []model.Person{
		{ID: "dir", Rate: model.Lev(8, 0), ExperienceYears: 10, Engagement: model.Staff,
			Roles:       []model.PersonRole{model.RoleDirector, model.RoleLeader},
			RoleRates:   []model.RoleRate{{Role: model.RoleLeader, Rate: model.Lev(12, 0)}},
			AgreementNo: "ДС-1", AgreementDate: model.NewDate(2025, time.September, 20)},
		{ID: "firm", Rate: model.Lev(12, 0), Engagement: model.External, SupplierID: "s1",
			Roles: []model.PersonRole{model.RoleLeader}},
	}
	sheet := func(id, person model.ID, role model.PersonRole, m time.Month, h int64) model.Timesheet {
		mon := model.Month{Y: 2026, M: m}
		return model.Timesheet{ID: id, PersonID: person, Role: role, Month: mon, Status: model.Approved,
			Days: []model.DayHours{{Date: mon.First(), Hours: model.H(h)}}}
	}
	d.Timesheets = []model.Timesheet{
		sheet("t1", "dir", model.RoleDirector, time.January, 55),
		sheet("t2", "dir", model.RoleDirector, time.February, 10),
		sheet("t3", "dir", model.RoleLeader, time.February, 12),
		sheet("t4", "firm", model.RoleLeader, time.February, 12),
	}
	return d
}

// TestPayroll_Art85_6_DirectorWithTwoRoles: the February statement has the director's two
// roles as two rows, each at its own rate and within its own maximum. Приложение № 7 allows
// 60 h; 55 are paid already, so 5 of the 10 h are paid (чл. 86, ал. 2):
//
//	director: 5 × 4,09 € (8,00 лв. from 1.1.2026) = 20,45 €
//	  person 6,58 % = 1,34561 → 1,35; 1,40 % = 0,2863 → 0,29; 0,40 % = 0,0818 → 0,08;
//	  2,20 % = 0,4499 → 0,45; 3,20 % = 0,6544 → 0,65 — together 2,82
//	  tax (20,45 − 2,82) = 17,63 × 10 % = 1,763 → 1,76; net 15,87
//	  employer 1,68 + 0,43 + 0,12 + 0,08 + 0,57 + 0,98 = 3,86; cost 24,31
//	leader: 12 × 6,14 € = 73,68 €
//	  person 4,85 + 1,03 + 0,29 + 1,62 + 2,36 = 10,15; tax 63,53 × 10 % → 6,35; net 57,18
//	  employer 6,06 + 1,55 + 0,44 + 0,29 + 2,06 + 3,54 = 13,94; cost 87,62
//	totals: gross 94,13; person 12,97; tax 8,11; net 73,05; employer 17,80; cost 111,93
func TestPayroll_Art85_6_DirectorWithTwoRoles(t *testing.T) {
	d := twoRoles()
	b := &model.Budget{DirectorHours: model.H(60)}
	pr := model.BuildPayroll(d, profile(t), b, model.MonthPeriod(model.Month{Y: 2026, M: time.February}))
	if len(pr.Rows) != 2 || pr.Rows[0].Role != model.RoleDirector || pr.Rows[1].Role != model.RoleLeader {
		t.Fatalf("rows = %+v", pr.Rows)
	}
	dir, lead := pr.Rows[0], pr.Rows[1]
	if dir.Line.Hours != model.H(5) || dir.Line.Rate != model.Euro(4, 9) || len(dir.Notes) != 1 {
		t.Errorf("director = %s h × %v, notes %q", dir.Line.Hours, dir.Line.Rate, dir.Notes)
	}
	checkLine(t, "director", dir.Line, want{2045, 0, 282, 176, 1587, 386, 2431}, model.EUR)
	checkLine(t, "leader", lead.Line, want{7368, 0, 1015, 635, 5718, 1394, 8762}, model.EUR)
	if lead.BasisNo != "ДС-1" || lead.Line.Hours != model.H(12) || len(lead.Notes) != 0 {
		t.Errorf("leader row = %+v", lead)
	}
	checkLine(t, "total", pr.Total, want{9413, 0, 1297, 811, 7305, 1780, 11193}, model.EUR)
	// Within the maximum (60 h, nothing before): all 10 h are paid.
	d.Timesheets[0].Status = model.Prepared
	pr = model.BuildPayroll(d, profile(t), b, model.MonthPeriod(model.Month{Y: 2026, M: time.February}))
	if pr.Rows[0].Line.Hours != model.H(10) || len(pr.Rows[0].Notes) != 0 {
		t.Errorf("director within the maximum = %s h, notes %q", pr.Rows[0].Line.Hours, pr.Rows[0].Notes)
	}
}

// TestPayroll_Art80_RateCappedPerRole: a leader's rate above чл. 80, ал. 1 is paid at the cap,
// and the director's role at чл. 85, ал. 4's, whatever the person's other rate.
func TestPayroll_Art80_RateCappedPerRole(t *testing.T) {
	d := twoRoles()
	d.People[0].Rate = model.Lev(9, 0)               // director above 8,00 лв.
	d.People[0].RoleRates[0].Rate = model.Lev(12, 5) // leader above 12,00 лв.: 6,16 €
	pr := model.BuildPayroll(d, profile(t), nil, model.MonthPeriod(model.Month{Y: 2026, M: time.February}))
	if pr.Rows[0].Line.Rate != model.Euro(4, 9) || pr.Rows[1].Line.Rate != model.Euro(6, 14) ||
		len(pr.Rows[0].Notes) != 1 || len(pr.Rows[1].Notes) != 1 {
		t.Errorf("rates = %v / %v, notes %q %q", pr.Rows[0].Line.Rate, pr.Rows[1].Line.Rate, pr.Rows[0].Notes, pr.Rows[1].Notes)
	}
}

// TestPayrollDocOf_Art104_4: the statement takes the number and date of the first payroll
// expense after the period's last month with reports for a person paid in it, as the expense
// register and Docs.xlsx show them; an earlier one or another person's does not count.
func TestPayrollDocOf_Art104_4(t *testing.T) {
	d := twoRoles()
	exp := func(id, person model.ID, kind model.DocKind, no string, on model.Date) model.Expense {
		return model.Expense{ID: id, PersonID: person, DocKind: kind, DocNumber: no, DocDate: on}
	}
	d.Expenses = []model.Expense{
		exp("e1", "dir", model.DocPayroll, "В-1", model.NewDate(2026, time.February, 20)), // within February
		exp("e2", "dir", model.DocPayroll, "В-3", model.NewDate(2026, time.April, 20)),
		exp("e3", "dir", model.DocPayroll, "В-2", model.NewDate(2026, time.April, 10)),
		exp("e4", "nobody", model.DocPayroll, "В-0", model.NewDate(2026, time.April, 2)),
		exp("e5", "dir", model.DocInvoice, "Ф-1", model.NewDate(2026, time.April, 1)),
	}
	per := model.QuarterPeriod(model.Quarter{Y: 2026, Q: 1})
	if no, on := model.PayrollDocOf(d, per); no != "В-2" || on != model.NewDate(2026, time.April, 10) {
		t.Errorf("PayrollDocOf = %s %s, want В-2 10.04.2026", no, on)
	}
	// The last quarter of the school year is paid before it ends: after its last month with
	// reports (February here) — В-1 of 20.2.2026 counts only for a period that ends in January.
	if no, _ := model.PayrollDocOf(d, model.QuarterPeriod(model.Quarter{Y: 2026, Q: 1})); no != "В-2" {
		t.Errorf("PayrollDocOf = %s, want В-2: 20.02 is within February, which has reports", no)
	}
	if no, _ := model.PayrollDocOf(d, model.MonthPeriod(model.Month{Y: 2026, M: time.January})); no != "В-1" {
		t.Errorf("PayrollDocOf of January = %s, want В-1 of 20.02.2026", no)
	}
	if no, _ := model.PayrollDocOf(d, model.MonthPeriod(model.Month{Y: 2026, M: time.March})); no != "" {
		t.Errorf("PayrollDocOf of a month without reports = %q, want none", no)
	}
	if per.String() != "I тримесечие 2026" || model.MonthPeriod(model.Month{Y: 2026, M: 2}).String() != "02.2026" {
		t.Errorf("period names = %s", per)
	}
}

// TestComputePayLine_RandomizedAgainstOracle checks 20 000 random lines against an oracle in
// exact rationals written apart from the code: every part is the base × rate rounded half up,
// the civil costs and threshold as the profile says, and the invariants hold: gross = net +
// the person's contributions + tax, cost = gross + the employer's, each total the sum of its
// parts.
func TestComputePayLine_RandomizedAgainstOracle(t *testing.T) {
	p := profile(t)
	rng := rand.New(rand.NewSource(20))
	sets := []*model.PayRateSet{&p.Pay.Rates[0], &p.Pay.Rates[1]}
	bases := []model.PayBasis{model.BasisAgreement, model.BasisCivil, model.BasisInvoice}
	ins := []model.InsuranceStatus{model.InsuranceDeclared, model.InsurancePensioner, model.InsuranceAtMax}
	for i := 0; i < 20000; i++ {
		h := model.Hours(rng.Int63n(30000))
		cur := model.EUR
		if rng.Intn(2) == 0 {
			cur = model.BGN
		}
		rate := model.Money{Minor: 100 + rng.Int63n(1500), Currency: cur}
		b, st, set := bases[rng.Intn(3)], ins[rng.Intn(3)], sets[rng.Intn(2)]
		old := rng.Intn(4) == 0
		// A third of the lines under a ceiling of the insurable income (КСО чл. 6, ал. 2, т. 1).
		var ceiling model.Money
		mx := int64(-1)
		if rng.Intn(3) == 0 {
			mx = rng.Int63n(300000)
			ceiling = model.Money{Minor: mx, Currency: cur}
		}
		l := model.ComputePayLine(h, rate, model.PayTerms{Basis: b, Insurance: st, BornBefore1960: old, InsurableMax: ceiling}, set, cur)
		o := oracleLine(int64(h), rate.Minor, b, st, old, set, set.MinWage.In(cur).Minor, mx)
		got := [7]int64{l.Gross.Minor, l.Costs.Minor, l.EmployeeContrib.Minor, l.IncomeTax.Minor, l.Net.Minor, l.EmployerContrib.Minor, l.Cost.Minor}
		if got != o {
			t.Fatalf("case %d: %s h × %v %s %q: got %v, oracle %v", i, h, rate, b, st, got, o)
		}
		var e, r int64
		for _, pp := range l.Parts {
			e, r = e+pp.Employee.Minor, r+pp.Employer.Minor
		}
		if e != l.EmployeeContrib.Minor || r != l.EmployerContrib.Minor ||
			l.Gross.Minor != l.Net.Minor+l.EmployeeContrib.Minor+l.IncomeTax.Minor || l.Cost.Minor != l.Gross.Minor+l.EmployerContrib.Minor {
			t.Fatalf("case %d: invariants broken: %+v", i, l)
		}
	}
}

// roundHalfUp rounds a non-negative rational to an integer, a half going up.
func roundHalfUp(x *big.Rat) int64 {
	n := new(big.Int).Mul(x.Num(), big.NewInt(2))
	n.Add(n, x.Denom())
	n.Quo(n, new(big.Int).Mul(x.Denom(), big.NewInt(2)))
	return n.Int64()
}

func pct(base, bp int64) int64 { return roundHalfUp(big.NewRat(base*bp, 10000)) }

// oracleLine: gross, costs, person's contributions, tax, net, employer's, cost; maxIns is the
// ceiling of the insurable income, −1 for none.
func oracleLine(h, rate int64, b model.PayBasis, st model.InsuranceStatus, old bool, s *model.PayRateSet, minWage, maxIns int64) [7]int64 {
	gross := roundHalfUp(big.NewRat(h*rate, 100))
	if b == model.BasisInvoice {
		return [7]int64{gross, 0, 0, 0, gross, 0, gross}
	}
	var costs, insurable int64
	taxBase := gross
	if b == model.BasisCivil {
		costs = pct(gross, s.CivilCostsBp)
		taxBase = gross - costs
		if st != model.InsuranceAtMax && taxBase >= minWage {
			insurable = taxBase
		}
	} else {
		insurable = gross
	}
	if maxIns >= 0 && insurable > maxIns {
		insurable = maxIns
	}
	var emp, empr int64
	for _, c := range s.Contributions {
		civilOK := c.Civil && !(c.PensionerExempt && st == model.InsurancePensioner)
		e, r := c.EmployeeBp, c.EmployerBp
		if old && c.BornBefore1960 != nil {
			e, r = c.BornBefore1960.EmployeeBp, c.BornBefore1960.EmployerBp
		}
		if b == model.BasisAgreement || civilOK {
			emp += pct(insurable, e)
			empr += pct(insurable, r)
		}
	}
	tax := pct(max(taxBase-emp, 0), s.IncomeTaxBp)
	return [7]int64{gross, costs, emp, tax, gross - emp - tax, empr, gross + empr}
}

// TestPersonPay_MonthsQuartersAndCalendarYears: the director's months, a row per role; the
// quarters as their statements pay them; and the sums by calendar year for the annual reports.
// 55 h in January and 10 + 12 h in February 2026 are the first quarter: 65 h as director and
// 12 h as leader; a December 2025 month of 4 h as leader is the year 2025 (4 × 12,00 лв. =
// 48,00 лв.; paid in euro it is remuneration set in leva and not paid before the euro's day, so
// it converts in the person's favour: 48 / 1,95583 = 24,542… → 24,55 €, where the general rule
// gives 24,54 €, ЗВЕРБ). A quarter is paid on its total hours, so
// it may differ by a cent from its months added up; the year is its quarters added up.
func TestPersonPay_MonthsQuartersAndCalendarYears(t *testing.T) {
	d := twoRoles()
	dec := model.Month{Y: 2025, M: time.December}
	d.Timesheets = append(d.Timesheets, model.Timesheet{ID: "t0", PersonID: "dir", Role: model.RoleLeader, Month: dec,
		Status: model.Approved, Days: []model.DayHours{{Date: dec.First(), Hours: model.H(4)}}})
	p := profile(t)
	ms := model.PersonPay(d, p, nil, "dir")
	if len(ms) != 3 || ms[0].Month != dec || len(ms[1].Rows) != 1 || len(ms[2].Rows) != 2 {
		t.Fatalf("months = %+v", ms)
	}
	qs := model.PersonQuarters(d, p, nil, "dir", model.EUR)
	if len(qs) != 2 || qs[0].Quarter != (model.Quarter{Y: 2025, Q: 4}) || qs[1].Total.Hours != model.H(77) {
		t.Fatalf("quarters = %+v", qs)
	}
	// The first quarter of 2026: 65 h × 4,09 € = 265,85 € and 12 h × 6,14 € = 73,68 €.
	if qs[1].Total.Gross != model.Euro(339, 53) {
		t.Errorf("Q1 2026 gross = %v, want 339,53 €", qs[1].Total.Gross)
	}
	ys := model.PersonYears(qs, model.EUR)
	if len(ys) != 2 || ys[0].Year != 2025 || ys[1].Year != 2026 || ys[0].Total.Hours != model.H(4) {
		t.Fatalf("years = %+v", ys)
	}
	if ys[0].Total.Gross != model.Euro(24, 55) || ys[1].Total.Net != qs[1].Total.Net || ys[1].Total.Cost != qs[1].Total.Cost {
		t.Errorf("years = 2025 gross %v; 2026 net %v cost %v, want 24,55 € and the quarter's %v, %v",
			ys[0].Total.Gross, ys[1].Total.Net, ys[1].Total.Cost, qs[1].Total.Net, qs[1].Total.Cost)
	}
}
