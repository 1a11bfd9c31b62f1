package cards_test

import (
	"archive/zip"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

const sectionCards = 4

// openCardOf finds the student's entry for subject on the ИОК screen and opens it.
func openCardOf(h *uitest.Harness, st model.Student, subject model.Subject) {
	h.T.Helper()
	h.EntryWith("Търсене по име на ученик").SetText(st.Name.String())
	opened := func() bool {
		shown := h.LabelWith(st.Name.String() + ", ")
		return shown != "" && strings.Contains(shown, subject.Name())
	}
	if !uitest.SelectUntil(h.ScreenList(), opened) {
		h.T.Fatalf("the ИОК list has no %s × %s", st.Name, subject.Name())
	}
}

// withoutCard removes the demo's first card and returns its student and subject.
func withoutCard(t *testing.T, db *store.DB, data *model.YearData) (model.Student, model.Subject) {
	t.Helper()
	c := data.Cards[0]
	if err := db.Delete(model.KindEducationCard, c.ID); err != nil {
		t.Fatalf("delete card: %v", err)
	}
	for _, st := range data.Students {
		if st.ID == c.StudentID {
			return st, c.Subject
		}
	}
	t.Fatal("the card's student is not in the demo")
	return model.Student{}, ""
}

// storedCard returns the stored card of the student and subject, or nil.
func storedCard(t *testing.T, db *store.DB, year model.SchoolYear, st model.Student, subj model.Subject) *model.EducationCard {
	t.Helper()
	d, err := db.LoadYear(year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	for i, c := range d.Cards {
		if c.StudentID == st.ID && c.Subject == subj {
			return &d.Cards[i]
		}
	}
	return nil
}

func TestCards_Annex5_CreatedFilledSavedReopenedPrinted(t *testing.T) {
	dir := t.TempDir()
	h, db, data := uitest.NewPrintingHarness(t, dir)
	st, subj := withoutCard(t, db, data)
	h.Nav().Select(sectionCards)
	openCardOf(h, st, subj)
	if !h.HasText("Картата още не е запазена") {
		t.Fatal("a student without a card does not show a new card")
	}
	h.TypeIn("Анализ на причините", "Пропуски от предходния клас")
	h.TypeIn("Причини според родителя", "Трудности вкъщи")
	h.Choose("Ще участва в публични изяви", "да")
	h.Choose("Обща оценка", "незадоволителна")
	if err := h.Entry("Причини (при незадоволителна)").Validate(); err == nil {
		t.Error("an unsatisfactory assessment without reasons is not flagged as it is chosen")
	}
	h.TypeIn("Причини (при незадоволителна)", "Чести отсъствия")
	h.Tap("Добави тема")
	h.TypeIn("Глобална тема / очаквани резултати", "Дроби")
	h.TypeIn("Дата на темата", "12.11.2025")
	h.Tap("Запази картата (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid card showed: %s", d)
	}
	c := storedCard(t, db, data.Programme.Year, st, subj)
	if c == nil || c.Causes != "Пропуски от предходния клас" || c.ParentJoinsEvents != model.Yes ||
		c.Assessment != model.AssessUnsatisfactory || len(c.Rows) != 1 || c.Rows[0].Date != model.NewDate(2025, 11, 12) {
		t.Fatalf("stored card %+v, want the typed sections", c)
	}

	h.ReopenPrinting(dir)
	h.Nav().Select(sectionCards)
	openCardOf(h, st, subj)
	if got := h.Entry("Анализ на причините").Text; got != "Пропуски от предходния клас" {
		t.Errorf("the reopened card's causes are %q", got)
	}
	if got := h.Entry("Глобална тема / очаквани резултати").Text; got != "Дроби" {
		t.Errorf("the reopened card's topic is %q", got)
	}
	printed := h.PrintOne("Печат на картата", dir, "ИОК-*.pdf")
	if fi, err := os.Stat(printed); err != nil || fi.Size() == 0 {
		t.Errorf("the printed card is empty or missing: %v", err)
	}
}

func TestCards_Annex5_UnsatisfactoryWithoutReasonsSavesNothing(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	st, subj := withoutCard(t, db, data)
	h.Nav().Select(sectionCards)
	openCardOf(h, st, subj)
	h.Choose("Обща оценка", "незадоволителна")
	h.Tap("Запази картата (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "Причини за незадоволителната оценка") {
		t.Errorf("saving an unsatisfactory card without reasons showed %q", d)
	}
	if storedCard(t, db, data.Programme.Year, st, subj) != nil {
		t.Error("an invalid card was saved")
	}
}

func TestCards_LeavingWithUnsavedCardAsks(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionCards)
	c := data.Cards[0]
	var st model.Student
	for _, s := range data.Students {
		if s.ID == c.StudentID {
			st = s
		}
	}
	openCardOf(h, st, c.Subject)
	h.TypeIn("Мерки за бъдещата работа", "Още упражнения")
	h.Nav().Select(uitest.SectionSchool)
	if d := h.DialogText(); !strings.Contains(d, uitest.AskTitle) {
		t.Errorf("leaving an unsaved card showed %q, want %q", d, uitest.AskTitle)
	}
}

func TestCards_PrintGroupWritesEveryCardOfTheGroup(t *testing.T) {
	dir := t.TempDir()
	h, _, data := uitest.NewPrintingHarness(t, dir)
	h.Nav().Select(sectionCards)
	var g *model.Group
	for i := range data.Groups {
		if data.Groups[i].Kind == model.Remedial {
			g = &data.Groups[i]
			break
		}
	}
	var filter *widget.Select
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && s.Options[0] == "Всички групи" {
			filter = s
		}
	})
	if g == nil || filter == nil {
		t.Fatal("no remedial group or no group filter")
	}
	filter.SetSelected(g.Name)
	path := h.PrintOne("Печат на картите на групата", dir, "ИОК-*.zip")
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	want := 0
	for _, c := range data.Cards {
		if c.GroupID == g.ID {
			want++
		}
	}
	if len(zr.File) == 0 || want > 0 && len(zr.File) != want {
		t.Errorf("the ZIP holds %d cards, want the group's %d", len(zr.File), want)
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "ИОК-") || !strings.HasSuffix(f.Name, ".pdf") {
			t.Errorf("a card in the ZIP is named %q, want ИОК-№-фамилия-предмет.pdf", f.Name)
		}
	}
}
