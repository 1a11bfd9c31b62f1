package council_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/council"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The council screen reads the live year (issue #16): two council screens on one file, told
// every commit as the shell tells them and never refreshed. A save on one shows on the other; a
// change from outside (a Put of another program) reaches the list; unsaved input in a form
// survives another writer's change of the same member and is what its save stores; a member
// deleted elsewhere leaves a form without unsaved input.
func TestCouncil_LiveYear_CommitsReachTheScreenAndKeepUnsavedInput(t *testing.T) {
	test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	data := uitest.SeedDemo(t, db, 60)
	a, sa, _ := uitest.ScreenOn(t, db, council.NewCouncilScreen)
	b, sb, _ := uitest.ScreenOn(t, db, council.NewCouncilScreen)
	uitest.Watch(t, db, sa.(kit.Watcher), sb.(kit.Watcher))

	uitest.EnterParent(a, "penka@primer.bg")
	a.Tap("Запази (Ctrl+S)")
	if d := a.DialogText(); d != "" {
		t.Fatalf("saving a member showed: %s", d)
	}
	if !b.HasText("Пенка Добрева — член, родител") || !b.HasText("чл. 29, ал. 2 — съветът „Твоят час“ има") {
		t.Error("a member saved on one screen does not show, with the even-council finding, on the other")
	}
	if got := a.Entry("Фамилия").Text; got != "Добрева" {
		t.Errorf("after its save the form shows %q, want the saved member", got)
	}

	outside := data.CouncilMembers[1]
	outside.Name.Last = "Външнова"
	if err := db.Put(&outside); err != nil {
		t.Fatal(err)
	}
	if !a.HasText(outside.Name.String() + " — ") {
		t.Error("a change from outside does not reach the list")
	}

	live, err := db.LiveYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	first := live.CouncilMembers[0]
	b.SelectRow(b.ListShowing(first.Name.String()+" — "), first.Name.String()+" — ")
	b.TypeIn("Имейл", "nov@primer.bg")
	changed := first
	changed.Phone = "0899 111 222"
	if err := db.Put(&changed); err != nil {
		t.Fatal(err)
	}
	if got := b.Entry("Имейл").Text; got != "nov@primer.bg" {
		t.Fatalf("another writer's change replaced the unsaved e-mail: %q", got)
	}
	if !sb.(kit.Editor).Dirty() {
		t.Fatal("the form with unsaved input is no longer dirty")
	}
	b.Tap("Запази (Ctrl+S)")
	if d := b.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	d, err := db.LiveYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.CouncilMembers {
		if m.ID == first.ID && m.Email != "nov@primer.bg" {
			t.Errorf("stored e-mail %q, want the one typed", m.Email)
		}
	}

	// Пенка is in a's form, unchanged; removed elsewhere, the form empties and the list loses her.
	var penka model.ID
	for _, m := range d.CouncilMembers {
		if m.Name.Last == "Добрева" {
			penka = m.ID
		}
	}
	if err := db.Update(func(tx *store.Tx) error { return tx.Remove(model.KindCouncilMember, penka) }); err != nil {
		t.Fatal(err)
	}
	if a.HasText("Пенка Добрева — ") || a.Entry("Фамилия").Text != "" {
		t.Errorf("a member removed elsewhere still shows (form: %q)", a.Entry("Фамилия").Text)
	}
	if !a.HasText("е изтрит") {
		t.Error("the emptied form does not say the member was deleted")
	}
}
