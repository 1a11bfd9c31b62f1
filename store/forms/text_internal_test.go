package forms

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestCut_AtTheHyphenFirst: a compound name too wide for its cell breaks after its hyphen; a word
// without one is cut where it overflows; no piece is wider than the cell.
func TestCut_AtTheHyphenFirst(t *testing.T) {
	dc := newDoc(&model.YearData{}, "t", true)
	dc.font(false, 8)
	for _, tc := range []struct {
		word  string
		first string
	}{
		{"Поповодимитров-Хаджиниколов", "Поповодимитров-"},
		{"Поповодимитровхаджиниколов", ""},
	} {
		w := dc.wordWidth("Поповодимитров-") + 4
		pieces := dc.cut(tc.word, w)
		if strings.Join(pieces, "") != tc.word || len(pieces) < 2 {
			t.Errorf("%s: pieces %q", tc.word, pieces)
		}
		if tc.first != "" && pieces[0] != tc.first {
			t.Errorf("%s: first piece %q, want %q", tc.word, pieces[0], tc.first)
		}
		for _, p := range pieces {
			if dc.wordWidth(p) > w {
				t.Errorf("%s: piece %q is %.1f wide, the cell %.1f", tc.word, p, dc.wordWidth(p), w)
			}
		}
	}
}
