package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The check digits are not computed here: each number is completed with the digit the model's
// own validator accepts (withCheckDigit), so the rules of IDENTIFIERS.md live in one place.

var bankPrefixes = []string{"UNCR", "BPBI", "STSA", "FINV", "RZBB", "UBBS", "CECB", "IORT"}

// withCheckDigit appends to s the one digit 0–9 with which valid accepts it.
func withCheckDigit(s string, valid func(string) bool) string {
	for d := '0'; d <= '9'; d++ {
		if valid(s + string(d)) {
			return s + string(d)
		}
	}
	panic("demo: no check digit makes " + s + " valid")
}

// egn returns an unused ЕГН for a person born on birth: the month carries +40 for the 2000s,
// and the last serial digit is odd for women.
func (g *gen) egn(birth model.Date, female bool) string {
	mm := int(birth.M)
	if birth.Y >= 2000 {
		mm += 40
	}
	for {
		serial := g.intn(100)*10 + 2*g.intn(5)
		if female {
			serial++
		}
		s := withCheckDigit(fmt.Sprintf("%02d%02d%02d%03d", birth.Y%100, mm, birth.D, serial), model.ValidEGN)
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
}

// eik returns an unused 9-digit ЕИК. Companies registered after 2008 start with 20.
func (g *gen) eik(prefix string) string {
	for {
		s := prefix
		for len(s) < 8 {
			s += string(rune('0' + g.intn(10)))
		}
		s = withCheckDigit(s, model.ValidEIK)
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
}

// iban returns a valid Bulgarian IBAN: BG, check digits, bank code, branch, type, account. The
// check digits are the pair 02–98 (ISO 7064 MOD 97-10) that the model's validator accepts.
func (g *gen) iban() string {
	bban := fmt.Sprintf("%s%04d%02d%08d", pick(g, bankPrefixes), g.intn(10000), pick(g, []int{10, 15}), g.intn(100000000))
	for cc := 2; cc <= 98; cc++ {
		if s := fmt.Sprintf("BG%02d%s", cc, bban); model.ValidIBAN(s) {
			return s
		}
	}
	panic("demo: no check digits make the IBAN of " + bban + " valid")
}

// phone returns a Bulgarian mobile number as people write it: 0888 123 456.
func (g *gen) phone() string {
	return fmt.Sprintf("08%d%d %03d %03d", pick(g, []int{7, 8, 9}), g.between(5, 9), g.intn(1000), g.intn(1000))
}

// adultBirth returns the birth date of a grown-up aged 25–62 at the start of the year.
func (g *gen) adultBirth() model.Date {
	y := int(g.year) - g.between(25, 62)
	return model.NewDate(y, time.Month(g.between(1, 12)), g.between(1, 28))
}
