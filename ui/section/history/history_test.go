package history_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/history"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// logHarness is a window on a file whose log holds two accounts' changes of two kinds, showing
// Дневник; printed files go into dir.
func logHarness(t *testing.T, dir string) (*uitest.Harness, *store.DB) {
	t.Helper()
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db, err := store.Open(h.Path, store.Options{Now: uitest.Today, User: "Директор"})
	if err != nil {
		t.Fatal(err)
	}
	put := func(r model.Record) {
		t.Helper()
		if err := db.Put(r); err != nil {
			t.Fatal(err)
		}
	}
	put(&model.Supplier{ID: "sup-a", Name: "Книжарница ЕООД", EIK: "175074752"})
	put(&model.Supplier{ID: "sup-a", Name: "Книжарница ЕООД", EIK: "175074752", Address: "ул. „Първа“ 1"})
	put(person("per-b", "Учител"))
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true, SavePath: func(name string) string { return filepath.Join(dir, name) }})
	h.Nav().Select(uitest.SectionHistory)
	return h, db
}

// person is a valid staff member called first Тестов.
func person(id model.ID, first string) *model.Person {
	return &model.Person{ID: id, Name: model.PersonName{First: first, Last: "Тестов"},
		Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Euro(12, 0)}
}

func shownCount(t *testing.T, h *uitest.Harness) int {
	t.Helper()
	return h.ScreenList().Length()
}

// The log screen lists every entry, newest first, and its filters keep by kind, by record and by
// date; a change made while another section is shown is there when Дневник is shown again.
func TestHistory_ListAndFilters(t *testing.T) {
	h, db := logHarness(t, t.TempDir())
	if n := shownCount(t, h); n != 3 {
		t.Fatalf("Дневник lists %d entries, want the 3 changes", n)
	}
	if !h.HasText("Показани 3 от 3 записа") {
		t.Fatal("the screen does not say how many entries it shows")
	}
	kind := h.Field("Вид запис").(*widget.Select)
	kind.SetSelected(kit.KindText(model.KindSupplier))
	if n := shownCount(t, h); n != 2 {
		t.Fatalf("kind %s: %d entries, want 2", kind.Selected, n)
	}
	h.TypeIn("Запис", "per")
	if n := shownCount(t, h); n != 0 {
		t.Fatalf("kind supplier and record per…: %d entries, want 0", n)
	}
	kind.SetSelected("(всички)")
	if n := shownCount(t, h); n != 1 {
		t.Fatalf("record per…: %d entries, want 1", n)
	}
	h.TypeIn("Запис", "")
	h.TypeIn("От дата", "24.11.2026") // the entries are of the tests' day, 23.11.2026
	if n := shownCount(t, h); n != 0 {
		t.Fatalf("from the day after: %d entries, want 0", n)
	}
	h.TypeIn("От дата", "23.11.2026")
	h.TypeIn("До дата", "23.11.2026")
	if n := shownCount(t, h); n != 3 {
		t.Fatalf("from and to the day itself: %d entries, want 3", n)
	}

	h.Nav().Select(uitest.SectionSchool)
	if err := db.Put(person("per-c", "Друг")); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(uitest.SectionHistory)
	if !h.HasText("Показани 4 от 4 записа") {
		t.Fatal("a change made meanwhile is not in Дневник when it is shown again")
	}
}

// Проверка на веригата runs the log's verification and says the chains are whole; the PDF holds
// the entries shown and that result.
func TestHistory_VerifyAndPrint(t *testing.T) {
	dir := t.TempDir()
	h, _ := logHarness(t, dir)
	h.Tap("Проверка на веригата")
	if d := h.DialogText(); !strings.Contains(d, "непрекъснати: 3 записа") {
		t.Fatalf("the check says %q", d)
	}
	h.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	h.Field("Вид запис").(*widget.Select).SetSelected(kit.KindText(model.KindPerson))
	h.Tap("PDF на показаните…")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) != 1 {
		t.Fatalf("printed files: %v, want one PDF", files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Fatalf("the log's PDF: %v, %.8q", err, b)
	}
}

// A commit's entry appears in Дневник without the whole log read again: shown, the screen reads
// only the entries after those it holds (a save elsewhere, then one while it is shown), and a
// commit of several records adds all of them.
func TestHistory_CommitAddsItsEntriesWithoutAFullRead(t *testing.T) {
	full, after := history.CountLogReads(t)
	h, db := logHarness(t, t.TempDir())
	if *full != 1 || *after != 0 {
		t.Fatalf("on first show: %d full reads, %d reads after the heads; want 1, 0", *full, *after)
	}
	h.Nav().Select(uitest.SectionSchool)
	if err := db.Put(person("per-c", "Друг")); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(uitest.SectionHistory)
	if !h.HasText("Показани 4 от 4 записа") {
		t.Fatal("a change made while another section was shown is not in Дневник")
	}
	if err := db.PutAll(person("per-d", "Трети"), person("per-e", "Четвърти")); err != nil {
		t.Fatal(err)
	}
	if !h.HasText("Показани 6 от 6 записа") {
		t.Fatal("a commit made while Дневник is shown is not in it")
	}
	if *full != 1 || *after != 2 {
		t.Fatalf("after two commits: %d full reads, %d reads after the heads; want 1, 2", *full, *after)
	}
	h.TypeIn("Запис", "per-")
	if n := shownCount(t, h); n != 4 {
		t.Fatalf("record per-…: %d entries, want 4", n)
	}
}
