package hours

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The pay of a person-month flows its amounts between fields: at a narrow width onto more
// lines, each cell as wide as its text (an amount never broken nor cut) and none past the
// width; at a wide one on a single line (issue #17: the pay table ran off the right).
func TestPayFlow_WrapsBetweenFieldsNeverInsideAnAmount(t *testing.T) {
	test.NewTempApp(t)
	var cells []fyne.CanvasObject
	for _, s := range []string{"Часове: 10", "Ставка: 20,00 €", "Бруто: 1 200,00 €", "Осиг. лице: 165,36 €",
		"Данък: 103,46 €", "Нето: 931,18 €", "Осиг. работодател: 226,80 €"} {
		cells = append(cells, widget.NewLabel(s))
	}
	f := newPayFlow(cells...)
	one := cells[0].MinSize().Height
	for _, c := range []struct {
		width float32
		lines int
	}{{300, 3}, {5000, 1}} {
		f.Resize(fyne.NewSize(c.width, f.MinSize().Height))
		test.WidgetRenderer(f).Layout(f.Size())
		rows := map[float32]bool{}
		for _, o := range cells {
			l := o.(*widget.Label)
			if l.Size().Width < l.MinSize().Width {
				t.Errorf("width %.0f: %q is %.0f px in %.0f it needs", c.width, l.Text, l.Size().Width, l.MinSize().Width)
			}
			if l.Position().X+l.Size().Width > c.width+0.5 {
				t.Errorf("width %.0f: %q ends at %.0f", c.width, l.Text, l.Position().X+l.Size().Width)
			}
			rows[l.Position().Y] = true
		}
		if len(rows) < c.lines || c.lines == 1 && len(rows) != 1 {
			t.Errorf("width %.0f: the cells take %d lines, want %d", c.width, len(rows), c.lines)
		}
		if h := f.MinSize().Height; h < float32(len(rows))*one-0.5 {
			t.Errorf("width %.0f: the flow asks %.0f px for %d lines", c.width, h, len(rows))
		}
	}
}
