package ui_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// leftBox returns the student form's „Отписан от училището“ box.
func leftBox(h *harness) *widget.Check {
	h.t.Helper()
	var box *widget.Check
	h.content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "Отписан от училището") {
			box = c
		}
	})
	if box == nil {
		h.t.Fatal("the student form has no „Отписан от училището“ box")
	}
	return box
}

// TestStudents_LeftMarkedInListAndForm: ticking „Отписан от училището“ and saving stores
// Student.Left and marks the student „отписан“ in the list; unticking clears both.
func TestStudents_LeftMarkedInListAndForm(t *testing.T) {
	h, db, data := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	st := data.Students[0]
	name := st.Name.String()
	line := name + " — " + st.ClassName()
	selectStudent(h, name)
	if box := leftBox(h); box.Checked || h.hasText(line+" · отписан") || !h.hasText(line) {
		t.Fatalf("a current student is shown as having left (box %v)", box.Checked)
	}
	for _, left := range []bool{true, false} {
		test.Tap(leftBox(h))
		if !h.hasText("незапазени промени") {
			t.Errorf("ticking the box to %v is not unsaved input", left)
		}
		h.tap("Запази")
		if d := h.dialogText(); d != "" {
			t.Fatalf("saving showed %q", d)
		}
		if got := studentNamed(storedStudents(t, db), name); got == nil || got.Left != left {
			t.Fatalf("the file holds %+v, want Left %v", got, left)
		}
		if got := h.hasText(line + " · отписан"); got != left {
			t.Errorf("Left %v: the list marks the student „отписан“ = %v", left, got)
		}
		if got := leftBox(h).Checked; got != left {
			t.Errorf("after saving, the box is %v, want %v", got, left)
		}
	}
}
