package kit

import (
	"reflect"
	"testing"
)

// A NumberText breaks a line between words, never inside an amount, before its currency, inside
// its other currency in brackets nor around the slash of a pair of amounts (issue #17: „0,00 € /“
// then „363,27 €“ on Разходи, „313,24 € (612,64 лв.) /“ then „559,35 €…“ on Бюджет).
func TestNumberText_UnbreakableKeepsAmountsAndPairsWhole(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Консумативи (тонери): 134,24 € / 223,74 €", []string{"Консумативи", "(тонери):", "134,24 € / 223,74 €"}},
		{"шофьора: 313,24 € (612,64 лв.) / 559,35 € (1 093,99 лв.)", []string{"шофьора:", "313,24 € (612,64 лв.) / 559,35 € (1 093,99 лв.)"}},
		{"Общо 1 234,00 лв. за материали", []string{"Общо", "1 234,00 лв.", "за", "материали"}},
		{"часове / седмица", []string{"часове", "/", "седмица"}},
		{"2025/2026 учебна година", []string{"2025/2026", "учебна", "година"}},
	} {
		if got := unbreakable(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("unbreakable(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
