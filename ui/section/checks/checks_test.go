package checks_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestChecks_ShowsTheDemosDeliberateErrors(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionChecks)
	var want []model.Finding
	for _, f := range model.Check(uitest.DefaultProfile(t), data, model.DateOf(uitest.Today())) {
		if f.Severity == model.SeverityError {
			want = append(want, f)
		}
	}
	if len(want) == 0 {
		t.Fatal("the demo year has no error findings to show")
	}
	for _, f := range want {
		if line := f.Article + " — " + f.Msg; !h.HasText(line) {
			t.Errorf("the checks screen does not show %q", line)
		}
	}
	for _, article := range []string{"чл. 101", "чл. 106, ал. 1, т. 3"} {
		if !h.HasText(article) {
			t.Errorf("the checks screen shows no finding of %s", article)
		}
	}
	if !h.HasText("Грешки: ") {
		t.Error("the checks screen shows no counts")
	}
}

func TestChecks_Art41_1_NewFindingAfterRefresh(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionChecks)
	if h.HasText("чл. 41, ал. 1") {
		t.Fatal("the demo year already breaks чл. 41, ал. 1")
	}

	g := uitest.OverfullGroup(t, db, data)
	h.Nav().Select(uitest.SectionSchool)
	h.Nav().Select(uitest.SectionChecks) // shown again: the screen reloads

	if !h.HasText("чл. 41, ал. 1 — група „" + g.Name + "“ има 11 ученици") {
		t.Errorf("no чл. 41, ал. 1 finding for group %q after it got 11 members", g.Name)
	}
	uitest.SelectFinding(h, "Правило: чл. 41, ал. 1")
	if want := "Група „" + g.Name + "“"; !h.HasText(want) {
		t.Errorf("the details of the finding do not name the record: want %q", want)
	}

	h.Tap("Отвори: Група „" + g.Name + "“")
	if got := h.Heading(); got != "Групи" {
		t.Errorf("opening the group of the finding shows section %q, want Групи", got)
	}
}

func TestChecks_FilterByArea(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionChecks)
	var filter *widget.Select
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, "Разходи") {
			filter = s
		}
	})
	if filter == nil {
		t.Fatal("no area filter offering „Разходи“")
	}
	filter.SetSelected("Разходи")
	for _, f := range model.Check(uitest.DefaultProfile(t), data, model.DateOf(uitest.Today())) {
		line := f.Article + " — " + f.Msg
		if shown, want := h.HasText(line), f.Area == model.AreaExpenses; shown != want {
			t.Errorf("filtered by „Разходи“: %q shown = %v, want %v", line, shown, want)
		}
	}
}
