package ui_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// BenchmarkSectionSwitch_Demo3000 shows the twelve sections in turn on the 3,000-student demo at
// the laptop's size (issue #16: a switch ≤ 100 ms, also right after a save in another section),
// headless (fyne/test: the layout and the screens' work, no GPU). Each screen is built in the
// warm-up; a switch is then what the user waits for on every visit. With Inline the screens'
// background work (the year's checks) runs on the switch itself: an upper bound.
// ms/switch is the figure; "after a save" saves a student before each round.
func BenchmarkSectionSwitch_Demo3000(b *testing.B) {
	a := test.NewTempApp(b)
	db, err := store.Open(filepath.Join(b.TempDir(), "school.db"), store.Options{Now: uitest.Today})
	if err != nil {
		b.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 3000, Seed: 1, Year: 2025})
	if err := db.PutAll(d.Records()...); err != nil {
		b.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1093, 614))
	m := ui.New(a, w, ui.Options{Now: uitest.Today, Inline: true})
	m.Attach(db)
	defer m.RequestClose()
	nav := navList(w)
	n := nav.Length()
	for i := range n { // build every screen once
		nav.Select(i)
	}
	for _, afterSave := range []bool{false, true} {
		name := "visit"
		if afterSave {
			name = "after a save"
		}
		b.Run(name, func(b *testing.B) {
			s := d.Students[0]
			for b.Loop() {
				if afterSave {
					b.StopTimer()
					s.Grade = s.Grade%12 + 1
					if err := db.Put(&s); err != nil { // another section's save: every screen is told
						b.Fatal(err)
					}
					b.StartTimer()
				}
				for i := range n {
					nav.Select(i)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/switch")
		})
	}
}

// navList is the window's navigation: the list whose rows include Училище.
func navList(w fyne.Window) *widget.List {
	var nav *widget.List
	uitest.Walk(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok && nav == nil {
			uitest.Walk(l, func(o fyne.CanvasObject) {
				if lb, ok := o.(*widget.Label); ok && lb.Text == "Училище" {
					nav = l
				}
			})
		}
	})
	return nav
}
