package school_test

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Училище at 1093×614 (a 1366×768 laptop at 125 %, less the menu bar): no label, hint or
// total of the school's card and the year's programme is cut with „…“ or at the right edge,
// with a plan row of the longest activity and cost type in it (issue #17).
func TestSchool_ReadableAtALaptopsSize(t *testing.T) {
	laptop := fyne.NewSize(1093, 614-36)
	h, _, _ := uitest.NewDemoHarness(t)
	h.Win.Resize(laptop)
	h.Nav().Select(uitest.SectionSchool)
	h.Tap("Добави ред на плана")
	// The longest activity and cost type: in one row of three they were shortened with „…“.
	h.PlanLine(0, "Дейности за преодоляване на обучителни затруднения",
		"т. 11 Външен изпълнител на дейности за преодоляване на затруднения", "1234,56")
	h.Win.Resize(laptop.AddWidthHeight(1, 1))
	h.Win.Resize(laptop)
	for _, c := range h.ScreenCuts() {
		t.Errorf("Училище: %s", c)
	}
}
