package council_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The keyboard on Съвет (issue #17): Enter in a member's field saves it; in the dialog that ends
// a term Esc cancels and Enter confirms; „История“ shows the member's change log.
func TestCouncil_EnterSavesEscCancelsEnterConfirmsAndHistoryShows(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	uitest.EnterParent(h, "penka@primer.bg")
	h.Entry("Телефон").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.DialogText(); d != "" {
		t.Fatalf("Enter showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	var penka *model.CouncilMember
	for i, m := range d.CouncilMembers {
		if m.Name.Last == "Добрева" {
			penka = &d.CouncilMembers[i]
		}
	}
	if penka == nil {
		t.Fatal("Enter did not save the member")
	}

	key := func(name fyne.KeyName) { h.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: name}) }
	h.Tap("Прекрати членството…")
	key(fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Fatalf("Esc left the dialog: %s", d)
	}
	h.Tap("Прекрати членството…")
	h.EndInDialog("30.06.2026", "изтече мандатът") // Enter in the reason's field ends
	if d := h.DialogText(); d != "" {
		t.Fatalf("Enter in the end dialog showed: %s", d)
	}
	d, err = db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.CouncilMembers {
		if m.ID == penka.ID && m.LeftOn != model.NewDate(2026, 6, 30) {
			t.Errorf("after Esc then Enter the member left on %v, want 30.06.2026", m.LeftOn)
		}
	}

	h.Tap("История")
	if d := h.DialogText(); !strings.Contains(d, "полета") || !strings.Contains(d, "LeftOn") {
		t.Errorf("the member's history shows %q, want the save and the end (LeftOn)", d)
	}
}
