package checks_test

import (
	"slices"
	"strings"
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

// Findings are coloured by their severity (an error red, a warning amber), the details show no
// internal code, and a finding about the council as a whole („two chairs“ names no record)
// offers to open the council (issue #17).
func TestChecks_Art32_1_SeverityColoursNoCodeAndTheCouncilOpens(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	m := data.CouncilMembers[1]
	m.Role = model.RoleChair
	if err := db.Put(&m); err != nil {
		t.Fatalf("a second chair: %v", err)
	}
	h.Nav().Select(uitest.SectionChecks)
	sev := map[string]model.Severity{}
	for _, f := range model.Check(uitest.DefaultProfile(t), data, model.DateOf(uitest.Today())) {
		sev[f.Article+" — "+f.Msg] = f.Severity
	}
	list := h.ScreenList()
	seen := map[widget.Importance]bool{}
	for i := 0; i < list.Length(); i++ {
		row := list.CreateItem()
		list.UpdateItem(i, row)
		l := row.(*widget.Label)
		s, ok := sev[strings.TrimSpace(l.Text)]
		if !ok {
			continue // a heading, or the second chair's finding the demo's data lacks
		}
		want := widget.WarningImportance
		if s == model.SeverityError {
			want = widget.DangerImportance
		}
		if l.Importance != want {
			t.Errorf("%q (%v) is shown with importance %v, want %v", l.Text, s, l.Importance, want)
		}
		seen[l.Importance] = true
	}
	if !seen[widget.WarningImportance] || !seen[widget.DangerImportance] {
		t.Errorf("the demo's findings showed importances %v, want both errors and warnings", seen)
	}
	uitest.SelectFinding(h, "Правило: чл. 32, ал. 1")
	if h.HasText("Код") || h.HasText("council_chair") {
		t.Error("the details show the internal code")
	}
	h.Tap("Отвори раздела „Съвет“")
	if got := h.Heading(); got != "Съвет" {
		t.Errorf("opening the council's finding shows section %q, want Съвет", got)
	}
}

// At 1093×614 every finding shown is read whole: a long one wraps onto a row of its own height
// instead of being cut with „…“ while the details pane is empty (issue #17).
func TestChecks_FindingsWrapAtALaptopsWidth(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Win.Resize(fyne.NewSize(1093, 614))
	h.Nav().Select(uitest.SectionChecks)
	h.Win.Resize(fyne.NewSize(1093, 614))
	for _, c := range h.Cuts() {
		t.Errorf("shown cut: %s", c)
	}
	list := h.ScreenList()
	wrapped := 0
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && o.Visible() && strings.Contains(l.Text, "— ") && l.Size().Height > 1.5*list.MinSize().Height {
			if l.Wrapping == fyne.TextWrapOff {
				t.Errorf("a tall row does not wrap: %q", l.Text)
			}
			wrapped++
		}
	})
	if wrapped == 0 {
		t.Error("no finding of the demo wraps at 1093 px: the long ones (чл. 106, ал. 1, т. 3) should")
	}
}
