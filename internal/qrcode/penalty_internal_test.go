package qrcode

import (
	"math/rand/v2"
	"testing"
)

// TestPenaltyScore_SameAsTheFourPenalties (seeded, randomized): the one-pass score equals the sum
// of upstream's four penalty functions (kept below it) on random symbols of every size, with and
// without a quiet zone, dense and sparse.
func TestPenaltyScore_SameAsTheFourPenalties(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 3))
	for i := range 3000 {
		size := 21 + 4*rng.IntN(40)
		quiet := []int{0, 4}[rng.IntN(2)]
		m := newSymbol(size, quiet)
		p := rng.Float64()
		for y := range size {
			for x := range size {
				m.set(x, y, rng.Float64() < p)
			}
		}
		want := m.penalty1() + m.penalty2() + m.penalty3() + m.penalty4()
		if got := m.penaltyScore(); got != want {
			t.Fatalf("case %d (size %d, quiet %d, density %.2f): %d, the four penalties %d", i, size, quiet, p, got, want)
		}
	}
}
