package groups_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// TestGroupProgramme_Art48_1_2_VacationRowUntilAllowed: a row moved by hand into the Christmas
// vacation is flagged on the tab (чл. 48, ал. 1, т. 2) until „и във ваканциите“ is ticked; the
// box is saved with the group.
func TestGroupProgramme_Art48_1_2_VacationRowUntilAllowed(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.Table().Select(widget.TableCellID{Row: 0, Col: 4})
	rows := storedRows(t, db, g.ID)
	slices.SortFunc(rows, func(a, b model.ProgrammeRow) int { return a.Date.Compare(b.Date) })
	date := tab.EntryWithText(rows[0].Date.String())
	date.SetText("")
	test.Type(date, "29.12.2025")
	if text := tab.Text(); !strings.Contains(text, "29.12.2025 (Коледна ваканция)") || !strings.Contains(text, "чл. 48, ал. 1, т. 2") {
		t.Fatalf("a row in the vacation is not flagged: %q", text)
	}
	var box *widget.Check
	uitest.Walk(tab.Root, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "и във ваканциите") {
			box = c
		}
	})
	if box == nil || box.Checked {
		t.Fatalf("no unticked „и във ваканциите“ box on the tab (%v)", box)
	}
	test.Tap(box)
	if text := tab.Text(); strings.Contains(text, "29.12.2025 (Коледна ваканция)") {
		t.Errorf("with vacations allowed the row is still flagged: %q", text)
	}
	test.Tap(box)
	if text := tab.Text(); !strings.Contains(text, "29.12.2025 (Коледна ваканция)") {
		t.Errorf("unticked again, the row is not flagged: %q", text)
	}
	test.Tap(box)
	tab.Tap("Запази програмата")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	var stored model.Group
	if err := db.Get(model.KindGroup, g.ID, &stored); err != nil {
		t.Fatal(err)
	}
	if !stored.Vacations || stored.Name != g.Name {
		t.Errorf("the file holds the group %q with vacations %v, want %q with vacations", stored.Name, stored.Vacations, g.Name)
	}
}
