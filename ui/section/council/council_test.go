package council_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestCouncil_ListsTheDemoCouncil(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	if len(data.CouncilMembers) == 0 {
		t.Fatal("the demo year has no council")
	}
	for _, m := range data.CouncilMembers {
		if !h.HasText(m.Name.String() + " — ") {
			t.Errorf("the council screen does not list %q", m.Name)
		}
	}
}

func TestCouncil_Art29_2_AddingMemberToOddCouncilShowsEvenFinding(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	if len(data.CouncilMembers)%2 == 0 {
		t.Fatalf("the demo council has %d members: expected an odd number", len(data.CouncilMembers))
	}
	h.Nav().Select(uitest.SectionCouncil)
	if h.HasText("броят трябва да е нечетен") {
		t.Fatal("the demo council already breaks чл. 29, ал. 2 on its size")
	}
	uitest.EnterParent(h, "penka@primer.bg")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid member showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	if got, want := len(d.CouncilMembers), len(data.CouncilMembers)+1; got != want {
		t.Fatalf("stored members = %d, want %d", got, want)
	}
	if !h.HasText("чл. 29, ал. 2 — съветът „Твоят час“ има") {
		t.Error("the council screen does not show the чл. 29, ал. 2 finding on an even council")
	}
	if !h.HasText("Пенка Добрева — член, родител") {
		t.Error("the list does not show the new member")
	}
}

func TestCouncil_InvalidEmailShowsErrorAndSavesNothing(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	uitest.EnterParent(h, "penka.primer.bg")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "penka.primer.bg") {
		t.Errorf("the error dialog does not name the wrong e-mail: %q", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	if got, want := len(d.CouncilMembers), len(data.CouncilMembers); got != want {
		t.Errorf("stored members = %d, want %d: an invalid member was saved", got, want)
	}
}

func TestCouncil_LeavingWithUnsavedMemberAsks(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	uitest.EnterParent(h, "penka@primer.bg")
	h.Nav().Select(uitest.SectionSchool)
	if d := h.DialogText(); !strings.Contains(d, uitest.AskTitle) {
		t.Fatalf("leaving with an unsaved member showed %q, want %q", d, uitest.AskTitle)
	}
	h.Tap("Запази")
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	if got, want := len(d.CouncilMembers), len(data.CouncilMembers)+1; got != want {
		t.Errorf("after Запази stored members = %d, want %d", got, want)
	}
}

func TestCouncil_ChoosingAnotherMemberWithUnsavedInputAsks(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	list := h.ScreenList()
	h.SelectRow(list, data.CouncilMembers[0].Name.String()+" — ")
	h.TypeIn("Имейл", "nov@primer.bg")
	h.SelectRow(list, data.CouncilMembers[1].Name.String()+" — ")
	if d := h.DialogText(); !strings.Contains(d, "незапазени промени") {
		t.Fatalf("choosing another member with unsaved input showed %q", d)
	}
	h.Tap("Остани")
	if got := h.Entry("Имейл").Text; got != "nov@primer.bg" {
		t.Errorf("after Остани the e-mail is %q, want the typed one", got)
	}
	h.SelectRow(list, data.CouncilMembers[1].Name.String()+" — ")
	h.Tap("Откажи промените")
	if got, want := h.Entry("Фамилия").Text, data.CouncilMembers[1].Name.Last; got != want {
		t.Errorf("after Откажи промените the form shows %q, want member 2 %q", got, want)
	}
}

// An empty council is not „no problems“ (issue #17): the box says the council is still to be
// made (чл. 29, ал. 1), in amber.
func TestCouncil_Art29_1_EmptyCouncilIsNotNoProblems(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Tap("Запази (Ctrl+S)")
	h.Nav().Select(uitest.SectionCouncil)
	if h.HasText("не откриха проблеми") {
		t.Error("an empty council says the checks found no problems")
	}
	l := h.LabelShowing("съветът още няма членове")
	if l == nil || l.Importance != widget.WarningImportance {
		t.Errorf("an empty council shows %v, want the чл. 29, ал. 1 line in amber", l)
	}
}
