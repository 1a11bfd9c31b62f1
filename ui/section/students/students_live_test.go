package students_test

import (
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// search shows in the list only the students whose name holds text, as a user types it.
func search(h *uitest.Harness, text string) int {
	h.T.Helper()
	e := h.EntryWith("Търсене по име")
	e.SetText("")
	test.Type(e, text)
	return h.ScreenList().Length()
}

// A record another writer puts into the file (an import, a package, another screen) reaches the
// shown list through Changed, without Refresh and without leaving the section (issue #16).
func TestStudents_AnOutsidePutShowsInTheListWithoutRefresh(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	n := h.ScreenList().Length()
	added := model.Student{Year: data.Programme.Year, Name: model.PersonName{First: "Външна", Last: "Добавена"}, Grade: 3, Section: "А"}
	if err := db.Put(&added); err != nil {
		t.Fatal(err)
	}
	if got := h.ScreenList().Length(); got != n+1 {
		t.Errorf("after another writer's student the list shows %d, want %d", got, n+1)
	}
	renamed := data.Students[0]
	renamed.Name.First = "Преименувана"
	if err := db.Put(&renamed); err != nil {
		t.Fatal(err)
	}
	if got := search(h, "Преименувана"); got != 1 {
		t.Errorf("searching the name another writer gave shows %d students, want 1", got)
	}
	if err := db.Delete(model.KindStudent, added.ID); err != nil {
		t.Fatal(err)
	}
	if got := search(h, ""); got != n {
		t.Errorf("after another writer's deletion the list shows %d, want %d", got, n)
	}
}

// Another writer's change never drops what the user typed: a change of other records leaves the
// form alone, a change of the student being edited keeps the input with a notice, and a
// deletion says so and lets „Запази“ write the input as a new student. A form without unsaved
// input follows the file.
func TestStudents_UnsavedInputSurvivesAnotherChange(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	a, other := data.Students[0], data.Students[1]
	selectStudent(h, a.Name.String())

	elsewhere := a
	elsewhere.Section = "Я"
	if err := db.Put(&elsewhere); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Паралелка").Text; got != "Я" {
		t.Errorf("a form without unsaved input shows section %q after another writer's change, want Я", got)
	}

	h.TypeIn("Презиме", "Петров")
	other.Section = "Ю"
	if err := db.Put(&other); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Презиме").Text; got != "Петров" || h.HasText("променен другаде") {
		t.Errorf("another student's change: middle name %q (want the typed Петров), notice shown %v",
			got, h.HasText("променен другаде"))
	}

	elsewhere.Name.Last = "Другаде"
	if err := db.Put(&elsewhere); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Презиме").Text; got != "Петров" || !h.HasText("беше променен другаде") {
		t.Errorf("a change of the edited student: middle name %q (want Петров), notice shown %v",
			got, h.HasText("беше променен другаде"))
	}

	if err := db.Delete(model.KindStudent, a.ID); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Презиме").Text; got != "Петров" || !h.HasText("беше изтрит другаде") {
		t.Fatalf("the edited student deleted: middle name %q (want Петров), notice shown %v",
			got, h.HasText("беше изтрит другаде"))
	}
	h.Tap("Запази")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the kept input showed %q", d)
	}
	var again *model.Student
	for _, st := range storedStudents(t, db) {
		if st.Name.Middle == "Петров" && st.Name.First == a.Name.First {
			again = st
		}
	}
	if again == nil || again.ID == a.ID {
		t.Errorf("the kept input was saved as %+v, want a new student (not the deleted %s)", again, a.ID)
	}
}

// A save reaches the list through Changed like any other commit: the list shows the file, also a
// record another writer committed right after the save (a subscriber writing on the save's
// commit), which no screen patching its own copy could show.
func TestStudents_ASaveShowsThroughChanged(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	n := h.ScreenList().Length()
	var once sync.Once
	cancel := db.Subscribe(func(c store.Change) {
		if !c.Has(model.KindStudent) {
			return
		}
		once.Do(func() {
			st := model.Student{Year: data.Programme.Year, Name: model.PersonName{First: "Паралелна", Last: "Записана"}, Grade: 2}
			if err := db.Put(&st); err != nil {
				t.Error(err)
			}
		})
	})
	defer cancel()
	fillStudent(h, "")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	if got := h.ScreenList().Length(); got != n+2 {
		t.Errorf("after the save the list shows %d students, want %d (the saved one and the other writer's)", got, n+2)
	}
	if !strings.Contains(h.Entry("Име").Text, "Мария") || h.HasText("незапазени промени") {
		t.Errorf("after the save the form shows %q, unsaved %v", h.Entry("Име").Text, h.HasText("незапазени промени"))
	}
	if got := search(h, "Паралелна"); got != 1 {
		t.Errorf("the other writer's student is shown %d times, want 1", got)
	}
}
