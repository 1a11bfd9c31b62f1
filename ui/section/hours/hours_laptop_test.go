package hours_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// laptop is the window's content on a 1366×768 laptop at 125 % (1093×614 logical pixels) less
// the menu bar, which the test window does not draw (issue #17).
var laptop = fyne.NewSize(1093, 614-36)

// TestHours_ActionsSeenWithoutScrollingAtALaptop: on a 1366×768 laptop at 125 % the month's
// report shows „Печат“, „Запази отчета“ and „Одобри“ whole, without scrolling, for a report of
// a few days and of many (they were below the fold: only their top 15 px showed, issue #17).
func TestHours_ActionsSeenWithoutScrollingAtALaptop(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	leader := uitest.PersonWith(data, model.RoleLeader)
	h.OpenHours(leader.Name, "юни 2026")
	h.Win.Resize(laptop)
	check := func(when string) {
		t.Helper()
		for _, text := range []string{"Печат", "Запази отчета", "Одобри"} {
			b := visibleButton(h, text)
			if b == nil {
				t.Errorf("%s: no button %q", when, text)
				continue
			}
			if seen, want := h.VisibleSize(b), b.MinSize(); seen.Height < want.Height-1 || seen.Width < want.Width-1 {
				t.Errorf("%s: „%s“ shows %.0f×%.0f of its %.0f×%.0f px at %v", when, text, seen.Width, seen.Height, want.Width, want.Height, laptop)
			}
		}
	}
	check("a new report")
	if min := h.Win.Content().MinSize(); min.Width > laptop.Width {
		t.Errorf("the window's content needs %.0f px wide, more than the laptop's %.0f", min.Width, laptop.Width)
	}
	for i := 1; i <= 12; i++ {
		h.Tap("Добави ден")
	}
	h.Win.Resize(laptop)
	check("twelve more days")
}

// visibleButton is the window's shown button labelled text, or nil.
func visibleButton(h *uitest.Harness, text string) *widget.Button {
	var found *widget.Button
	h.Content(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	return found
}
