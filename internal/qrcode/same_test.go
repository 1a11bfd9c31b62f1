package qrcode_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	upstream "github.com/skip2/go-qrcode"

	"github.com/tvoyatchas/tvoyatchas/internal/qrcode"
)

// TestSameSymbolsAsUpstream (seeded, randomized): the kept copy draws, module for module, the
// symbol skip2/go-qrcode draws for the same text and level — the forms' print codes of every
// kind, and texts of every length, alphabet and level up to the largest versions — so its speed-ups
// change no printed code.
func TestSameSymbolsAsUpstream(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 14))
	forms := []string{"application", "survey", "card", "timesheet", "minutes", "programme", "journal"}
	alphabets := []string{
		"0123456789",
		"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:",
		"abcdefghijklmnopqrstuvwxyz0123456789:-_",
		"абвгдежзийклмнопрстуфхцчшщъьюя „“…№€",
	}
	levels := []upstream.RecoveryLevel{upstream.Low, upstream.Medium, upstream.High, upstream.Highest}
	var texts []string
	for range 600 { // the print codes: TC:2025:form:id:HASH
		texts = append(texts, fmt.Sprintf("TC:%d:%s:%s-%05d:%010X", 2024+rng.IntN(4), forms[rng.IntN(len(forms))],
			[]string{"app", "srv", "iok", "tsh", "mtg", "grp"}[rng.IntN(6)], rng.IntN(99999), rng.Uint64()>>24))
	}
	for range 200 {
		a := []rune(alphabets[rng.IntN(len(alphabets))])
		n := 1 + rng.IntN([]int{20, 80, 300, 900}[rng.IntN(4)])
		var b strings.Builder
		for range n {
			b.WriteRune(a[rng.IntN(len(a))])
		}
		texts = append(texts, b.String())
	}
	for i, text := range texts {
		level := upstream.Low
		if i >= 600 {
			level = levels[rng.IntN(len(levels))]
		}
		want, errU := upstream.New(text, level)
		got, errK := qrcode.New(text, qrcode.RecoveryLevel(level))
		if (errU == nil) != (errK == nil) {
			t.Fatalf("%d %q: upstream error %v, kept copy %v", i, text, errU, errK)
		}
		if errU != nil {
			continue
		}
		want.DisableBorder, got.DisableBorder = i%2 == 0, i%2 == 0
		wb, gb := want.Bitmap(), got.Bitmap()
		if !slices.EqualFunc(wb, gb, slices.Equal[[]bool]) {
			t.Fatalf("%d %q level %d: symbols differ (version %d / %d)", i, text, level, want.VersionNumber, got.VersionNumber)
		}
	}
}

// printCodes are print codes of the forms' shape, the same for every benchmark run.
func printCodes(n int) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("TC:2025:application:app-%05d:%010X", rng.IntN(99999), rng.Uint64()>>24)
	}
	return out
}

// BenchmarkPrintCode_KeptCopy and BenchmarkPrintCode_Upstream: a form's print code made into a
// symbol, by the kept copy and by upstream — the ratio of the two is the copy's gain.
func BenchmarkPrintCode_KeptCopy(b *testing.B) {
	codes := printCodes(256)
	i := 0
	for b.Loop() {
		q, err := qrcode.New(codes[i%len(codes)], qrcode.Low)
		if err != nil {
			b.Fatal(err)
		}
		q.DisableBorder = true
		_ = q.Bitmap()
		i++
	}
}

func BenchmarkPrintCode_Upstream(b *testing.B) {
	codes := printCodes(256)
	i := 0
	for b.Loop() {
		q, err := upstream.New(codes[i%len(codes)], upstream.Low)
		if err != nil {
			b.Fatal(err)
		}
		q.DisableBorder = true
		_ = q.Bitmap()
		i++
	}
}
