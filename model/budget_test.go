package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Hand-computed from Приложение № 6, чл. 75, Приложение № 1 and Приложение № 7.
func TestComputeBudget_Art74_Bands(t *testing.T) {
	p := profile(t)
	cases := []struct {
		name                         string
		group                        model.FundingGroup
		students                     int
		band                         int
		total, remedial, interest    model.Money
		directorH, accountantH       int64
		directorPay, accountantPay   model.Money
		remedialTarget, interestTarg int
		advance                      model.Money
	}{
		{"I, 80: first band", model.GroupI, 80, 0, model.Lev(17920, 0), model.Lev(10752, 0), model.Lev(7168, 0),
			90, 115, model.Lev(720, 0), model.Lev(690, 0), 29, 28, model.Lev(5376, 0)},
		{"I, 81: second band", model.GroupI, 81, 1, model.Lev(17629, 0), model.Lev(10577, 40), model.Lev(7051, 60),
			90, 115, model.Lev(720, 0), model.Lev(690, 0), 30, 29, model.Lev(5288, 70)},
		{"I, 250: second band", model.GroupI, 250, 1, model.Lev(36050, 0), model.Lev(21630, 0), model.Lev(14420, 0),
			120, 145, model.Lev(960, 0), model.Lev(870, 0), 90, 88, model.Lev(10815, 0)},
		{"I, 251: third band", model.GroupI, 251, 2, model.Lev(35639, 0), model.Lev(21383, 40), model.Lev(14255, 60),
			120, 145, model.Lev(960, 0), model.Lev(870, 0), 91, 88, model.Lev(10691, 70)},
		{"III, 150", model.GroupIII, 150, 1, model.Lev(21050, 0), model.Lev(10525, 0), model.Lev(10525, 0),
			95, 120, model.Lev(760, 0), model.Lev(720, 0), 38, 54, model.Lev(6315, 0)},
		{"VII, 300", model.GroupVII, 300, 2, model.Lev(18800, 0), model.Lev(1504, 0), model.Lev(17296, 0),
			100, 125, model.Lev(800, 0), model.Lev(750, 0), 15, 111, model.Lev(5640, 0)},
		{"special, 80: no remedial share, no targets", model.GroupSpecial, 80, 0, model.Lev(11920, 0), model.Lev(0, 0), model.Lev(0, 0),
			80, 110, model.Lev(640, 0), model.Lev(660, 0), 0, 0, model.Lev(3576, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := model.ComputeBudget(p, tc.group, tc.students, model.BGN)
			if err != nil {
				t.Fatal(err)
			}
			if b.Band != tc.band || b.Total != tc.total || b.Remedial != tc.remedial || b.Interest != tc.interest {
				t.Errorf("band %d T %v remedial %v interest %v; want %d %v %v %v", b.Band, b.Total, b.Remedial, b.Interest,
					tc.band, tc.total, tc.remedial, tc.interest)
			}
			if b.DirectorHours != model.H(tc.directorH) || b.AccountantHours != model.H(tc.accountantH) ||
				b.DirectorPay != tc.directorPay || b.AccountantPay != tc.accountantPay {
				t.Errorf("management %v h %v, %v h %v; want %d h %v, %d h %v", b.DirectorHours, b.DirectorPay, b.AccountantHours,
					b.AccountantPay, tc.directorH, tc.directorPay, tc.accountantH, tc.accountantPay)
			}
			if b.RemedialTarget != tc.remedialTarget || b.InterestTarget != tc.interestTarg || b.Advance != tc.advance {
				t.Errorf("targets %d/%d advance %v; want %d/%d %v", b.RemedialTarget, b.InterestTarget, b.Advance,
					tc.remedialTarget, tc.interestTarg, tc.advance)
			}
		})
	}
}

func TestComputeBudget_Annex6_SpecialSchoolOver80(t *testing.T) {
	p := profile(t)
	for _, n := range []int{81, 250, 251} {
		_, err := model.ComputeBudget(p, model.GroupSpecial, n, model.BGN)
		if model.ErrorCode(err) != "no_table_value" {
			t.Fatalf("%d students: err = %v, want no_table_value", n, err)
		}
		if want := "Приложение № 6: за специални училища с над 80 ученици няма стойност"; !contains(err.Error(), want) {
			t.Errorf("message %q does not contain %q", err.Error(), want)
		}
	}
}

func TestComputeBudget_Art82_Caps(t *testing.T) {
	b, err := model.ComputeBudget(profile(t), model.GroupV, 100, model.BGN) // T = 13 000 лв.
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]model.Money{"materials": model.Lev(3900, 0), "consumables": model.Lev(260, 0),
		"external_services": model.Lev(650, 0), "council_logistics": model.Lev(390, 0)}
	for _, c := range b.Caps {
		if c.Limit != want[c.Cap.Code] {
			t.Errorf("cap %s = %v, want %v", c.Cap.Code, c.Limit, want[c.Cap.Code])
		}
	}
	if len(b.Caps) != len(want) {
		t.Errorf("%d caps, want %d", len(b.Caps), len(want))
	}
}

// RULES.md §13: the final amounts are converted, never the rates.
func TestComputeBudget_Euro_ConvertsFinalAmounts(t *testing.T) {
	p := profile(t)
	b, err := model.ComputeBudget(p, model.GroupV, 100, model.EUR)
	if err != nil {
		t.Fatal(err)
	}
	if b.Total != model.Euro(6646, 79) || b.Remedial != model.Euro(2126, 97) || b.Interest != model.Euro(4519, 82) {
		t.Errorf("T %v remedial %v interest %v; want 6 646,79 / 2 126,97 / 4 519,82 €", b.Total, b.Remedial, b.Interest)
	}
	iv, err := model.ComputeBudget(p, model.GroupIV, 800, model.EUR) // director 160 h × 8,00 лв. = 1 280 лв.
	if err != nil {
		t.Fatal(err)
	}
	if iv.DirectorPay != model.Euro(654, 45) {
		t.Errorf("director's pay = %v, want 654,45 € (not 160 × 4,09 = 654,40 €)", iv.DirectorPay)
	}
	leader := model.H(160).Pay(p.Pay.LeaderRate.Lev()).In(model.EUR)
	if leader != model.Euro(981, 68) {
		t.Errorf("160 h × 12,00 лв. = %v, want 981,68 € (not 982,40 €)", leader)
	}
}

func TestBudget_Art76_Correction(t *testing.T) {
	b, err := model.ComputeBudget(profile(t), model.GroupI, 80, model.BGN) // remedial 10 752, interest 7 168; targets 29 / 28
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name               string
		remedial, interest int
		wantRem, wantInt   model.Money
	}{
		{"targets met", 29, 28, model.Lev(10752, 0), model.Lev(7168, 0)},
		{"over target: no increase computed", 40, 40, model.Lev(10752, 0), model.Lev(7168, 0)},
		{"one short on each", 28, 27, model.Lev(10381, 24), model.Lev(6912, 0)},
		{"none covered", 0, 0, model.Lev(0, 0), model.Lev(0, 0)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := b.Correct(tc.remedial, tc.interest)
			if c.Remedial.Corrected != tc.wantRem || c.Interest.Corrected != tc.wantInt {
				t.Errorf("corrected %v / %v, want %v / %v", c.Remedial.Corrected, c.Interest.Corrected, tc.wantRem, tc.wantInt)
			}
			if c.Remedial.Reduction() != b.Remedial.Sub(tc.wantRem) {
				t.Errorf("reduction = %v", c.Remedial.Reduction())
			}
		})
	}
}

func TestBudgetFor_RemedialPlanAboveMinimum(t *testing.T) {
	d := fixture()
	d.Programme.RemedialPlan = model.Lev(5000, 0)
	b, err := model.BudgetFor(profile(t), d)
	if err != nil {
		t.Fatal(err)
	}
	if b.Remedial != model.Lev(5000, 0) || b.Interest != model.Lev(8000, 0) {
		t.Errorf("remedial %v interest %v, want 5 000 / 8 000 лв.", b.Remedial, b.Interest)
	}
}

func TestPlanVsActual_Art83(t *testing.T) {
	d := fixture()
	d.Programme.Plan = []model.PlanLine{
		{Activity: model.ActInterest, CostType: 2, Amount: model.Lev(500, 0)},
		{Activity: model.ActRemedial, CostType: 2, Amount: model.Lev(2000, 0)},
	}
	unpaid := expense("e2", model.Lev(300, 0))
	unpaid.PaidBy = model.Unpaid
	vat := expense("e3", model.Lev(100, 0))
	vat.VATRecoverable = true
	d.Expenses = append(d.Expenses, unpaid, vat)
	b, err := model.BudgetFor(profile(t), d)
	if err != nil {
		t.Fatal(err)
	}
	rows := model.PlanVsActual(d, b)
	want := []model.PlanActualRow{
		{Activity: model.ActRemedial, CostType: 2, Planned: model.Lev(2000, 0), Actual: model.Lev(1300, 0)},
		{Activity: model.ActInterest, CostType: 2, Planned: model.Lev(500, 0), Actual: model.Lev(0, 0)},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows = %+v", rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, rows[i], want[i])
		}
	}
	if rows[0].Diff() != model.Lev(700, 0) {
		t.Errorf("diff = %v", rows[0].Diff())
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// A special school in range has no minimum of чл. 75, ал. 1 and no target of Приложение № 1:
// the budget says so („няма стойност“), and T does not all go to interest activities unless the
// school plans a remedial amount (чл. 75, ал. 3).
func TestComputeBudget_Art75_1_SpecialSchoolNoValue(t *testing.T) {
	p := profile(t)
	b, err := model.ComputeBudget(p, model.GroupSpecial, 80, model.EUR)
	if err != nil {
		t.Fatal(err)
	}
	if !b.NoRemedialMin || !b.NoRemedialTarget || !b.NoInterestTarget || b.SplitKnown() || !b.Interest.IsZero() {
		t.Errorf("special school: no-value flags %v %v %v, split known %v, interest %v", b.NoRemedialMin,
			b.NoRemedialTarget, b.NoInterestTarget, b.SplitKnown(), b.Interest)
	}
	b.SetRemedial(model.Euro(1000, 0))
	if !b.SplitKnown() || b.Interest != b.Total.Sub(model.Euro(1000, 0)) {
		t.Errorf("a planned remedial amount gives interest = T − remedial: %v of %v", b.Interest, b.Total)
	}
	g, err := model.ComputeBudget(p, model.GroupVII, 80, model.EUR)
	if err != nil {
		t.Fatal(err)
	}
	if g.NoRemedialMin || g.NoRemedialTarget || g.NoInterestTarget || !g.SplitKnown() {
		t.Errorf("group VII has every figure: %+v", g)
	}
}
