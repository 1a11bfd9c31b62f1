package export

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// Every kind of document the batch writes has a name in its summary (a new kind without one
// showed its count with no name: „, 3“).
func TestPrintKindNames_EveryKind(t *testing.T) {
	for _, k := range printing.Kinds {
		if printKindNames[k].String() == "" {
			t.Errorf("the batch's summary has no name for the kind %q", k)
		}
	}
}
