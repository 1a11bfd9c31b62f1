package groups_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// A student who waits in the dialog is on a kept waiting list after „Потвърди и запиши“
// (чл. 41, ал. 4); the dialog names the tie-break and counts places, not students placed.
func TestGroups_Art41_4_AssistantKeepsWaitingList(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	var recs []model.Record
	for _, s := range freeStudents(t, data, 0, 3) {
		recs = append(recs, &model.Application{Year: 2025, StudentID: s.ID, SubmittedOn: model.NewDate(2025, time.October, 10),
			Wishes: []model.Wish{{Rank: 1, Area: model.AreaArts, Activity: "Оригами"}}})
	}
	if err := db.PutAll(recs...); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(uitest.SectionGroups)
	h.Tap("Помощник (чл. 46)")
	text := h.DialogText()
	for _, want := range []string{"дата и час на подаване, после входящ номер", "места за ученици: 0", "чакащи: 3", "чл. 47, ал. 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, text)
		}
	}
	h.Tap("Потвърди и запиши")
	rs, err := db.List(model.KindWaitingList)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || len(rs[0].(*model.WaitingList).Entries) != 3 || rs[0].(*model.WaitingList).Activity != "Оригами" {
		t.Errorf("kept waiting lists = %+v, want Оригами with the 3 students", rs)
	}
}

// A group's activity and grade band, which the assistant matches wishes by, are entered and saved.
func TestGroups_Art45_ActivityAndGradeBandSaved(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionGroups)
	h.Tap("Нова група")
	h.TypeIn("Наименование", "Шахмат за малките")
	h.GrpChoose("Вид", "Занимания по интереси (ЗИ)")
	h.GrpChoose("Тематична област (ЗИ)", "Спорт")
	h.TypeIn("Дейност (ЗИ)", "  Шахмат ")
	var grades []*widget.Select
	uitest.Walk(h.Field("За класове (от – до)"), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			grades = append(grades, s)
		}
	})
	if len(grades) != 2 {
		t.Fatalf("grade band drop-downs = %d, want 2", len(grades))
	}
	grades[0].SetSelected("I")
	grades[1].SetSelected("IV")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving asked or failed: %s", d)
	}
	g := storedGroup(t, db, "Шахмат за малките")
	if g == nil || g.Activity != "Шахмат" || g.MinGrade != 1 || g.MaxGrade != 4 {
		t.Errorf("stored group = %+v, want activity Шахмат for grades I–IV", g)
	}
}

// „Печат на предложението“ writes the proposal with its rule and waiting lists as a PDF.
func TestGroups_AssistantPrintsProposal(t *testing.T) {
	dir := t.TempDir()
	h, db, data := uitest.NewPrintingHarness(t, dir)
	assistantApplications(t, db, data)
	h.Nav().Select(uitest.SectionGroups)
	h.Tap("Помощник (чл. 46)")
	h.Tap("Печат на предложението")
	b, err := os.ReadFile(filepath.Join(dir, "Предложение-групи.pdf"))
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("no proposal printed: %v", err)
	}
	if shot := os.Getenv("ASSISTANT_SHOT"); shot != "" { // for people: a picture of the dialog
		h.Win.Resize(fyne.NewSize(1280, 800))
		f, err := os.Create(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, h.Win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}
