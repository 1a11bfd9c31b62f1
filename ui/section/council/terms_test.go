package council_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// storedMember is council member id as the data file holds it.
func storedMember(t *testing.T, db *store.DB, year model.SchoolYear, id model.ID) *model.CouncilMember {
	t.Helper()
	d, err := db.LoadYear(year)
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.CouncilMembers {
		if d.CouncilMembers[i].ID == id {
			return &d.CouncilMembers[i]
		}
	}
	return nil
}

// A chair who becomes a plain member from a day keeps the chair in the minutes before it (чл. 32,
// ал. 1; issue #17: the 2025 minutes showed a member's new role): the role changes from the
// day typed, the earlier meetings' attendance still says „председател“, the later ones „член“.
func TestCouncil_Art32_RoleChangedFromADayKeepsPastMinutes(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	chair := data.CouncilMembers[0]
	if chair.Role != model.RoleChair || len(data.Meetings) < 4 {
		t.Fatalf("the demo's first member is %s with %d meetings; want the chair and 4 meetings", chair.Role, len(data.Meetings))
	}
	h.Nav().Select(uitest.SectionCouncil)
	h.SelectRow(h.ScreenList(), chair.Name.String()+" — ")
	h.Choose("Роля", "член")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "от коя дата е новата роля") {
		t.Fatalf("a new role without its day: dialog %q, want the model's question", d)
	}
	h.Tap("Добре")
	h.TypeIn("Новата роля е от", "01.03.2026")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the role from 01.03.2026 showed: %s", d)
	}
	m := storedMember(t, db, data.Programme.Year, chair.ID)
	if m.Role != model.RoleMember || !slices.Equal(m.Roles, []model.RoleTerm{{Role: model.RoleChair, Until: model.NewDate(2026, 2, 28)}}) {
		t.Fatalf("stored role %s, earlier %+v; want member, chair until 28.02.2026", m.Role, m.Roles)
	}
	if !h.HasText("председател до 28.02.2026") {
		t.Error("the list does not show the earlier role")
	}
	h.ShowTab("Заседания")
	list := h.ListShowing("Протокол №")
	for i, want := range map[int]string{2: "председател", 3: "член"} { // 10.02.2026 and 10.06.2026
		list.Select(i)
		if opt := chair.Name.String() + " (" + want + ")"; !slices.Contains(h.PresentOptions(), opt) {
			t.Errorf("meeting %d (%s) offers %q, want %q", i+1, data.Meetings[i].Date, h.PresentOptions(), opt)
		}
	}
	if got := model.CouncilOn([]model.CouncilMember{*m}, data.Meetings[2].Date); len(got) != 1 || got[0].Role != model.RoleChair {
		t.Errorf("the stored council of 10.02.2026 is %+v, want the chair", got)
	}
}

// A member leaves the council on a day (чл. 29–32): refused while a later meeting lists them
// present (чл. 33, ал. 2), then ended after it; meetings after the day no longer offer them.
func TestCouncil_Art33_2_EndTermNotBeforeALaterMeeting(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	last := data.Meetings[len(data.Meetings)-1]
	i := slices.IndexFunc(data.CouncilMembers, func(m model.CouncilMember) bool { return m.ID == last.Present[0] })
	who := data.CouncilMembers[i]
	h.Nav().Select(uitest.SectionCouncil)
	h.SelectRow(h.ScreenList(), who.Name.String()+" — ")

	h.Tap("Прекрати членството…")
	h.EndInDialog("01.03.2026", "подаде оставка")
	if d := h.DialogText(); !strings.Contains(d, "присъства на заседанието от "+last.Date.String()) {
		t.Fatalf("ending before a meeting the member attended: dialog %q", d)
	}
	if m := storedMember(t, db, data.Programme.Year, who.ID); !m.LeftOn.IsZero() {
		t.Fatalf("a refused end stored LeftOn %s", m.LeftOn)
	}

	// The refusal is shown inside the one end dialog (kit.AskEnd), which stays open for another day.
	h.EndInDialog("30.06.2026", "подаде оставка")
	if d := h.DialogText(); d != "" {
		t.Fatalf("ending on 30.06.2026 showed: %s", d)
	}
	if m := storedMember(t, db, data.Programme.Year, who.ID); m.LeftOn != model.NewDate(2026, 6, 30) {
		t.Fatalf("stored LeftOn %s, want 30.06.2026", m.LeftOn)
	}
	if es, err := db.History(model.KindCouncilMember, who.ID); err != nil || len(es) == 0 || es[len(es)-1].Reason != "подаде оставка" {
		t.Errorf("the change log does not keep the reason of the ending (%v)", err)
	}
	if !h.HasText(who.Name.String()+" — ") || !h.HasText(" до 30.06.2026)") {
		t.Error("the list does not show the member's term")
	}
	h.ShowTab("Заседания")
	h.Tap("Ново заседание")
	h.TypeIn("Дата", "01.07.2026")
	for _, o := range h.PresentOptions() {
		if strings.HasPrefix(o, who.Name.String()+" (") {
			t.Errorf("a meeting of 01.07.2026 offers %q, who left on 30.06.2026", o)
		}
	}
	h.TypeIn("Дата", "10.06.2026")
	if !slices.ContainsFunc(h.PresentOptions(), func(o string) bool { return strings.HasPrefix(o, who.Name.String()+" (") }) {
		t.Errorf("a meeting of 10.06.2026 does not offer %s, on the council then", who.Name)
	}
}

// A meeting or a member entered by mistake is deleted with a reason, kept in the change log; a
// member a meeting lists present is not deleted (the message says what points to them).
func TestCouncil_RemoveMeetingAndMemberWithAReason(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionCouncil)
	enterMeeting(h, data.CouncilMembers, 3, "2", "1")
	h.Tap("Запази заседанието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	m := storedMeeting(t, db, data.Programme.Year)

	h.Tap("Изтрий заседанието…")
	h.Tap("Потвърди")
	if d := h.DialogText(); !strings.Contains(d, "Напишете причината") {
		t.Fatalf("confirming without a reason: dialog %q", d)
	}
	h.DialogEntryWith("Причина").SetText("въведено два пъти")
	h.Tap("Потвърди")
	if d := h.DialogText(); d != "" {
		t.Fatalf("removing the meeting showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Meetings) != len(data.Meetings) {
		t.Errorf("stored %d meetings after the removal, want %d", len(d.Meetings), len(data.Meetings))
	}
	es, err := db.History(model.KindMeeting, m.ID)
	if err != nil || len(es) == 0 || es[len(es)-1].Action != store.ActionDelete || es[len(es)-1].Reason != "въведено два пъти" {
		t.Errorf("the meeting's history %+v, %v: want its removal with the reason", es, err)
	}

	h.ShowTab("Членове")
	h.SelectRow(h.ScreenList(), data.CouncilMembers[0].Name.String()+" — ")
	h.Tap("Изтрий члена…")
	h.DialogEntryWith("Причина").SetText("грешка")
	h.Tap("Потвърди")
	if d := h.DialogText(); !strings.Contains(d, "не може да се изтрие") || !strings.Contains(d, "заседания") {
		t.Errorf("removing a member present at meetings: dialog %q, want the store's refusal naming the meetings", d)
	}
	h.Tap("Добре")

	uitest.EnterParent(h, "penka@primer.bg")
	h.Tap("Запази (Ctrl+S)")
	h.Tap("Изтрий члена…")
	h.DialogEntryWith("Причина").SetText("въведена по грешка")
	h.Tap("Потвърди")
	if d := h.DialogText(); d != "" {
		t.Fatalf("removing the new member showed: %s", d)
	}
	if d, _ := db.LoadYear(data.Programme.Year); len(d.CouncilMembers) != len(data.CouncilMembers) {
		t.Errorf("stored %d members, want %d: the new one removed", len(d.CouncilMembers), len(data.CouncilMembers))
	}
}
