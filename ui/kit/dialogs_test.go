package kit

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// walk visits o and everything inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			walk(x, visit)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(c)
		for _, x := range r.Objects() {
			walk(x, visit)
		}
	}
}

// top is the dialog shown over win, nil when none.
func top(win fyne.Window) fyne.CanvasObject { return win.Canvas().Overlays().Top() }

// texts joins every label's text in o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(x fyne.CanvasObject) {
		if l, ok := x.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

func newWindow(t *testing.T) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	win.Resize(fyne.NewSize(900, 700))
	t.Cleanup(win.Close)
	return win
}

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{User: "тест"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
