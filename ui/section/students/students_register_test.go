package students_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// registerEntries returns the time and entry number fields of the application.
func registerEntries(h *uitest.Harness) (at, no *widget.Entry) {
	h.T.Helper()
	var es []*widget.Entry
	uitest.Walk(h.Field("Час и входящ № (ред на подаване)"), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			es = append(es, e)
		}
	})
	if len(es) != 2 {
		h.T.Fatalf("register fields = %d, want 2", len(es))
	}
	return es[0], es[1]
}

// The time of filing and the entry number, which order the applications for the assistant,
// are saved with the application; a time that is no time is refused.
func TestStudents_ApplicationRegisterOrderSaved(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	fillStudent(h, "")
	h.ShowTab("Заявление")
	at, no := registerEntries(h)
	test.Type(at, "25:70")
	if at.Validate() == nil {
		t.Error("25:70 is accepted as a time of filing")
	}
	at.SetText("")
	test.Type(at, "9.05")
	test.Type(no, "117")
	fillApplication(h, true)
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the application showed: %s", d)
	}
	st := studentNamed(storedStudents(t, db), "Мария Иванова Тестова")
	rs, _ := db.List(model.KindApplication)
	for _, r := range rs {
		if a := r.(*model.Application); st != nil && a.StudentID == st.ID {
			if a.SubmittedAt != model.Clock(9*60+5) || a.EntryNo != 117 {
				t.Errorf("stored time %s and entry № %d, want 09:05 and 117", a.SubmittedAt, a.EntryNo)
			}
			return
		}
	}
	t.Fatal("the application was not saved")
}
