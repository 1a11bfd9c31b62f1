package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// A save in one section is seen in another that was built before it, without opening the file
// again: the sections are separate packages and share nothing but the data file (issue #16).
func TestSections_ASaveInOneIsSeenInAnotherWithoutReopening(t *testing.T) {
	const sectionStudents, sectionCards = 2, 4
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionCards) // ИОК is built and shows the year as it was
	cards := h.ScreenList()
	if cards.Length() == 0 {
		t.Fatal("the demo has no remedial student for ИОК")
	}
	row := cards.CreateItem()
	cards.UpdateItem(0, row)
	who := row.(*widget.Label).Text // „Име Презиме Фамилия — 5 а\nПредмет · …“
	name, _, _ := strings.Cut(who, " — ")

	h.Nav().Select(sectionStudents)
	test.Type(h.EntryWith("Търсене по име"), name)
	h.SelectRow(h.ScreenList(), name)
	h.TypeIn("Фамилия", "Преименувана")
	h.Tap("Запази")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the renamed student showed: %s", d)
	}

	h.Nav().Select(sectionCards)
	test.Type(h.EntryWith("Търсене по име на ученик"), "Преименувана")
	if h.ScreenList().Length() == 0 {
		t.Errorf("ИОК does not show %s renamed in Ученици", name)
	}
	h.EntryWith("Търсене по име на ученик").SetText(name)
	if n := h.ScreenList().Length(); n != 0 {
		t.Errorf("ИОК still shows %d cards under the old name %s", n, name)
	}
}
