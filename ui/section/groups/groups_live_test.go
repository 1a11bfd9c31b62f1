package groups_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/groups"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// liveGroups is the Групи screen alone on the demo year, told of each commit (issue #16).
func liveGroups(t *testing.T) *uitest.ScreenHarness {
	t.Helper()
	s := uitest.NewScreenHarness(t, groups.NewGroupsScreen)
	if _, ok := s.Screen.(kit.Watcher); !ok {
		t.Fatal("the groups screen is not a kit.Watcher")
	}
	return s
}

// outsidePut changes the stored group id with edit and saves it as another writer would.
func outsidePut(t *testing.T, s *uitest.ScreenHarness, id model.ID, edit func(g *model.Group)) {
	t.Helper()
	var g model.Group
	if err := s.DB.Get(model.KindGroup, id, &g); err != nil {
		t.Fatalf("get group: %v", err)
	}
	edit(&g)
	if err := s.DB.Put(&g); err != nil {
		t.Fatalf("put group: %v", err)
	}
}

func TestGroupsLive_OutsidePutReachesTheListWithoutRefresh(t *testing.T) {
	s := liveGroups(t)
	list := s.ScreenLists()[0]
	before := list.Length()
	g := model.Group{Year: 2025, Name: "Шахмат от друг компютър", Kind: model.Interest, Area: model.AreaArts}
	if err := s.DB.Put(&g); err != nil {
		t.Fatalf("put: %v", err)
	}
	if s.Changes == 0 {
		t.Fatal("the screen was not told of the commit")
	}
	if got := list.Length(); got != before+1 {
		t.Fatalf("the list has %d groups after the outside put, want %d", got, before+1)
	}
	if uitest.RowText(list, "Шахмат от друг компютър") == "" {
		t.Error("the list does not show the group put from outside")
	}
	if err := s.DB.Delete(model.KindGroup, g.ID); err != nil {
		t.Fatalf("delete: %v", err)
	}
	if got := list.Length(); got != before {
		t.Errorf("the list has %d groups after the outside delete, want %d", got, before)
	}
}

func TestGroupsLive_UnsavedInputSurvivesAnotherWritersChange(t *testing.T) {
	s := liveGroups(t)
	g := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")
	s.Entry("Място").SetText("Кабинет 12 — въведено, незапазено")
	ed := s.Screen.(kit.Editor)
	if !ed.Dirty() {
		t.Fatal("typing a place does not make the screen dirty")
	}
	outsidePut(t, s, g.ID, func(x *model.Group) { x.Goals = "Цели от друг потребител" })

	if got := s.Entry("Място").Text; got != "Кабинет 12 — въведено, незапазено" {
		t.Errorf("the unsaved place became %q after another writer's change", got)
	}
	if !ed.Dirty() {
		t.Error("the screen is no longer dirty: the unsaved input was dropped")
	}
	if err := ed.Save(); err != nil {
		t.Fatalf("save: %v", err)
	}
	stored := storedGroup(t, s.DB, g.Name)
	if stored.Place != "Кабинет 12 — въведено, незапазено" {
		t.Errorf("stored place = %q, want the user's", stored.Place)
	}
}

func TestGroupsLive_CleanFormFollowsAnotherWriter(t *testing.T) {
	s := liveGroups(t)
	g := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")
	outsidePut(t, s, g.ID, func(x *model.Group) { x.Place = "Физкултурен салон" })
	if got := s.Entry("Място").Text; got != "Физкултурен салон" {
		t.Errorf("a clean form shows place %q after another writer's change, want the stored one", got)
	}
	if s.Screen.(kit.Editor).Dirty() {
		t.Error("following a stored change made the form dirty")
	}
}

func TestGroupsLive_SaveShowsOnAnotherScreenThroughChanged(t *testing.T) {
	s := liveGroups(t)
	other := groups.NewGroupsScreen(s.Env)
	other.Content()
	other.Refresh()
	var told int
	s.Watch(other, &told)
	g := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(g.Name)
	s.ShowGroupTab("Група")
	s.Entry("Наименование").SetText("Математика — преименувана")
	if err := s.Screen.(kit.Editor).Save(); err != nil {
		t.Fatalf("save: %v", err)
	}
	if told == 0 {
		t.Fatal("the other screen was not told of the save's commit")
	}
	if !uitest.ShowsText(other.Content(), "Математика — преименувана") {
		t.Error("the other groups screen does not list the renamed group without a Refresh")
	}
}

func TestGroupsLive_UnsavedProgrammeRowsSurviveAnotherWritersChange(t *testing.T) {
	s := liveGroups(t)
	g := uitest.RemedialGroup(t, s.Data)
	s.SelectGroup(g.Name)
	tab := uitest.PanelTab{H: s.Harness, Root: s.ShowGroupTab("Програма")}
	before := tab.Table()
	rows, _ := before.Length()
	tab.Tap("Нов ред")
	if !s.Screen.(kit.Editor).Dirty() {
		t.Fatal("a new programme row does not make the screen dirty")
	}
	outsidePut(t, s, g.ID, func(x *model.Group) { x.Goals = "Цели от друг потребител" })
	if got, _ := tab.Table().Length(); got != rows+1 {
		t.Errorf("the programme shows %d rows after another writer's change, want the %d with the unsaved one", got, rows+1)
	}
	if !s.Screen.(kit.Editor).Dirty() {
		t.Error("the unsaved programme row was dropped")
	}
}
