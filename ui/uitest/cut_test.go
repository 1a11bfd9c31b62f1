package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

const long = "Преодоляване на обучителни затруднения по математика и български език"

// cutsIn shows o alone in a window of the given size and lists its cuts.
func cutsIn(t *testing.T, o fyne.CanvasObject, size fyne.Size) []Cut {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, o)
	w.SetPadded(false)
	w.Resize(size)
	return Cuts(w.Content(), w.Canvas().Size())
}

func has(cuts []Cut, kind, text string) bool {
	for _, c := range cuts {
		if c.Kind == kind && strings.Contains(c.Text, text) {
			return true
		}
	}
	return false
}

// A truncated label whose text is wider than it is found; one that fits is not (issue #17).
func TestCuts_TruncatedLabel(t *testing.T) {
	cut := widget.NewLabel(long)
	cut.Truncation = fyne.TextTruncateEllipsis
	fits := widget.NewLabel("Вид")
	fits.Truncation = fyne.TextTruncateEllipsis
	cuts := cutsIn(t, container.NewGridWithRows(2, cut, fits), fyne.NewSize(200, 100))
	if !has(cuts, CutEllipsis, long) {
		t.Errorf("the truncated label is not found: %v", cuts)
	}
	if has(cuts, CutEllipsis, "Вид") || len(cuts) != 1 {
		t.Errorf("want only the long label, got %v", cuts)
	}
	if cuts := cutsIn(t, container.NewGridWithRows(2, cut, fits), fyne.NewSize(900, 100)); len(cuts) != 0 {
		t.Errorf("at 900 px everything fits, got %v", cuts)
	}
}

// A text past the right edge of the vertical scroll it is in is cut; a hidden one is not
// looked at.
func TestCuts_ClippedAtTheRightEdge(t *testing.T) {
	wide := widget.NewRichTextWithText(long)
	hidden := widget.NewLabel("скрит " + long)
	hidden.Hide()
	short := widget.NewLabel("кратък")
	scroll := container.NewVScroll(container.NewVBox(wide, hidden, short))
	cuts := cutsIn(t, container.NewGridWithColumns(2, scroll, widget.NewLabel("")), fyne.NewSize(400, 200))
	if !has(cuts, CutEdge, long) {
		t.Errorf("the clipped text is not found: %v", cuts)
	}
	if has(cuts, CutEdge, "скрит") || has(cuts, CutEdge, "кратък") {
		t.Errorf("a hidden or fitting text is listed: %v", cuts)
	}
	if cuts := cutsIn(t, scroll, fyne.NewSize(900, 200)); len(cuts) != 0 {
		t.Errorf("at 900 px the text fits, got %v", cuts)
	}
}

// A label neither wrapped nor truncated that a layout gives less than its width overflows.
func TestCuts_LabelWiderThanItsBox(t *testing.T) {
	l := widget.NewLabel(long)
	cuts := cutsIn(t, container.NewGridWithColumns(3, l, widget.NewLabel("а"), widget.NewLabel("б")), fyne.NewSize(600, 60))
	if !has(cuts, CutBox, long) {
		t.Errorf("the overflowing label is not found: %v", cuts)
	}
}

// A wrapped text that breaks a line inside an amount, or inside a pair of amounts, is found;
// one that breaks between words is not.
func TestCuts_NumberWrapped(t *testing.T) {
	for _, c := range []struct {
		left, right string
		want        bool
	}{
		{"Консумативи: 0,00 € /", "363,27 €", true},
		{"Общо 1", "234,00 €", true},
		{"Общо 1 234,00", "€", true},
		{"Общо 1 234,00", "лв.", true},
		{"учебна година 2025/", "2026", true},
		{"Общо 1 234,00 €", "за материали", false},
		{"Материали", "по чл. 82", false},
		{"ведомост № 0002501022 ", " 60,24 €", false}, // two fields two spaces apart
	} {
		if got := breaksANumber([]rune(c.left+" "), []rune(c.right)); got != c.want {
			t.Errorf("%q|%q: breaks a number = %v, want %v", c.left, c.right, got, c.want)
		}
	}
	l := widget.NewLabel("Консумативи (тонери): 0,00 € / 363,27 €")
	l.Wrapping = fyne.TextWrapWord
	var found bool
	for w := float32(120); w < 400; w += 4 {
		if has(cutsIn(t, container.NewVBox(l), fyne.NewSize(w, 200)), CutNumber, "/") {
			found = true
			break
		}
	}
	if !found {
		t.Error("a wrapped label never broke the pair of amounts at any width: the check or the test is wrong")
	}
}

// A wrapped label a layout gives less height than its lines need is drawn over what is below
// it (a list row one line high while its text wraps into two); given its height it is not.
func TestCuts_WrappedLabelLowerThanItsLines(t *testing.T) {
	wrapped := func() *widget.Label {
		l := widget.NewLabel(long)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	rows := func() fyne.CanvasObject {
		return container.NewGridWithRows(3, wrapped(), widget.NewLabel("а"), widget.NewLabel("б"))
	}
	if cuts := cutsIn(t, rows(), fyne.NewSize(200, 120)); !has(cuts, CutHeight, long) {
		t.Errorf("the wrapped label in a row of 40 px is not found: %v", cuts)
	}
	if cuts := cutsIn(t, rows(), fyne.NewSize(900, 150)); len(cuts) != 0 {
		t.Errorf("at 900×150 the label is one line in its row, got %v", cuts)
	}
	if cuts := cutsIn(t, container.NewVScroll(container.NewVBox(wrapped())), fyne.NewSize(200, 120)); len(cuts) != 0 {
		t.Errorf("in a box that gives it its lines, got %v", cuts)
	}
}

// A form's hint, a tick's text and a card's title do not wrap: past the right edge of their
// scroll, as the real window draws them (3 % wider), they are cut; inside it, not.
func TestCuts_TextsThatDoNotWrapPastTheEdge(t *testing.T) {
	build := func() fyne.CanvasObject {
		e := widget.NewEntry()
		form := widget.NewForm(&widget.FormItem{Text: "Име", Widget: e, HintText: "подсказка: " + long})
		return container.NewVScroll(container.NewVBox(form, widget.NewCheck("отметка: "+long, nil),
			widget.NewCard("заглавие: "+long, "", widget.NewLabel("а"))))
	}
	cuts := cutsIn(t, build(), fyne.NewSize(300, 400))
	for _, text := range []string{"подсказка: ", "отметка: ", "заглавие: "} {
		if !has(cuts, CutEdge, text) {
			t.Errorf("%s… past the edge is not found: %v", text, cuts)
		}
	}
	if cuts := cutsIn(t, build(), fyne.NewSize(1300, 400)); len(cuts) != 0 {
		t.Errorf("at 1300 px everything fits, got %v", cuts)
	}
}

// The real window draws text 3 % wider than the test driver measures it: a text that ends
// inside its scroll here by less than that is cut there.
func TestCuts_TextWithinThreePercentOfTheEdgeIsCut(t *testing.T) {
	text := "отметка: " + long
	test.NewTempApp(t)
	w := widget.NewCheck(text, nil).MinSize().Width
	area := func(width float32) []Cut {
		return cutsIn(t, container.NewVScroll(container.NewVBox(widget.NewCheck(text, nil))), fyne.NewSize(width, 100))
	}
	if cuts := area(w + 2); !has(cuts, CutEdge, text) {
		t.Errorf("a tick 2 px inside its edge here is not found (it is cut in the real window): %v", cuts)
	}
	if cuts := area(w + 0.05*w); has(cuts, CutEdge, text) {
		t.Errorf("a tick 5 %% inside its edge is listed: %v", cuts)
	}
}
