package groups_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// laptop is the window's content on a 1366×768 laptop at 125 % (1093×614 logical pixels) less
// the menu bar, which the test window does not draw (issue #17).
var laptop = fyne.NewSize(1093, 614-36)

// TestGroupProgramme_TableTakesTheHeightAtALaptop: on a 1366×768 laptop at 125 % the Програма
// tab shows its rows without scrolling — the header and at least four rows of the table are seen, and the
// table grows with the window (it had no height at all: the generator, the warnings and the
// totals filled the tab and the table was below the fold, issue #17).
func TestGroupProgramme_TableTakesTheHeightAtALaptop(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	// The group's programme is dropped first: a group with no rows yet.
	if err := db.Update(func(tx *store.Tx) error {
		for _, r := range storedRows(t, db, g.ID) {
			if err := tx.Delete(model.KindProgrammeRow, r.ID); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	tab := h.OpenGroupTab(g.Name, "Програма")
	h.Win.Resize(laptop)
	if rows, _ := tab.Table().Length(); rows != 0 {
		t.Fatalf("group %s has %d programme rows before generating, want none", g.Name, rows)
	}
	// With no rows yet the generator is what the group needs: its button is seen whole.
	gen := tab.Button("Генерирай от графика")
	if seen := h.VisibleSize(gen); seen.Height < gen.MinSize().Height-1 {
		t.Errorf("with no rows, „Генерирай от графика“ shows %.0f of its %.0f px at %v", seen.Height, gen.MinSize().Height, laptop)
	}
	test.Tap(gen)
	if min := h.Win.Content().MinSize(); min.Width > laptop.Width {
		t.Errorf("the window's content needs %.0f px wide, more than the laptop's %.0f", min.Width, laptop.Width)
	}
	table := tab.Table()
	row := table.MinSize().Height / 2 // its least: the header and one row
	seen := h.VisibleSize(table)
	t.Logf("the tab: %v; the table seen: %v; a row: %.0f", h.VisibleSize(tab.Root), seen, row)
	if seen.Height < 5*row {
		t.Fatalf("at %v the programme's table shows %.0f px of its height (a row: %.0f px), want the header and four rows or more", laptop, seen.Height, row)
	}
	if seen.Width < 400 {
		t.Errorf("at %v the programme's table is %.0f px wide", laptop, seen.Width)
	}
	h.Win.Resize(fyne.NewSize(laptop.Width, laptop.Height+200))
	if taller := h.VisibleSize(table); taller.Height < seen.Height+100 {
		t.Errorf("200 px more of window give the table %.0f px instead of %.0f: it does not take the height it is given", taller.Height, seen.Height)
	}
}
