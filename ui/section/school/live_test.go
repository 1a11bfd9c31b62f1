package school_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/school"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Училище reads the live year (issue #16): two school screens on one file, told every commit as
// the shell tells them and never refreshed. A save on one shows on the other; unsaved input
// survives another writer's change and its save stores the input on top of that change (a
// field the screen does not show, the calendar's source, is kept).
func TestSchool_LiveYear_CommitsReachTheFormAndKeepUnsavedInput(t *testing.T) {
	test.NewTempApp(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "school.db"), store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a, sa, _ := uitest.ScreenOn(t, db, school.NewSchoolScreen)
	b, sb, _ := uitest.ScreenOn(t, db, school.NewSchoolScreen)
	uitest.Watch(t, db, sa.(kit.Watcher), sb.(kit.Watcher))

	a.FillSchool()
	a.Tap("Запази (Ctrl+S)")
	if d := a.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	if got := b.Entry("Наименование").Text; got != "ОУ „Христо Ботев“" {
		t.Fatalf("the other screen shows the name %q after the save, want the saved one", got)
	}
	if sb.(kit.Editor).Dirty() {
		t.Error("the other screen, shown the saved school, counts as unsaved")
	}

	b.TypeIn("Брой ученици", "400")
	d, err := db.LiveYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	prog := d.Programme // another writer: the calendar's source changes
	prog.CalendarSource = "заповед на министъра"
	if err := db.Put(&prog); err != nil {
		t.Fatal(err)
	}
	if got := b.Entry("Брой ученици").Text; got != "400" {
		t.Fatalf("another writer's change replaced the unsaved input: %q", got)
	}
	if got := a.Entry("Брой ученици").Text; got != "312" {
		t.Errorf("the screen without unsaved input shows %q students, want 312", got)
	}
	b.Tap("Запази (Ctrl+S)")
	if d := b.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	d, err = db.LiveYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	if p := d.Programme; p.Students != 400 || p.CalendarSource != "заповед на министъра" || p.ID != prog.ID {
		t.Errorf("stored programme %s: %d students, calendar %q; want the one programme with 400 and the other writer's calendar",
			p.ID, p.Students, p.CalendarSource)
	}
	if got := a.Entry("Брой ученици").Text; got != "400" {
		t.Errorf("the first screen shows %q students after the other's save, want 400", got)
	}
}
