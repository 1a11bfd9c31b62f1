package students_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// groupMember returns a demo student who is a member of a group still open.
func groupMember(t *testing.T, data *model.YearData) model.Student {
	t.Helper()
	for _, g := range data.Groups {
		for _, m := range g.Members {
			if m.Left.IsZero() {
				for _, st := range data.Students {
					if st.ID == m.StudentID && !st.Left {
						return st
					}
				}
			}
		}
	}
	t.Fatal("the demo has no group member")
	return model.Student{}
}

// A student who leaves is ended with a date: marked „отписан“, out of every group from that day,
// every record kept, the reason asked and kept in the change log; Enter in the dialog (kit.AskEnd)
// ends, Esc cancels (чл. 41, ал. 4; issue #17).
func TestStudents_Art41_4_EndWithADateKeepsTheHistory(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	st := groupMember(t, data)
	selectStudent(h, st.Name.String())

	h.Tap("Отписване от дата…")
	in, _ := h.DialogInput("дд.мм.гггг")
	uitest.Press(in, fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Fatalf("Esc left the dialog open: %s", d)
	}
	if got := studentNamed(storedStudents(t, db), st.Name.String()); got == nil || got.Left {
		t.Fatal("Esc ended the student")
	}

	h.Tap("Отписване от дата…")
	h.EndInDialog("31.08.2026", "") // after every session of the year, without a reason
	if d := h.DialogText(); !strings.Contains(d, "Напишете причината") {
		t.Fatalf("ending without a reason showed %q, want it asked", d)
	}
	if got := studentNamed(storedStudents(t, db), st.Name.String()); got == nil || got.Left {
		t.Fatal("the student was ended without a reason")
	}
	h.EndInDialog("31.08.2026", "преместен в друго училище")
	if d := h.DialogText(); d != "" {
		t.Fatalf("ending showed %s", d)
	}
	if es, err := db.History(model.KindStudent, st.ID); err != nil || len(es) == 0 || es[len(es)-1].Reason != "преместен в друго училище" {
		t.Errorf("the change log does not keep the reason of the ending (%v)", err)
	}
	if got := studentNamed(storedStudents(t, db), st.Name.String()); got == nil || !got.Left {
		t.Fatalf("the ended student is stored as %+v, want Left", got)
	}
	live, err := db.LiveYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range live.Groups {
		for _, m := range g.Members {
			if m.StudentID == st.ID && m.Left.IsZero() {
				t.Errorf("group %s keeps the ended student", g.Name)
			}
		}
	}
	if !h.HasText(st.ClassName()+" · отписан · "+st.Name.String()) || !h.HasText("е отписан от 31.08.2026") {
		t.Error("the list or the form does not say the student left")
	}
	if h.HasText("незапазени промени") || h.HasText("променен другаде") {
		t.Error("the screen's own end is taken for unsaved input or another writer's change")
	}
}

// „Изтрий“ deletes a student entered by mistake, with the reason asked (required; Enter
// confirms), and refuses a student in use, saying to end them with a date instead.
func TestStudents_DeleteOnlyAStudentEnteredByMistake(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	if !h.Button("Изтрий…").Disabled() || !h.Button("История").Disabled() {
		t.Error("a new student's form offers Изтрий or История")
	}
	before := len(storedStudents(t, db))
	fillStudent(h, "")
	h.Tap("Изтрий…")
	in, e := h.DialogInput("Причина")
	uitest.Press(in, fyne.KeyReturn)
	if d := h.DialogText(); !strings.Contains(d, "Напишете причината") {
		t.Fatalf("an empty reason showed %q, want the reason asked for", d)
	}
	e.SetText("въведена два пъти")
	uitest.Press(in, fyne.KeyReturn)
	if d := h.DialogText(); d != "" {
		t.Fatalf("deleting showed %q", d)
	}
	if got := len(storedStudents(t, db)); got != before {
		t.Errorf("the store holds %d students after the deletion, want %d", got, before)
	}
	if got := h.ScreenList().Length(); got != len(data.Students) || h.Entry("Име").Text != "" || !h.HasText("е изтрит") {
		t.Errorf("after the deletion the list shows %d (want %d), the form %q", got, len(data.Students), h.Entry("Име").Text)
	}

	used := groupMember(t, data)
	selectStudent(h, used.Name.String())
	h.Tap("Изтрий…")
	_, e = h.DialogInput("Причина")
	e.SetText("по грешка")
	h.Tap("Потвърди")
	if d := h.DialogText(); !strings.Contains(d, "не може да се изтрие") || !strings.Contains(d, "отпишете го с дата") {
		t.Errorf("deleting a student in a group showed %q, want the refusal and what to do", d)
	}
	if studentNamed(storedStudents(t, db), used.Name.String()) == nil {
		t.Error("a student in use was deleted")
	}
}

// История shows the change log of the student in the form.
func TestStudents_HistoryOfTheStudent(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	fillStudent(h, "")
	h.Tap("История")
	if d := h.DialogText(); !strings.Contains(d, "История — ") {
		t.Errorf("История showed %q", d)
	}
}

// Every refused save says what to fix (a *model.Error with its code, issue #21): empty and wrong
// input on each panel never reaches the user as „Действието не можа да завърши“.
func TestStudents_EmptyAndWrongInputSayWhatToFix(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	refused := func(what string) {
		t.Helper()
		h.Tap("Запази")
		d := h.DialogText()
		if d == "" || strings.Contains(d, "не можа да завърши") {
			t.Errorf("%s: the dialog says %q, want what to fix", what, d)
		}
		h.Tap("Добре")
	}
	h.Tap("Нов")
	refused("an empty form")
	h.TypeIn("Име", "Мария")
	h.TypeIn("ЕГН/ЛНЧ", "123")
	refused("a wrong ЕГН")
	h.TypeIn("ЕГН/ЛНЧ", "")
	h.ShowTab("ЕСФ")
	h.TypeIn("Дата на раждане", "32.13.2015")
	refused("a wrong birth date")
	h.TypeIn("Дата на раждане", "")
	h.ShowTab("Заявление")
	h.TypeIn("Подадено на", "вчера")
	refused("a wrong date of the application")
	if got := len(storedStudents(t, db)); got != before {
		t.Errorf("refused saves stored %d students", got-before)
	}
}
