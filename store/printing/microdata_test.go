package printing_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// keys is what the batch knows of the open file: encrypted, and whether the account holds the
// special-categories key.
type keyState struct{ encrypted, special bool }

func (k keyState) Encrypted() bool  { return k.encrypted }
func (k keyState) HasSpecial() bool { return k.special }

// The whole year's batch holds microdata_ESF.xlsx for the director of an encrypted file, a plain
// file and a caller that gives no keys, and leaves it out — saying why — for an account of an
// encrypted file without the special-categories key (issue #13; Art. 9 GDPR).
func TestJobs_MicrodataOnlyWithTheSpecialKey(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 20, Seed: 1})
	for _, c := range []struct {
		name string
		keys printing.Options
		want bool
	}{
		{"director of an encrypted file", printing.Options{Keys: keyState{true, true}}, true},
		{"plain file", printing.Options{Keys: keyState{false, false}}, true},
		{"no keys given", printing.Options{}, true},
		{"accountant of an encrypted file", printing.Options{Keys: keyState{true, false}}, false},
	} {
		c.keys.Kind = "microdata"
		got := len(printing.Jobs(d, c.keys)) > 0
		why := printing.MicrodataLeftOut(c.keys)
		if got != c.want || (why == nil) != c.want || (why != nil && model.ErrorCode(why) != model.CodeSpecialNotHeld) {
			t.Errorf("%s: microdata printed %v (left out: %v), want %v", c.name, got, why, c.want)
		}
	}
}
