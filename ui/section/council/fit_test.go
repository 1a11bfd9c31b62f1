package council_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/council"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// laptop is the window's content on a 1366×768 laptop at 125 % (1093×614 logical pixels) less
// the menu bar Fyne draws inside the window (36 px).
var laptop = fyne.NewSize(1093, 614-36)

// assertNothingCut lays the window out at the laptop's size, as the real window does on the
// next frame, and fails t for every text cut with „…“ or at the right edge (uitest.Cuts) and
// every wrapped label given less height than its lines (issue #17).
func assertNothingCut(t *testing.T, h *uitest.Harness, where string) {
	t.Helper()
	h.Win.Resize(laptop.AddWidthHeight(1, 1))
	h.Win.Resize(laptop)
	for _, c := range h.ScreenCuts() {
		t.Errorf("%s: %s", where, c)
	}
}

// longMember is a member whose row says the most: a long name, a long quota, a term that ended
// and an earlier role.
func longMember(year model.SchoolYear) model.CouncilMember {
	return model.CouncilMember{Year: year,
		Name: model.PersonName{First: "Константина", Middle: "Добромирова", Last: "Христова-Атанасова"},
		Role: model.RoleMember, Quota: model.QuotaMunicipality,
		Roles:    []model.RoleTerm{{Role: model.RoleSecretary, Until: model.NewDate(2026, 2, 28)}},
		JoinedOn: model.NewDate(2025, 9, 15), LeftOn: model.NewDate(2026, 6, 30)}
}

// At 1093×614 the members' rows wrap instead of being cut with „…“ (issue #17: „Иванка Иванова
// Русева — секретар, педагогически с…“), the longest row whole, each row as high as it needs.
func TestCouncil_MemberRowsReadableAtALaptopsSize(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	m := longMember(data.Programme.Year)
	if err := db.Put(&m); err != nil {
		t.Fatal(err)
	}
	h.Win.Resize(laptop)
	h.Nav().Select(uitest.SectionCouncil)
	assertNothingCut(t, h, "Съвет → Членове")
	want := "Константина Добромирова Христова-Атанасова — член, представител на общината (в съвета от 15.09.2025 до 30.06.2026; секретар до 28.02.2026)"
	if got := uitest.RowText(h.ScreenList(), "Константина"); got != want {
		t.Errorf("the row reads %q, want %q", got, want)
	}
}

// The member's form at 1093×614: the hint under „Новата роля е от“ and the ticks (the
// correction's, an NGO's three) wrap inside the form (issue #17: the hint ended „(чл. 3“).
func TestCouncil_MemberFormReadableAtALaptopsSize(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Win.Resize(laptop)
	h.Nav().Select(uitest.SectionCouncil)
	h.SelectRow(h.ScreenList(), data.CouncilMembers[0].Name.String()+" — ")
	h.Field("Квота").(*widget.Select).SetSelected("НПО")
	assertNothingCut(t, h, "Съвет → член с квота НПО")
	for _, text := range []string{"при смяна на ролята; по-ранните протоколи запазват предишната (чл. 32)",
		"действа в сферата на училищното образование в общината", "поправка: ролята е въведена грешно"} {
		if !h.HasText(text) {
			t.Errorf("the form does not show %q", text)
		}
	}
}

// Заседания at 1093×614: the meetings' rows wrap their first agenda item, and the constituent
// tick has its own row (issue #17: „учредително заседание (чл. 32, 34)“ and „Изтрий
// заседанието…“ were cut at the right).
func TestCouncil_MeetingsReadableAtALaptopsSize(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Win.Resize(laptop)
	h.Nav().Select(uitest.SectionCouncil)
	h.ShowTab("Заседания")
	assertNothingCut(t, h, "Заседания, нов протокол")
	long := slices.MaxFunc(data.Meetings, func(a, b model.Meeting) int { return len(a.Agenda[0]) - len(b.Agenda[0]) })
	h.SelectRow(h.ListShowing("Протокол №"), long.Agenda[0])
	assertNothingCut(t, h, "Заседания, протокол с най-дългия дневен ред")
	shown := false
	h.Content(func(o fyne.CanvasObject) {
		c, ok := o.(*widget.Check)
		shown = shown || (ok && c.Visible() && c.Text == "учредително заседание (чл. 32, 34)")
	})
	if !shown {
		t.Error("the constituent tick is not shown")
	}
}

// The members are listed in Bulgarian alphabetical order by name, with the kept collation
// (issue #17, item 10): not the store's order, nor byte order — a name typed in small letters
// sorts with its capital, Ц before Ч, and Ъ, Ю, Я at the end of the alphabet.
func TestCouncil_MembersInBulgarianOrder(t *testing.T) {
	test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	data := uitest.SeedDemo(t, db, 20)
	// Put in an order that is neither the alphabet's nor the bytes'.
	for _, n := range []string{"Ясен", "Чавдар", "ангел", "Юлиан", "Цветан", "Ъглен", "Борис", "Ангел", "Шишман"} {
		m := model.CouncilMember{Year: data.Programme.Year, Name: model.PersonName{First: n, Last: "Тестов"},
			Role: model.RoleMember, Quota: model.QuotaParent}
		if err := db.Put(&m); err != nil {
			t.Fatal(err)
		}
	}
	h, _, _ := uitest.ScreenOn(t, db, council.NewCouncilScreen)
	list := h.ScreenList()
	var got []string
	for i := range list.Length() {
		if row := uitest.RowAt(list, i); strings.Contains(row, " Тестов — ") {
			first, _, _ := strings.Cut(row, " ")
			got = append(got, first)
		}
	}
	// The alphabet, written out: А Б В Г Д Е Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ъ Ь Ю Я.
	want := []string{"ангел", "Ангел", "Борис", "Цветан", "Чавдар", "Шишман", "Ъглен", "Юлиан", "Ясен"}
	if !slices.Equal(got, want) {
		t.Errorf("the members are listed %v, want %v", got, want)
	}
	// The meeting's attendance offers them in the same order.
	h.ShowTab("Заседания")
	h.TypeIn("Дата", "10.02.2026")
	got = nil
	for _, o := range h.PresentOptions() {
		if strings.Contains(o, " Тестов (") {
			first, _, _ := strings.Cut(o, " ")
			got = append(got, first)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the meeting's attendance offers %v, want %v", got, want)
	}
}

// A meeting deleted elsewhere (another screen, an import, a package) while it is in the form
// says so above the form (issue #17: the form emptied without a word). Without unsaved input the
// form is empty for a new meeting; with unsaved input, the input stays in the form, the form is
// still unsaved, and „Запази заседанието“ enters it as a new meeting. Told through the live
// year's change notification (kit.Watcher), as the shell tells its screens.
func TestCouncil_MeetingDeletedElsewhereSaysSoAndKeepsUnsavedInput(t *testing.T) {
	test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	data := uitest.SeedDemo(t, db, 20)
	h, s, _ := uitest.ScreenOn(t, db, council.NewCouncilScreen)
	uitest.Watch(t, db, s.(kit.Watcher))
	h.ShowTab("Заседания")
	remove := func(id model.ID) {
		t.Helper()
		if err := db.Update(func(tx *store.Tx) error { return tx.Remove(model.KindMeeting, id) }); err != nil {
			t.Fatal(err)
		}
	}
	if len(data.Meetings) < 2 {
		t.Fatal("the demo year has fewer than two meetings")
	}

	clean := data.Meetings[0]
	h.SelectRow(h.ListShowing("Протокол №"), clean.Agenda[0])
	remove(clean.ID)
	want := "Заседанието с протокол № " + kit.Itoa(clean.Number) + " от " + clean.Date.String() + ", което беше във формата, е изтрито на друго място"
	if !h.HasText(want) {
		t.Errorf("the form does not say %q", want)
	}
	if got := h.Entry("Място").Text; got != "" {
		t.Errorf("the emptied form still shows the place %q", got)
	}

	dirty := data.Meetings[1]
	h.SelectRow(h.ListShowing("Протокол №"), dirty.Agenda[0])
	if h.HasText("е изтрито на друго място") {
		t.Error("the message stays once another meeting is chosen")
	}
	h.TypeIn("Място", "новата зала")
	remove(dirty.ID)
	if !h.HasText("Заседанието с протокол № "+kit.Itoa(dirty.Number)+" от "+dirty.Date.String()+" е изтрито на друго място") ||
		!h.HasText("Написаното тук е запазено във формата") {
		t.Error("the form with unsaved input does not say its meeting was deleted elsewhere")
	}
	if got := h.Entry("Място").Text; got != "новата зала" {
		t.Fatalf("the unsaved place is %q after the meeting was deleted elsewhere", got)
	}
	if !s.(kit.Editor).Dirty() {
		t.Fatal("the form with the kept input is not unsaved: leaving would lose it without a word")
	}
	h.Tap("Запази заседанието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the kept input showed: %s", d)
	}
	d, err := db.LiveYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Meetings, func(m model.Meeting) bool { return m.Place == "новата зала" })
	if i < 0 || d.Meetings[i].ID == dirty.ID || d.Meetings[i].Number != dirty.Number {
		t.Errorf("the kept input was not entered as a new meeting № %d", dirty.Number)
	}
}
