package students_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// sectionStudents is the index of „Ученици“ in the navigation.
const sectionStudents = 2

// storedStudents returns the students in the data file.
func storedStudents(t *testing.T, db *store.DB) []*model.Student {
	t.Helper()
	rs, err := db.List(model.KindStudent)
	if err != nil {
		t.Fatalf("list students: %v", err)
	}
	out := make([]*model.Student, len(rs))
	for i, r := range rs {
		out[i] = r.(*model.Student)
	}
	return out
}

func TestStudents_ListShowsTheYearsStudents(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	if got, want := h.ScreenList().Length(), len(data.Students); got != want {
		t.Errorf("the list shows %d students, want %d", got, want)
	}
}

func TestStudents_SearchNarrowsTheList(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	last := data.Students[0].Name.Last
	want := 0
	for _, st := range data.Students {
		if strings.Contains(strings.ToLower(st.Name.String()), strings.ToLower(last)) {
			want++
		}
	}
	test.Type(h.EntryWith("Търсене по име"), strings.ToUpper(last))
	got := h.ScreenList().Length()
	if got != want || got >= len(data.Students) {
		t.Errorf("searching %q shows %d students, want %d of %d", last, got, want, len(data.Students))
	}
}

// fillStudent types a new student into the form.
func fillStudent(h *uitest.Harness, number string) {
	h.T.Helper()
	h.Tap("Нов")
	h.TypeIn("Име", "Мария")
	h.TypeIn("Презиме", "Иванова")
	h.TypeIn("Фамилия", "Тестова")
	h.Field("Клас").(*widget.Select).SetSelected("VII")
	h.TypeIn("Паралелка", "Б")
	h.TypeIn("ЕГН/ЛНЧ", number)
	h.Tap("Запази")
}

func TestStudents_NewStudentIsSaved(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	fillStudent(h, "")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid student showed: %s", d)
	}
	after := storedStudents(t, db)
	if len(after) != before+1 {
		t.Fatalf("the store holds %d students, want %d", len(after), before+1)
	}
	var saved *model.Student
	for _, st := range after {
		if st.Name.String() == "Мария Иванова Тестова" {
			saved = st
		}
	}
	if saved == nil || saved.Grade != 7 || saved.Section != "Б" || saved.Year != data.Programme.Year {
		t.Errorf("the saved student is %+v, want Мария Иванова Тестова of VII Б in %s", saved, data.Programme.Year)
	}
	if got := h.ScreenList().Length(); got != len(data.Students)+1 {
		t.Errorf("the list shows %d students after saving, want %d", got, len(data.Students)+1)
	}
}

func TestStudents_InvalidEGNShowsTheErrorAndSavesNothing(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	fillStudent(h, "7501020019") // the check digit should be 8
	if d := h.DialogText(); !strings.Contains(d, "ЕГН") {
		t.Errorf("saving an invalid ЕГН showed %q, want the ЕГН's error", d)
	}
	if got := len(storedStudents(t, db)); got != before {
		t.Errorf("the store holds %d students, want still %d", got, before)
	}
}

func TestStudents_GradeFilterShowsOnlyThatGrade(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	want := 0
	for _, st := range data.Students {
		if st.Grade == 5 {
			want++
		}
	}
	var filter *widget.Select
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == 13 {
			filter = s
		}
	})
	if filter == nil {
		t.Fatal("no grade filter")
	}
	filter.SetSelected("V")
	if got := h.ScreenList().Length(); got != want || want == 0 {
		t.Errorf("the filter V shows %d students, want %d", got, want)
	}
}

func TestStudents_LeavingWithUnsavedStudentAsks(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	h.TypeIn("Име", "Мария")
	h.Nav().Select(uitest.SectionBudget)
	if d := h.DialogText(); d == "" {
		t.Error("leaving a typed-in student did not ask to save it")
	}
}

func TestStudents_ChoosingAnotherStudentAsksBeforeDroppingInput(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	h.TypeIn("Име", "Мария")
	h.ScreenList().Select(0)
	if d := h.DialogText(); d == "" {
		t.Fatal("choosing another student dropped the typed-in name without asking")
	}
	if got := h.Entry("Име").Text; got != "Мария" {
		t.Errorf("while asking, the form shows %q, want the typed-in Мария", got)
	}
}

func TestStudents_StayKeepsTheStudentOfTheFormMarked(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	list := h.ScreenList()
	list.Select(0)
	h.TypeIn("Презиме", "Петров")
	list.Select(1)
	if d := h.DialogText(); !strings.Contains(d, "не са запазени") {
		t.Fatalf("choosing another student with unsaved input showed %q", d)
	}
	h.Tap("Остани")
	if got := h.Entry("Презиме").Text; got != "Петров" {
		t.Errorf("after Остани the middle name is %q, want the typed one", got)
	}
	// Only a list that marks the form's student again lets the same row be chosen once more.
	list.Select(1)
	if d := h.DialogText(); !strings.Contains(d, "не са запазени") {
		t.Errorf("choosing the other student again after Остани showed %q, want the question again", d)
	}
}

// Saving a student in a file with no school year yet says what to do (a *model.Error with its
// code, issue #21), not „Действието не можа да завърши“ with the instruction folded away.
func TestStudents_SaveWithoutAYearSaysWhereToEnterIt(t *testing.T) {
	h := uitest.NewHarness(t) // an empty file: no school, no year
	h.Nav().Select(sectionStudents)
	h.Tap("Запази")
	got := h.DialogText()
	if !strings.Contains(got, "Въведете училището и учебната година") || strings.Contains(got, "не можа да завърши") {
		t.Errorf("the dialog says %q; want what to do, not an internal failure", got)
	}
}
