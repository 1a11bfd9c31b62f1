package students_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The rows of Ученици's list show each student's class whole on a 1366×768 laptop at 125 %
// (1093×614; issue #17: „Антонио Бориславов Райчев — II А“ lost its class at the pane's edge):
// the class comes first, with room for the real window's wider text, and a name too long for
// the pane ends in „…“ rather than being cut mid-letter.
func TestStudents_RowsShowTheClassWholeOnALaptopAt125Percent(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	laptop := fyne.NewSize(1093, 614)
	h.Win.Resize(laptop)
	h.Nav().Select(sectionStudents)
	h.Win.Resize(laptop)
	classes := map[string]bool{}
	for _, st := range data.Students {
		classes[st.ClassName()] = true
	}
	rows := 0
	uitest.Walk(h.ScreenList(), func(o fyne.CanvasObject) {
		l, ok := o.(*widget.Label)
		if !ok || l.Text == "" || !l.Visible() {
			return
		}
		rows++
		class, _, found := strings.Cut(l.Text, " · ")
		if !found || !classes[class] {
			t.Errorf("the row %q does not begin with the student's class", l.Text)
			return
		}
		if need := fyne.MeasureText(class+" · ", theme.TextSize(), l.TextStyle).Width*1.10 + 2*theme.InnerPadding(); need > l.Size().Width {
			t.Errorf("the row %q is %.0f px wide, its class needs %.0f", l.Text, l.Size().Width, need)
		}
		if l.Truncation != fyne.TextTruncateEllipsis {
			t.Errorf("the row %q is cut at the pane's edge, not ended in „…“", l.Text)
		}
	})
	if rows < 5 {
		t.Fatalf("the list shows %d rows at 1093×614, want the demo's students", rows)
	}
}
