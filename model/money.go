package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Currency is the currency of an amount. Persisted as its ISO code; append-only.
type Currency string

// The currencies a school year's documents can be in (RULES.md §13).
const (
	BGN Currency = "BGN"
	EUR Currency = "EUR"
)

// Valid reports whether c is a known currency.
func (c Currency) Valid() bool { return c == BGN || c == EUR }

// Symbol is how the amount is suffixed in print: „лв.“ or „€“.
func (c Currency) Symbol() string {
	if c == EUR {
		return "€"
	}
	return "лв."
}

// Money is an amount in minor units (stotinki or euro cents) with its currency. Never a float.
type Money struct {
	Minor    int64    `json:"Minor"`
	Currency Currency `json:"Currency"`
}

// Lev returns an amount in BGN from whole leva and stotinki, e.g. Lev(12, 0).
func Lev(leva, stotinki int64) Money { return Money{Minor: leva*100 + stotinki, Currency: BGN} }

// Euro returns an amount in EUR from whole euro and cents.
func Euro(euro, cents int64) Money { return Money{Minor: euro*100 + cents, Currency: EUR} }

// IsZero reports whether the amount is zero (in any currency).
func (m Money) IsZero() bool { return m.Minor == 0 }

// Add returns m + o. Both must be in one currency: mixing is a programming error.
func (m Money) Add(o Money) Money {
	m.mustMatch(o)
	if m.Currency == "" {
		m.Currency = o.Currency
	}
	return Money{Minor: m.Minor + o.Minor, Currency: m.Currency}
}

// Sub returns m − o.
func (m Money) Sub(o Money) Money {
	m.mustMatch(o)
	if m.Currency == "" {
		m.Currency = o.Currency
	}
	return Money{Minor: m.Minor - o.Minor, Currency: m.Currency}
}

func (m Money) mustMatch(o Money) {
	if m.Currency != "" && o.Currency != "" && m.Currency != o.Currency {
		panic(fmt.Sprintf("model: money of different currencies: %s and %s", m.Currency, o.Currency))
	}
}

// Mul returns m × n.
func (m Money) Mul(n int64) Money { return Money{Minor: m.Minor * n, Currency: m.Currency} }

// MulRatio returns m × num / den, rounded half away from zero to the minor unit.
func (m Money) MulRatio(num, den int64) Money {
	return Money{Minor: divRound(m.Minor*num, den), Currency: m.Currency}
}

// Percent returns m × basisPoints / 10000, rounded half up: 3000 bp is 30.00 %.
func (m Money) Percent(basisPoints int64) Money { return m.MulRatio(basisPoints, 10000) }

// Cmp compares two amounts of one currency: −1, 0 or +1.
func (m Money) Cmp(o Money) int {
	m.mustMatch(o)
	switch {
	case m.Minor < o.Minor:
		return -1
	case m.Minor > o.Minor:
		return 1
	}
	return 0
}

// divRound divides rounding half away from zero.
func divRound(a, b int64) int64 {
	if b < 0 {
		a, b = -a, -b
	}
	if a >= 0 {
		return (a + b/2) / b
	}
	return -((-a + b/2) / b)
}

// EuroRate is the fixed conversion rate 1 EUR = 1.95583 BGN, as an integer over 100000 (RULES.md §13).
const EuroRate = 195583

// ToEUR converts a BGN amount to EUR at the fixed rate, rounding half up to the cent.
// An EUR amount is returned as it is.
func (m Money) ToEUR() Money {
	if m.Currency == EUR {
		return m
	}
	return Money{Minor: divRound(m.Minor*100000, EuroRate), Currency: EUR}
}

// ToEURPay converts a BGN amount of remuneration for labour to EUR at the fixed rate in the
// person's favour: the euro amount is taken to its third decimal and, if that decimal is greater
// than zero, the second goes up by one (ЗВЕРБ's rule for remuneration for labour, benefits and
// pensions, also for those set in leva and not paid before 1 January 2026, as the БНБ states it). 1 000,00 лв. is 511,30 € (511,291…), where ToEUR
// gives 511,29 €; 8,00 лв. is 4,09 € (4,090…: the third decimal is 0, the later ones are not
// looked at, as in the general rule). An EUR amount is returned as it is; a negative amount
// (a correction) is converted as its opposite, negated.
func (m Money) ToEURPay() Money {
	if m.Currency == EUR {
		return m
	}
	v, sign := m.Minor, int64(1)
	if v < 0 {
		v, sign = -v, -1
	}
	mills := v * 1000000 / EuroRate // thousandths of a euro, the later decimals dropped
	cents := mills / 10
	if mills%10 > 0 {
		cents++
	}
	return Money{Minor: sign * cents, Currency: EUR}
}

// InPay converts remuneration m into currency c: to EUR in the person's favour (ToEURPay), to
// BGN as In.
func (m Money) InPay(c Currency) Money {
	if c == EUR {
		return m.ToEURPay()
	}
	return m.ToBGN()
}

// ToBGN converts an EUR amount to BGN at the fixed rate, rounding half up to the stotinka.
func (m Money) ToBGN() Money {
	if m.Currency == BGN || m.Currency == "" {
		return Money{Minor: m.Minor, Currency: BGN}
	}
	return Money{Minor: divRound(m.Minor*EuroRate, 100000), Currency: BGN}
}

// In converts m into currency c at the fixed rate.
func (m Money) In(c Currency) Money {
	if c == EUR {
		return m.ToEUR()
	}
	return m.ToBGN()
}

// Number formats the amount the Bulgarian way without the currency: "1 234,56".
func (m Money) Number() string {
	v := m.Minor
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	whole := strconv.FormatInt(v/100, 10)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteRune(' ')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s%s,%02d", sign, b.String(), v%100)
}

// String formats the amount for print: "1 234,56 лв." or "1 234,56 €".
func (m Money) String() string { return m.Number() + " " + m.Currency.Symbol() }

// ParseMoney reads an amount typed by a user: "1234,56", "1 234.5", "12". At most two decimals.
func ParseMoney(s string, c Currency) (Money, error) {
	t := strings.NewReplacer(" ", "", "\u00a0", "", "лв.", "", "лв", "", "€", "").Replace(strings.TrimSpace(s))
	t = strings.ReplaceAll(t, ",", ".")
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" && frac == "" || len(frac) > 2 || !allDigits(whole+frac) {
		return Money{}, Errorf(CodeInvalidAmount, "", "„%s“ не е сума: въведете число с до два знака след десетичната запетая, напр. 1234,56", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	if whole == "" {
		whole = "0"
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return Money{}, Errorf(CodeInvalidAmount, "", "сумата „%s“ е твърде голяма", s)
	}
	if neg {
		n = -n
	}
	return Money{Minor: n, Currency: c}, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// CheckNonNegative returns an *Error when m is negative.
func CheckNonNegative(field string, m Money) error {
	if m.Minor < 0 {
		return Errorf(CodeNegativeAmount, field, "сумата не може да е отрицателна (%s)", m)
	}
	return nil
}
