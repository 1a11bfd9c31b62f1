package forms

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestFitSize_ANoBreakSpaceJoinsAWord: fitSize and wrap agree on what a word is. A rate and its
// unit joined by a no-break space, too wide for the width, are shrunk whole (within the rule's
// 75 %) onto one line; joined by a plain space, each part fits, so the size stays and the unit
// wraps under its number.
func TestFitSize_ANoBreakSpaceJoinsAWord(t *testing.T) {
	const size = 6.5
	dc := newDoc(&model.YearData{}, "t", true)
	dc.font(false, size)
	w := dc.wordWidth("100,00\u00a0лв.") * 0.9
	for _, tc := range []struct {
		s      string
		lines  []string
		shrunk bool
	}{
		{"100,00\u00a0лв.", []string{"100,00\u00a0лв."}, true},
		{"100,00 лв.", []string{"100,00", "лв."}, false},
	} {
		fs := dc.fitSize(tc.s, w, false, size)
		if shrunk := fs < size; shrunk != tc.shrunk || fs < size*minFitRatio {
			t.Errorf("%q in %.1f pt: size %.2f, want shrunk %v within the rule's limits", tc.s, w, fs, tc.shrunk)
		}
		dc.font(false, fs)
		lines := dc.wrap(tc.s, w)
		if len(lines) != len(tc.lines) || lines[0] != tc.lines[0] {
			t.Errorf("%q in %.1f pt at %.2f: lines %q, want %q", tc.s, w, fs, lines, tc.lines)
		}
	}
}
