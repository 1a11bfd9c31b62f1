package council_test

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// memberOption is how the attendance names council member m.
func memberOption(m model.CouncilMember) string {
	return m.Name.String() + " (" + m.Role.Label() + ")"
}

// enterMeeting fills a new meeting with the first n members present and one decision.
func enterMeeting(h *uitest.Harness, members []model.CouncilMember, n int, votesFor, against string) {
	h.T.Helper()
	h.ShowTab("Заседания")
	h.Tap("Ново заседание")
	h.TypeIn("Дата", "10.02.2026")
	h.TypeIn("Дневен ред", "Мониторинг през първия срок")
	var present []string
	for _, m := range members[:n] {
		present = append(present, memberOption(m))
	}
	h.Tick(present...)
	h.Tap("Добави решение")
	h.TypeIn("Решение", "Приема отчета за първия срок")
	h.TypeIn("За", votesFor)
	h.TypeIn("Против", against)
}

// storedMeeting returns the stored meeting of the year dated 10.02.2026 with that agenda.
func storedMeeting(t *testing.T, db *store.DB, year model.SchoolYear) *model.Meeting {
	t.Helper()
	d, err := db.LoadYear(year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	for i, m := range d.Meetings {
		if len(m.Agenda) == 1 && m.Agenda[0] == "Мониторинг през първия срок" {
			return &d.Meetings[i]
		}
	}
	t.Fatal("the meeting is not stored")
	return nil
}

func TestMeetings_EnteredSavedAndReopened(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "2", "1")
	if got := h.LabelWith("Резултат:"); !strings.HasPrefix(got, "Резултат: прието") {
		t.Errorf("3 present, 2 for 1 against shows %q, want adopted", got)
	}
	h.Tap("Запази заседанието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid meeting showed: %s", d)
	}
	m := storedMeeting(t, db, data.Programme.Year)
	if len(m.Present) != 3 || len(m.Decisions) != 1 || m.Decisions[0].For != 2 || m.Decisions[0].Against != 1 {
		t.Fatalf("stored present %v, decisions %+v; want 3 present and 2 for 1 against", m.Present, m.Decisions)
	}
	if want := len(data.Meetings) + 1; m.Number != want {
		t.Errorf("the new meeting has protocol № %d, want the next one %d", m.Number, want)
	}

	h.Reopen()
	h.Nav().Select(uitest.SectionCouncil)
	h.ShowTab("Заседания")
	h.ListShowing("Протокол №").Select(len(data.Meetings))
	if got := h.Entry("Дневен ред").Text; got != "Мониторинг през първия срок" {
		t.Errorf("the reopened meeting's agenda is %q", got)
	}
	if got := h.Entry("За").Text; got != "2" {
		t.Errorf("the reopened decision has %q votes for, want 2", got)
	}
	h.Nav().Select(uitest.SectionSchool)
	if d := h.DialogText(); d != "" {
		t.Errorf("leaving a reopened meeting asked: %s", d)
	}
}

func TestMeetings_Art33_2_DirectorsVoteDoesNotDecide(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	if len(data.CouncilMembers) < 4 {
		t.Fatalf("the demo council has %d members, the test needs 4", len(data.CouncilMembers))
	}
	enterMeeting(h, data.CouncilMembers, 4, "2", "2")
	h.Choose("Глас на директора (съвещателен)", "за")
	got := h.LabelWith("Резултат:")
	if !strings.HasPrefix(got, "Резултат: не е прието") || !strings.Contains(got, "не се брои (чл. 33, ал. 2)") {
		t.Errorf("a 2–2 tie with the director for shows %q, want not adopted and the director's vote not counted", got)
	}
	h.Tap("Запази заседанието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	m := storedMeeting(t, db, data.Programme.Year)
	if o := m.Outcomes()[0]; o.Adopted || m.Decisions[0].Director != model.VoteFor {
		t.Errorf("stored outcome %+v with the director's vote %q, want not adopted and „for“ kept", o, m.Decisions[0].Director)
	}
}

func TestMeetings_Art33_VotesOverThosepresent(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "3", "1")
	if got := h.LabelWith("присъстващите членове са 3"); got == "" {
		t.Error("4 votes of 3 members present do not say that only those present vote")
	}
	h.Tap("Запази заседанието")
	if d := h.DialogText(); !strings.Contains(d, "чл. 33") {
		t.Errorf("saving 4 votes of 3 present showed %q, want the model's чл. 33 message", d)
	}
}

func TestMeetings_PrintWritesTheMinutes(t *testing.T) {
	dir := t.TempDir()
	h, _, data := uitest.NewPrintingHarness(t, dir)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "2", "1")
	printed := h.PrintOne("Печат на протокола", dir, "Протокол-*.pdf")
	if st, err := os.Stat(printed); err != nil || st.Size() == 0 {
		t.Errorf("the minutes are empty or missing: %v", err)
	}
}

func TestMeetings_EnterInAFieldSaves(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "2", "1")
	h.Entry("Място").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.DialogText(); d != "" {
		t.Fatalf("Enter showed: %s", d)
	}
	if m := storedMeeting(t, db, data.Programme.Year); len(m.Decisions) != 1 {
		t.Errorf("Enter stored decisions %+v, want the one typed", m.Decisions)
	}
}

func TestMeetings_Art35_1_ProtocolNumberTwiceShownNextToTheMeeting(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "2", "1")
	h.EntryWith("1").SetText("1") // the protocol number: its placeholder is 1
	h.Tap("Запази заседанието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	const line = "чл. 35, ал. 1 — протокол № 1 е и на заседанието от"
	if !h.HasText(line) {
		t.Error("a second protocol № 1 shows no чл. 35, ал. 1 finding next to the meeting")
	}
	if box := h.LabelWith(line); strings.Count(box, line) != 1 {
		t.Errorf("the finding is shown %d times next to the meeting, want once:\n%s", strings.Count(box, line), box)
	}
}

func TestCouncil_UnsavedMemberSavedFromTheMeetingsTab(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	uitest.EnterParent(h, "penka@primer.bg")
	h.ShowTab("Заседания")
	h.Nav().Select(uitest.SectionSchool)
	h.Tap("Запази")
	if d := h.DialogText(); d != "" {
		t.Fatalf("Запази with an unsaved member and the meetings shown showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	if len(d.CouncilMembers) != len(data.CouncilMembers)+1 || len(d.Meetings) != len(data.Meetings) {
		t.Errorf("stored %d members and %d meetings, want the new member and no new meeting", len(d.CouncilMembers), len(d.Meetings))
	}
}
