package cards_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// needChecks returns the criteria of section А the form shows ticked, and whether any is on.
func needChecks(h *uitest.Harness) (ticked []string, anyOn bool) {
	h.Content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Visible() {
			if c.Checked {
				ticked = append(ticked, c.Text)
			}
			if !c.Disabled() {
				anyOn = true
			}
		}
	})
	return ticked, anyOn
}

const cardsSealed = "Критериите за обучителни затруднения (чл. 57, ал. 2) са запечатани"

// Issue #13: a card's criteria of чл. 57, ал. 2 are sealed under the special-categories key.
// An inspector without it sees, in section А, that they are sealed — not empty ticks that look
// like „no needs“ — with the ticks off; printing the card asks for the key first (Esc prints
// nothing); „Отключи за тази сесия…“ with the director's passphrase shows the card's criteria at
// once, and the form is not taken as changed.
func TestCards_NeedsSealedUntilUnlocked(t *testing.T) {
	h, db, data := uitest.NewSealedHarness(t)
	var card model.EducationCard
	for _, c := range data.Cards {
		if c.Needs.Any() && card.ID == "" {
			card = c
		}
	}
	if card.ID == "" {
		t.Fatal("the demo has no card with needs: the test proves nothing")
	}
	var st model.Student
	for _, s := range data.Students {
		if s.ID == card.StudentID {
			st = s
		}
	}
	h.Nav().Select(sectionCards)
	openCardOf(h, st, card.Subject)
	if ticked, on := needChecks(h); len(ticked) != 0 || on {
		t.Fatalf("sealed: section А ticks %q (some on: %v), want none, all off", ticked, on)
	}
	if !h.Shows(cardsSealed) {
		t.Error("section А does not say that the criteria are sealed")
	}

	h.Tap("Печат на картата")
	if _, ok := h.Win.Canvas().Focused().(*kit.DialogEntry); !ok || !strings.Contains(h.DialogText(), "Отключване на специалните категории") {
		t.Fatalf("printing a sealed card does not ask for the key: dialog %q", h.DialogText())
	}
	h.Win.Canvas().Focused().(*kit.DialogEntry).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if d := h.DialogText(); d != "" || db.HasSpecial() {
		t.Fatalf("Esc: dialog %q, special %v", d, db.HasSpecial())
	}

	h.Tap("Отключи за тази сесия…")
	h.UnlockSpecialWith(uitest.InspectorPass)
	if d := h.DialogText(); !strings.Contains(d, "„"+uitest.Inspector+"“ няма ключа") {
		t.Fatalf("the inspector's own passphrase: the dialog says %q", d)
	}
	h.UnlockSpecialWith(uitest.DirectorPass)
	if d := h.DialogText(); d != "" || !db.HasSpecial() {
		t.Fatalf("after the director's passphrase: dialog %q, special %v", d, db.HasSpecial())
	}
	ticked, on := needChecks(h)
	if len(ticked) == 0 || !on {
		t.Fatalf("unlocked: section А ticks %q (on %v), want the card's %+v", ticked, on, card.Needs)
	}
	if card.Needs.LowResults != strings.Contains(strings.Join(ticked, "|"), "ниски резултати") ||
		card.Needs.LongHealthAbsence != strings.Contains(strings.Join(ticked, "|"), "здравословни") {
		t.Errorf("unlocked: section А ticks %q, want those of %+v", ticked, card.Needs)
	}
	if h.Shows(cardsSealed) {
		t.Error("unlocked: section А still says sealed")
	}
	h.Nav().Select(sectionCards - 1) // leaving asks nothing: the unlock left no unsaved input
	if d := h.DialogText(); d != "" {
		t.Errorf("leaving the screen after the unlock asks: %s", d)
	}
}
