package model_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// levInvoicePaidInEuro makes the fixture's expense a VAT-free lev invoice of 1 125,02 лв. dated
// in December 2025 and paid by bank in January 2026 with the given euro amount.
func levInvoicePaidInEuro(paid model.Money) func(d *model.YearData) {
	return onExpense(func(e *model.Expense) {
		e.Net, e.VAT, e.PaidAmount = model.Lev(1125, 2), model.Money{}, paid
		e.DocDate, e.PaidOn, e.EnteredOn = day(time.December, 29), day(time.January, 6), day(time.January, 6)
	})
}

// чл. 96, т. 5 with the changeover: 1 125,02 лв. / 1,95583 = 575,2136… → 575,21 €, which
// converted back would be 1 125,01 лв. The euro equivalent pays the lev invoice in full; one
// cent less does not.
func TestCheck_Art96_5_LevInvoicePaidInEuro(t *testing.T) {
	runRule(t, "expense_not_paid", model.SeverityError, "чл. 96, т. 5", []ruleCase{
		{"1 125,02 лв. paid as 575,21 €", levInvoicePaidInEuro(model.Euro(575, 21)), false},
		{"1 125,02 лв. paid as 575,20 €", levInvoicePaidInEuro(model.Euro(575, 20)), true},
		{"1 125,02 лв. paid as 575,22 €", levInvoicePaidInEuro(model.Euro(575, 22)), false},
		{"1 125,02 лв. paid in leva", levInvoicePaidInEuro(model.Lev(1125, 2)), false},
		{"1 125,02 лв. paid 1 125,01 лв.", levInvoicePaidInEuro(model.Lev(1125, 1)), true},
	})
}

// The eligible amount of the lev invoice paid in euro is its one conversion, 575,21 €, in the
// euro budget's plan vs actual — not zero (чл. 96, т. 5) and not 575,20 €.
func TestPlanVsActual_Art96_5_LevInvoicePaidInEuroCounts(t *testing.T) {
	p := profile(t)
	for _, tc := range []struct {
		name string
		paid model.Money
		want model.Money
	}{
		{"equivalent", model.Euro(575, 21), model.Euro(575, 21)},
		{"one cent short", model.Euro(575, 20), model.Euro(0, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			d.Programme.Currency = model.EUR
			levInvoicePaidInEuro(tc.paid)(d)
			b, err := model.BudgetFor(p, d)
			if err != nil {
				t.Fatal(err)
			}
			var got model.Money
			for _, r := range model.PlanVsActual(d, b) {
				if r.Activity == model.ActRemedial && r.CostType == 2 {
					got = r.Actual
				}
			}
			if got != tc.want {
				t.Errorf("actual of т. 2 = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSettles(t *testing.T) {
	tests := []struct {
		name      string
		due, paid model.Money
		want      bool
	}{
		{"lev paid in leva", model.Lev(100, 0), model.Lev(100, 0), true},
		{"lev short in leva", model.Lev(100, 0), model.Lev(99, 99), false},
		{"lev paid its euro equivalent", model.Lev(1125, 2), model.Euro(575, 21), true},
		{"lev paid a cent short in euro", model.Lev(1125, 2), model.Euro(575, 20), false},
		{"euro paid in leva, equivalent", model.Euro(575, 21), model.Lev(1125, 2), true},
		{"euro paid in leva, converting to a cent short", model.Euro(575, 21), model.Lev(1125, 0), false},
		{"no currency on the payment", model.Euro(10, 0), model.Money{Minor: 1000}, true},
		{"half a cent rounds up: 0,01 лв. is 0,01 €", model.Lev(0, 1), model.Euro(0, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.Settles(tt.due, tt.paid); got != tt.want {
				t.Errorf("Settles(%v, %v) = %v, want %v", tt.due, tt.paid, got, tt.want)
			}
		})
	}
}

// A price agreed in leva before 1 January 2026 (a firm's hourly price) applies as agreed to the
// last day of 2025 and as its conversion by the general rule from the first day of 2026 (ЗВЕРБ,
// чл. 12–13): 12,00 лв. → 6,14 €, 8,00 лв. → 4,09 €.
func TestRateOn_AcrossEuroDay(t *testing.T) {
	tests := []struct {
		name string
		rate model.Money
		on   model.Date
		want model.Money
	}{
		{"12,00 лв. on 31.12.2025", model.Lev(12, 0), model.NewDate(2025, time.December, 31), model.Lev(12, 0)},
		{"12,00 лв. on 1.1.2026", model.Lev(12, 0), model.NewDate(2026, time.January, 1), model.Euro(6, 14)},
		{"8,00 лв. on 1.1.2026", model.Lev(8, 0), model.NewDate(2026, time.January, 1), model.Euro(4, 9)},
		{"a euro rate stays", model.Euro(6, 14), model.NewDate(2025, time.December, 31), model.Euro(6, 14)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.RateOn(tt.rate, tt.on); got != tt.want {
				t.Errorf("RateOn(%v, %v) = %v, want %v", tt.rate, tt.on, got, tt.want)
			}
		})
	}
	if model.CurrencyOn(model.NewDate(2025, time.December, 31)) != model.BGN || model.CurrencyOn(model.EuroDay) != model.EUR {
		t.Errorf("CurrencyOn: a document of 31.12.2025 is in leva, one of 1.1.2026 in euro")
	}
}

// oracleToEUR converts stotinki to euro cents with exact rationals: stotinki / 1.95583,
// rounded half up on the third decimal (written apart from divRound).
func oracleToEUR(stotinki int64) int64 {
	q := new(big.Rat).SetFrac(big.NewInt(stotinki*100000), big.NewInt(model.EuroRate))
	q.Add(q, big.NewRat(1, 2))
	return new(big.Int).Quo(q.Num(), q.Denom()).Int64()
}

// A seeded randomized test of the conversion and the settlement against an oracle: the
// conversion matches exact rational arithmetic, and a euro payment settles a lev document
// exactly when the oracle's conversion of the document is at most it — the converted amount
// settles, one cent less never does, whatever the converted-back lev figure is.
func TestSettles_RandomizedAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 2026))
	backDiffers := 0
	for range 20000 {
		lev := rng.Int64N(10_000_000) // up to 100 000,00 лв.
		want := oracleToEUR(lev)
		if got := (model.Money{Minor: lev, Currency: model.BGN}).ToEUR(); got.Minor != want {
			t.Fatalf("ToEUR(%d st.) = %d cents, oracle %d", lev, got.Minor, want)
		}
		due := model.Money{Minor: lev, Currency: model.BGN}
		paid := model.Money{Minor: want + rng.Int64N(5) - 2, Currency: model.EUR}
		if got, w := model.Settles(due, paid), paid.Minor >= want; got != w {
			t.Fatalf("Settles(%v, %v) = %v, want %v (oracle %d cents)", due, paid, got, w, want)
		}
		if model.Euro(0, want).ToBGN().Minor != lev {
			backDiffers++
		}
	}
	if backDiffers == 0 {
		t.Errorf("no amount converted back differently: the test did not reach the case of 1 125,02 лв.")
	}
}

// ЗВЕРБ's rule for remuneration for labour (as the БНБ states it, 15.08.2025): the euro amount is
// taken to its third decimal and, if that decimal is greater than zero, the second goes up by
// one — in the person's favour; the general rule (ЗВЕРБ, чл. 12–13) rounds a half up. Both sides
// of the boundary: a third decimal of 0 stays (8,00 лв. = 4,0903… € → 4,09 €, the later decimals
// are not looked at, as in the general rule), one of 1 goes up (1 000,00 лв. = 511,2918… €
// → 511,30 €, the example of a pension reported with the БНБ's statement; the general rule gives
// 511,29 €); the КНСБ's example of a salary, 2 000,00 лв. = 1 022,5837… € → 1 022,59 €, is the
// rule too: the general rule gives 1 022,58 €.
func TestToEURPay_ZVERB_RemunerationRoundsUpOnTheThirdDecimal(t *testing.T) {
	tests := []struct {
		name         string
		lev          model.Money
		pay, general model.Money
	}{
		{"8,00 лв.: third decimal 0 stays", model.Lev(8, 0), model.Euro(4, 9), model.Euro(4, 9)},
		{"1 000,00 лв.: third decimal 1 goes up", model.Lev(1000, 0), model.Euro(511, 30), model.Euro(511, 29)},
		{"10,00 лв.: third decimal 2 goes up", model.Lev(10, 0), model.Euro(5, 12), model.Euro(5, 11)},
		{"48,00 лв.: third decimal 2 goes up", model.Lev(48, 0), model.Euro(24, 55), model.Euro(24, 54)},
		{"2 000,00 лв.: third decimal 3 goes up (КНСБ's example)", model.Lev(2000, 0), model.Euro(1022, 59), model.Euro(1022, 58)},
		{"12,00 лв.: third decimal 5", model.Lev(12, 0), model.Euro(6, 14), model.Euro(6, 14)},
		{"1 955,83 лв.: exactly 1 000,00 €", model.Lev(1955, 83), model.Euro(1000, 0), model.Euro(1000, 0)},
		{"0,01 лв. = 0,0051… €: third decimal 5", model.Lev(0, 1), model.Euro(0, 1), model.Euro(0, 1)},
		{"a correction of −10,00 лв.", model.Lev(-10, 0), model.Money{Minor: -512, Currency: model.EUR}, model.Money{Minor: -511, Currency: model.EUR}},
		{"a euro amount stays", model.Euro(5, 11), model.Euro(5, 11), model.Euro(5, 11)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.lev.ToEURPay(); got != tt.pay {
				t.Errorf("ToEURPay(%v) = %v, want %v", tt.lev, got, tt.pay)
			}
			if got := tt.lev.ToEUR(); got != tt.general {
				t.Errorf("ToEUR(%v) = %v, want %v (the general rule)", tt.lev, got, tt.general)
			}
			if got := tt.lev.InPay(model.EUR); got != tt.pay {
				t.Errorf("InPay(EUR) of %v = %v, want %v", tt.lev, got, tt.pay)
			}
		})
	}
}

// oracleToEURPay converts stotinki to euro cents by the remuneration rule with exact rationals:
// the euro amount cut after its third decimal, then up to the cent if that decimal is not 0.
func oracleToEURPay(stotinki int64) int64 {
	mills := new(big.Int).Quo(big.NewInt(stotinki*1000000), big.NewInt(model.EuroRate)) // thousandths of a euro
	cents, third := new(big.Int).QuoRem(mills, big.NewInt(10), new(big.Int))
	if third.Sign() > 0 {
		cents.Add(cents, big.NewInt(1))
	}
	return cents.Int64()
}

// A seeded randomized test of the remuneration rule against the oracle, and of its relation to
// the general rule: never below it, at most a cent above.
func TestToEURPay_ZVERB_RandomizedAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 2026))
	up := 0
	for range 20000 {
		lev := rng.Int64N(10_000_000)
		want := oracleToEURPay(lev)
		got := model.Money{Minor: lev, Currency: model.BGN}.ToEURPay()
		if got.Minor != want || got.Currency != model.EUR {
			t.Fatalf("ToEURPay(%d st.) = %v, oracle %d cents", lev, got, want)
		}
		general := oracleToEUR(lev)
		if d := want - general; d < 0 || d > 1 {
			t.Fatalf("%d st.: remuneration %d cents, general rule %d", lev, want, general)
		} else if d == 1 {
			up++
		}
	}
	if up < 5000 {
		t.Errorf("only %d of 20 000 amounts went up a cent: the test did not reach the rule's side", up)
	}
}

// The hourly rate of remuneration across 1 January 2026: as agreed to the last day of 2025, then
// converted in the person's favour (PayRateOn); a person's rate by its basis — staff on an
// additional agreement and an individual on a civil contract are paid remuneration, a firm on
// invoice is paid a price (the general rule); a further role's own rate (RoleRates) too.
func TestPayRateOn_ZVERB_RemunerationAcrossEuroDay(t *testing.T) {
	dec31, jan1 := model.NewDate(2025, time.December, 31), model.NewDate(2026, time.January, 1)
	if got := model.PayRateOn(model.Lev(10, 0), dec31); got != model.Lev(10, 0) {
		t.Errorf("PayRateOn(10,00 лв., 31.12.2025) = %v, want 10,00 лв.", got)
	}
	if got := model.PayRateOn(model.Lev(10, 0), jan1); got != model.Euro(5, 12) {
		t.Errorf("PayRateOn(10,00 лв., 1.1.2026) = %v, want 5,12 €", got)
	}
	if got := model.PayRateOn(model.Lev(8, 0), jan1); got != model.Euro(4, 9) {
		t.Errorf("PayRateOn(8,00 лв., 1.1.2026) = %v, want 4,09 € (third decimal 0)", got)
	}
	if got := model.PayRateOn(model.Euro(5, 11), jan1); got != model.Euro(5, 11) {
		t.Errorf("PayRateOn(5,11 €) = %v, want it as agreed", got)
	}
	staff := model.Person{Engagement: model.Staff, Rate: model.Lev(10, 0), Roles: []model.PersonRole{model.RoleDirector, model.RoleLeader},
		RoleRates: []model.RoleRate{{Role: model.RoleLeader, Rate: model.Lev(1000, 0)}}}
	civil := model.Person{Engagement: model.External, Rate: model.Lev(10, 0), Roles: []model.PersonRole{model.RoleLeader}}
	firm := civil
	firm.SupplierID = "s1"
	for _, tt := range []struct {
		name string
		p    *model.Person
		role model.PersonRole
		want model.Money
	}{
		{"staff", &staff, model.RoleDirector, model.Euro(5, 12)},
		{"staff's further role", &staff, model.RoleLeader, model.Euro(511, 30)},
		{"civil contract", &civil, model.RoleLeader, model.Euro(5, 12)},
		{"a firm's price", &firm, model.RoleLeader, model.Euro(5, 11)},
	} {
		if got := tt.p.RateOn(tt.role, jan1); got != tt.want {
			t.Errorf("%s: RateOn = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.p.RateOn(tt.role, dec31); got != tt.p.RateFor(tt.role) {
			t.Errorf("%s: RateOn on 31.12.2025 = %v, want as agreed %v", tt.name, got, tt.p.RateFor(tt.role))
		}
	}
}
