package cards_test

import (
	"sync"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// studentOf returns the demo student with id.
func studentOf(t *testing.T, data *model.YearData, id model.ID) model.Student {
	t.Helper()
	for _, st := range data.Students {
		if st.ID == id {
			return st
		}
	}
	t.Fatalf("no student %s in the demo", id)
	return model.Student{}
}

// A card another writer puts into the file reaches the shown list through Changed, without
// Refresh and without leaving the section (issue #16).
func TestCards_AnOutsideCardShowsInTheListWithoutRefresh(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	st, subj := withoutCard(t, db, data)
	h.Nav().Select(sectionCards)
	h.EntryWith("Търсене по име на ученик").SetText(st.Name.String())
	line := subj.Name() + " · карта ✓"
	if h.HasText(line) {
		t.Fatal("the deleted card is still shown")
	}
	c := model.EducationCard{Year: data.Programme.Year, StudentID: st.ID, Subject: subj, PreparedBy: "Другаде"}
	if err := db.Put(&c); err != nil {
		t.Fatal(err)
	}
	if !h.HasText(line) {
		t.Errorf("another writer's card is not shown as %q", line)
	}
}

// Another writer's change never drops what the user typed into a card: a change of another card
// leaves the form alone, a change of the card being edited keeps the input with a notice, and a
// deletion says so and lets „Запази“ write the input as a new card.
func TestCards_UnsavedInputSurvivesAnotherChange(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionCards)
	c, other := data.Cards[0], data.Cards[1]
	openCardOf(h, studentOf(t, data, c.StudentID), c.Subject)

	elsewhere := c
	elsewhere.Causes = "Променено другаде"
	if err := db.Put(&elsewhere); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Анализ на причините").Text; got != "Променено другаде" {
		t.Errorf("a card without unsaved input shows causes %q after another writer's change", got)
	}

	h.TypeIn("Мерки за бъдещата работа", "Още упражнения")
	other.Causes = "Друга карта"
	if err := db.Put(&other); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Мерки за бъдещата работа").Text; got != "Още упражнения" || h.HasText("променена другаде") {
		t.Errorf("another card's change: measures %q, notice %v", got, h.HasText("променена другаде"))
	}

	elsewhere.Causes = "Пак другаде"
	if err := db.Put(&elsewhere); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Мерки за бъдещата работа").Text; got != "Още упражнения" || !h.HasText("беше променена другаде") {
		t.Errorf("a change of the edited card: measures %q, notice %v", got, h.HasText("беше променена другаде"))
	}

	if err := db.Delete(model.KindEducationCard, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := h.Entry("Мерки за бъдещата работа").Text; got != "Още упражнения" || !h.HasText("беше изтрита другаде") {
		t.Fatalf("the edited card deleted: measures %q, notice %v", got, h.HasText("беше изтрита другаде"))
	}
	h.Tap("Запази картата (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the kept input showed %q", d)
	}
	again := storedCard(t, db, data.Programme.Year, studentOf(t, data, c.StudentID), c.Subject)
	if again == nil || again.ID == c.ID || again.FutureMeasures != "Още упражнения" {
		t.Errorf("the kept input was saved as %+v, want a new card with the typed measures", again)
	}
}

// A save reaches the list through Changed like any other commit: the list shows the file, also a
// card another writer committed right after the save.
func TestCards_ASaveShowsThroughChanged(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	st, subj := withoutCard(t, db, data)
	c2 := data.Cards[1]
	st2 := studentOf(t, data, c2.StudentID)
	if err := db.Delete(model.KindEducationCard, c2.ID); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(sectionCards)
	openCardOf(h, st, subj)
	var once sync.Once
	cancel := db.Subscribe(func(c store.Change) {
		if c.Has(model.KindEducationCard) {
			once.Do(func() {
				other := model.EducationCard{Year: data.Programme.Year, StudentID: st2.ID, Subject: c2.Subject}
				if err := db.Put(&other); err != nil {
					t.Error(err)
				}
			})
		}
	})
	defer cancel()
	h.TypeIn("Анализ на причините", "Пропуски")
	h.Tap("Запази картата (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	if h.HasText("Картата още не е запазена") || h.HasText("незапазени промени") {
		t.Error("after the save the card is still shown as not saved")
	}
	if !h.HasText(subj.Name() + " · карта ✓") {
		t.Error("the saved card is not marked in the list")
	}
	h.EntryWith("Търсене по име на ученик").SetText(st2.Name.String())
	if !h.HasText(c2.Subject.Name() + " · карта ✓") {
		t.Error("the card another writer saved right after is not shown")
	}
}
