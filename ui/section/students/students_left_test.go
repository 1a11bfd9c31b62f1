package students_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// leftBox returns the student form's „Отписан от училището“ box.
func leftBox(h *uitest.Harness) *widget.Check {
	h.T.Helper()
	var box *widget.Check
	h.Content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "Отписан от училището") {
			box = c
		}
	})
	if box == nil {
		h.T.Fatal("the student form has no „Отписан от училището“ box")
	}
	return box
}

// TestStudents_LeftMarkedInListAndForm: ticking „Отписан от училището“ and saving stores
// Student.Left and marks the student „отписан“ in the list; unticking clears both.
func TestStudents_LeftMarkedInListAndForm(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	st := data.Students[0]
	name := st.Name.String()
	line, marked := st.ClassName()+" · "+name, st.ClassName()+" · отписан · "+name
	selectStudent(h, name)
	if box := leftBox(h); box.Checked || h.HasText(marked) || !h.HasText(line) {
		t.Fatalf("a current student is shown as having left (box %v)", box.Checked)
	}
	for _, left := range []bool{true, false} {
		test.Tap(leftBox(h))
		if !h.HasText("незапазени промени") {
			t.Errorf("ticking the box to %v is not unsaved input", left)
		}
		h.Tap("Запази")
		if d := h.DialogText(); d != "" {
			t.Fatalf("saving showed %q", d)
		}
		if got := studentNamed(storedStudents(t, db), name); got == nil || got.Left != left {
			t.Fatalf("the file holds %+v, want Left %v", got, left)
		}
		if got := h.HasText(marked); got != left {
			t.Errorf("Left %v: the list marks the student „отписан“ = %v", left, got)
		}
		if got := leftBox(h).Checked; got != left {
			t.Errorf("after saving, the box is %v, want %v", got, left)
		}
	}
}
