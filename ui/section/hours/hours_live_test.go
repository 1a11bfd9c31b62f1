package hours_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/hours"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// liveHours is the Часове screen alone on the demo year, told of each commit (issue #16), with
// person and month chosen.
func liveHours(t *testing.T, role model.PersonRole, month string) (*uitest.ScreenHarness, model.Person) {
	t.Helper()
	s := uitest.NewScreenHarness(t, hours.NewHoursScreen)
	p := uitest.PersonWith(s.Data, role)
	s.SelectRow(s.ScreenLists()[0], p.Name.String())
	s.SelectRow(s.ScreenLists()[1], month)
	return s, p
}

// putPerson changes the stored person id with edit and saves it as another writer would.
func putPerson(t *testing.T, s *uitest.ScreenHarness, id model.ID, edit func(p *model.Person)) {
	t.Helper()
	var p model.Person
	if err := s.DB.Get(model.KindPerson, id, &p); err != nil {
		t.Fatalf("get person: %v", err)
	}
	edit(&p)
	if err := s.DB.Put(&p); err != nil {
		t.Fatalf("put person: %v", err)
	}
}

func TestHoursLive_OutsidePutReachesTheListWithoutRefresh(t *testing.T) {
	s, _ := liveHours(t, model.RoleLeader, "юни 2026")
	before := s.ScreenLists()[0].Length()
	p := model.Person{Year: 2025, Name: model.PersonName{First: "Ваня", Middle: "Тестова", Last: "Отвън"},
		Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Lev(20, 0)}
	if err := s.DB.Put(&p); err != nil {
		t.Fatalf("put: %v", err)
	}
	list := s.ScreenLists()[0]
	if list.Length() != before+1 || uitest.RowText(list, "Ваня Тестова Отвън") == "" {
		t.Errorf("the people list (%d rows, want %d) does not show the person put from outside", list.Length(), before+1)
	}
}

func TestHoursLive_UnsavedDaySurvivesAnotherWritersChange(t *testing.T) {
	s, leader := liveHours(t, model.RoleLeader, "юни 2026")
	s.AddDay("02.06.2026", "2,5", "Подготовка — незапазено")
	ed := s.Screen.(kit.Editor)
	if !ed.Dirty() {
		t.Fatal("a typed day does not make the screen dirty")
	}
	putPerson(t, s, leader.ID, func(p *model.Person) { p.ExperienceYears = 31 })
	if !ed.Dirty() || len(s.EntriesWith("извършена дейност")) == 0 ||
		s.EntriesWith("извършена дейност")[0].Text != "Подготовка — незапазено" {
		t.Fatal("the unsaved day was dropped by another writer's change to the person")
	}
	if got := s.Entry("Опит в областта (години)").Text; got != "31" {
		t.Errorf("the clean person form shows experience %q, want the stored 31", got)
	}
	if err := ed.Save(); err != nil {
		t.Fatalf("save: %v", err)
	}
	if ts := storedSheet(t, s.DB, leader); ts == nil || ts.Total() != model.H(2)+model.Hours(50) {
		t.Errorf("stored report = %+v, want the 2,5 h typed", ts)
	}
}

func TestHoursLive_UnsavedPersonInputSurvives(t *testing.T) {
	s, leader := liveHours(t, model.RoleLeader, "юни 2026")
	s.Entry("Име").SetText("Преименувана")
	putPerson(t, s, leader.ID, func(p *model.Person) { p.ExperienceYears = 7 })
	if got := s.Entry("Име").Text; got != "Преименувана" {
		t.Fatalf("the unsaved first name became %q", got)
	}
	if err := s.Screen.(kit.Editor).Save(); err != nil {
		t.Fatalf("save: %v", err)
	}
	var p model.Person
	if err := s.DB.Get(model.KindPerson, leader.ID, &p); err != nil {
		t.Fatal(err)
	}
	if p.Name.First != "Преименувана" {
		t.Errorf("stored first name = %q, want the user's", p.Name.First)
	}
}

func TestHoursLive_SaveShowsOnAnotherScreenThroughChanged(t *testing.T) {
	s, leader := liveHours(t, model.RoleLeader, "юни 2026")
	other := hours.NewHoursScreen(s.Env)
	other.Content()
	other.Refresh()
	var told int
	s.Watch(other, &told)
	s.Entry("Фамилия").SetText("Новофамилна")
	if err := s.Screen.(kit.Editor).Save(); err != nil {
		t.Fatalf("save: %v", err)
	}
	if told == 0 {
		t.Fatal("the other screen was not told of the save's commit")
	}
	want := leader.Name
	want.Last = "Новофамилна"
	if !uitest.ShowsText(other.Content(), want.String()) {
		t.Errorf("the other Часове screen does not list %q without a Refresh", want)
	}
}
