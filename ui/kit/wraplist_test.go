package kit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shownLabels are the labels the list draws, by text.
func shownLabels(o fyne.CanvasObject) map[string]*widget.Label {
	out := map[string]*widget.Label{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		if l, ok := o.(*widget.Label); ok && l.Text != "" {
			out[l.Text] = l
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	return out
}

// A wrapped list's row is as high as its text wrapped at the list's width, with room for the
// real window's 3 % wider text; a row that becomes short again after Refresh is one line high
// (issue #17: rows cut with „…“ on Групи, Часове, Съвет).
func TestWrappedList_EachRowAsHighAsItsText(t *testing.T) {
	test.NewTempApp(t)
	long := strings.Repeat("Светослав Пламенов Лазаров ", 4)
	rows := []string{"кратко", long}
	w := NewWrappedList(func() int { return len(rows) }, func(i int) string { return rows[i] })
	win := test.NewWindow(w.Object())
	defer win.Close()
	win.Resize(fyne.NewSize(220, 400))
	line := Wrapped("x").MinSize().Height

	got := shownLabels(win.Content())
	short, tall := got["кратко"], got[long]
	if short == nil || tall == nil {
		t.Fatalf("the list shows %d of its 2 rows", len(got))
	}
	if short.Size().Height > line+0.5 {
		t.Errorf("a one-line row is %.0f px high, one line is %.0f", short.Size().Height, line)
	}
	if tall.Size().Height < tall.MinSize().Height-0.5 || tall.Size().Height < 2*line {
		t.Errorf("the long row is %.0f px high, its text needs %.0f", tall.Size().Height, tall.MinSize().Height)
	}
	rows[1] = "и то"
	w.Refresh()
	if l := shownLabels(win.Content())["и то"]; l == nil || l.Size().Height > line+0.5 {
		t.Errorf("a row made short is not one line high again: %v", l)
	}
}

// A row whose text fits its lines here by a hair, but needs one more drawn 3 % wider as the real
// window at 125 % draws it, is given that line (issue #17: council's glWidth).
func TestWrappedList_RoomForTheRealWindowsWiderText(t *testing.T) {
	test.NewTempApp(t)
	const width = 600
	pad := 2 * theme.InnerPadding()
	lines := func(text string, w float32) float32 {
		l := Wrapped(text)
		l.Resize(fyne.NewSize(w, 1))
		return l.MinSize().Height
	}
	// a text that fits its lines at the list's width (less the measure's own padding) and needs
	// one more 3 % narrower: words, then a last word of 0–15 letters
	fits := func(text string) bool {
		here := lines(text, width-2*theme.Padding())
		return here == lines(text, width) && lines(text, pad+(width-pad)/1.03) > here
	}
	text, words := "", ""
	for i := 0; i < 40 && text == ""; i++ {
		words += []string{"Пламен ", "Илиев ", "ръководител ", "на ", "група, "}[i%5]
		for k := 0; k < 16 && text == ""; k++ {
			if s := words + strings.Repeat("ш", k); fits(s) {
				text = s
			}
		}
	}
	if text == "" {
		t.Fatal("no text fits here but not 3 % wider")
	}
	need := lines(text, pad+(width-pad)/1.03)
	rows := []string{text}
	w := NewWrappedList(func() int { return len(rows) }, func(i int) string { return rows[i] })
	win := test.NewWindow(w.Object())
	defer win.Close()
	win.SetPadded(false)
	win.Resize(fyne.NewSize(width, 400))
	l := shownLabels(win.Content())[text]
	if l == nil {
		t.Fatal("the row is not shown")
	}
	if l.Size().Height < need-0.5 {
		t.Errorf("the row is %.0f px high; drawn 3 %% wider its text needs %.0f", l.Size().Height, need)
	}
}
