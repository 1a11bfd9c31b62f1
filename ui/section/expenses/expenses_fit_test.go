package expenses_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// roomForTheWindow is how much wider than fyne/test measures it a text may be drawn in the real
// window at 125 % (hinting, rounding to the screen's pixels): „Търсене: №, доставчик, ЕИК,
// описание“ fitted the search here by 7 px of 288 and lost its last letters on a 1366×768 laptop.
const roomForTheWindow = 1.10

// Every hint shown in an empty entry on Разходи is read whole on a 1366×768 laptop at 125 %
// (1093×614), on an empty school and on the demo, with room for the real window's wider text
// (issue #17: the search's „…описание“ and the overheads' „ток, телефон, отопление, вода; до
// 10 % от възнаграждението“ were cut); what overheads are is said under their entry.
func TestExpenses_HintsReadWholeOnALaptopAt125Percent(t *testing.T) {
	for _, c := range uitest.Schools {
		t.Run(c.Name, func(t *testing.T) {
			h := c.Start(t)
			laptop := fyne.NewSize(1093, 614)
			h.Win.Resize(laptop)
			h.ExpOpen()
			h.Win.Resize(laptop)
			seen := 0
			h.Content(func(o fyne.CanvasObject) {
				e, ok := o.(*widget.Entry)
				if !ok || e.PlaceHolder == "" || !e.Visible() || e.Size().Width == 0 {
					return
				}
				seen++
				need := fyne.MeasureText(e.PlaceHolder, theme.TextSize(), e.TextStyle).Width*roomForTheWindow + 2*theme.InnerPadding()
				if need > e.Size().Width {
					t.Errorf("the hint %q needs %.0f px of its entry's %.0f", e.PlaceHolder, need, e.Size().Width)
				}
			})
			if seen < 3 {
				t.Fatalf("only %d entries with a hint found on Разходи", seen)
			}
			if !h.HasText("режийни: ток, телефон, отопление, вода") {
				t.Error("Разходи does not say what overheads are")
			}
		})
	}
}
