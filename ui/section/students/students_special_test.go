package students_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// studentTab returns the content of the student's panel titled title.
func studentTab(h *uitest.Harness, title string) fyne.CanvasObject {
	h.T.Helper()
	var tabs *container.AppTabs
	h.Content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok {
			tabs = t
		}
	})
	for _, it := range tabs.Items {
		if it.Text == title {
			tabs.Select(it)
			return it.Content
		}
	}
	h.T.Fatalf("no panel %q", title)
	return nil
}

// esfAnswers returns the answers the ESF panel shows to questions 1–8 („да“, „не“ or "") and
// whether each is off.
func esfAnswers(h *uitest.Harness) (answers []string, off []bool) {
	uitest.Walk(studentTab(h, "ЕСФ"), func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && slices.Equal(r.Options, []string{"да", "не"}) {
			answers, off = append(answers, r.Selected), append(off, r.Disabled())
		}
	})
	return answers, off
}

// needsShown returns the criteria the needs panel shows ticked, and whether they are off.
func needsShown(h *uitest.Harness) (ticked []string, off bool) {
	uitest.Walk(studentTab(h, "Затруднения"), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.CheckGroup); ok {
			ticked, off = c.Selected, c.Disabled()
		}
	})
	return ticked, off
}

// tabSays reports whether a label of the panel titled title, shown with all its parents,
// contains text.
func tabSays(h *uitest.Harness, title, text string) bool {
	return uitest.ShownIn(studentTab(h, title), text)
}

// Issue #13: an account without the special-categories key (an inspector) sees, on the ESF and
// needs panels, that the answers are sealed — not an empty panel that looks like „not
// answered“ — with their inputs off; „Отключи за тази сесия…“ asks for the passphrase of an
// account that holds the key: a wrong one and the inspector's own are refused in the dialog,
// the director's unlocks it, and the panels show the student's answers at once, without
// reopening the file.
func TestStudents_SpecialCategoriesSealedUntilUnlocked(t *testing.T) {
	h, db, data := uitest.NewSealedHarness(t)
	var st model.Student
	var app model.Application
	for _, a := range data.Applications {
		for _, s := range data.Students {
			if s.ID == a.StudentID && s.Needs != (model.RemedialNeeds{}) && slices.Contains(a.ESF.Answers[:], model.Yes) && st.ID == "" {
				st, app = s, a
			}
		}
	}
	if st.ID == "" {
		t.Fatal("the demo has no student with needs flags and a „да“ in the ESF panel")
	}
	h.Nav().Select(sectionStudents)
	selectStudent(h, st.Name.String())

	answers, off := esfAnswers(h)
	if len(answers) != 8 || slices.ContainsFunc(answers, func(a string) bool { return a != "" }) || slices.Contains(off, false) {
		t.Fatalf("sealed: the ESF panel shows %q (off %v), want 8 empty answers, all off", answers, off)
	}
	if !tabSays(h, "ЕСФ", "запечатани с ключа за специалните категории") {
		t.Error("the ESF panel does not say that its answers are sealed")
	}
	if ticked, off := needsShown(h); len(ticked) != 0 || !off {
		t.Errorf("sealed: the needs panel ticks %q (off %v)", ticked, off)
	}
	if !tabSays(h, "Затруднения", "запечатани с ключа за специалните категории") {
		t.Error("the needs panel does not say that its criteria are sealed")
	}

	h.Tap("Отключи за тази сесия…")
	h.UnlockSpecialWith("грешна парола 42")
	if d := h.DialogText(); !strings.Contains(d, "не отваря нито един профил") {
		t.Fatalf("a wrong passphrase: the dialog says %q", d)
	}
	h.UnlockSpecialWith(uitest.InspectorPass)
	if d := h.DialogText(); !strings.Contains(d, "„"+uitest.Inspector+"“ няма ключа") {
		t.Fatalf("the inspector's own passphrase: the dialog says %q", d)
	}
	if !db.HasSpecial() {
		h.UnlockSpecialWith(uitest.DirectorPass)
	}
	if d := h.DialogText(); d != "" {
		t.Fatalf("after the director's passphrase a dialog is still shown: %s", d)
	}

	answers, off = esfAnswers(h)
	for i, a := range app.ESF.Answers {
		want := map[model.YesNo]string{model.Yes: "да", model.No: "не"}[a]
		if i >= len(answers) || answers[i] != want || off[i] {
			t.Errorf("unlocked: question %d shows %q (off %v), want %q", i+1, answers[i], off[i], want)
		}
	}
	if tabSays(h, "ЕСФ", "запечатани") {
		t.Error("unlocked: the ESF panel still says sealed")
	}
	ticked, offNeeds := needsShown(h)
	if st.Needs.SocialFactors != slices.Contains(ticked, "социални фактори") || st.Needs.LowResults != slices.Contains(ticked, "ниски резултати и оценки") || len(ticked) == 0 || offNeeds {
		t.Errorf("unlocked: the needs panel ticks %q (off %v), want those of %+v", ticked, offNeeds, st.Needs)
	}
	h.Nav().Select(sectionStudents - 1) // leaving the screen asks nothing: the unlock left no unsaved input
	if d := h.DialogText(); d != "" {
		t.Errorf("leaving the screen after the unlock asks: %s", d)
	}
}
