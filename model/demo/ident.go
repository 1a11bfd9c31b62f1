package demo

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The check digits below follow /work/shared/spec/IDENTIFIERS.md; the tests confirm each
// generated number with model's own validators.

var (
	egnWeights   = []int{2, 4, 8, 5, 10, 9, 7, 3, 6}
	eikWeights   = []int{1, 2, 3, 4, 5, 6, 7, 8}
	eikFallback  = []int{3, 4, 5, 6, 7, 8, 9, 10}
	bankPrefixes = []string{"UNCR", "BPBI", "STSA", "FINV", "RZBB", "UBBS", "CECB", "IORT"}
)

func weighted(digits string, w []int) int {
	s := 0
	for i, wi := range w {
		s += int(digits[i]-'0') * wi
	}
	return s
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
		s := fmt.Sprintf("%02d%02d%02d%03d", birth.Y%100, mm, birth.D, serial)
		s += string(rune('0' + weighted(s, egnWeights)%11%10))
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
}

// eikCheck computes the 9th digit of an ЕИК from its first eight.
func eikCheck(s string) int {
	r := weighted(s, eikWeights) % 11
	if r == 10 {
		r = weighted(s, eikFallback) % 11 % 10
	}
	return r
}

// eik returns an unused 9-digit ЕИК. Companies registered after 2008 start with 20.
func (g *gen) eik(prefix string) string {
	for {
		s := prefix
		for len(s) < 8 {
			s += string(rune('0' + g.intn(10)))
		}
		s += string(rune('0' + eikCheck(s)))
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
}

// iban returns a valid Bulgarian IBAN: BG, check digits, bank code, branch, type, account.
func (g *gen) iban() string {
	bban := fmt.Sprintf("%s%04d%02d%08d", pick(g, bankPrefixes), g.intn(10000), pick(g, []int{10, 15}), g.intn(100000000))
	return "BG" + ibanCheck("BG", bban) + bban
}

// ibanCheck computes the two check digits of ISO 7064 MOD 97-10.
func ibanCheck(country, bban string) string {
	var num strings.Builder
	for _, r := range bban + country + "00" {
		if r >= 'A' && r <= 'Z' {
			fmt.Fprintf(&num, "%d", r-'A'+10)
		} else {
			num.WriteRune(r)
		}
	}
	n, _ := new(big.Int).SetString(num.String(), 10)
	mod := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-mod)
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
