package ui_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Restoring a backup from the menu (its copies run as Tasks, away from the window) brings the
// data back to the copy and keeps the state it replaced as a new backup.
func TestBackups_RestoreBringsTheCopyBackAndKeepsTheCurrentState(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	if _, err := db.Backup(); err != nil {
		t.Fatalf("backup: %v", err)
	}
	before, err := db.Backups()
	if err != nil || len(before) == 0 {
		t.Fatalf("no backup to restore: %v", err)
	}
	h.Nav().Select(uitest.SectionSchool)
	name := h.Entry("Наименование").Text
	h.TypeIn("Наименование", "СУ „Променено“")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the school showed: %s", d)
	}

	h.MenuItem("Файл", "Резервни копия…").Action()
	var list *widget.List
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil {
		t.Fatal("the backups dialog shows no list")
	}
	list.Select(0) // the newest: the copy taken above, before the change
	h.Tap("Възстанови избраното…")
	h.Tap("Да")

	h.Nav().Select(uitest.SectionSchool)
	if got := h.Entry("Наименование").Text; got != name {
		t.Errorf("after the restore the school is %q, want %q again", got, name)
	}
	after, err := filepath.Glob(filepath.Join(filepath.Dir(before[0]), "*"))
	if err != nil || len(after) != len(before)+1 {
		t.Errorf("%d backups after the restore, want %d (the replaced state kept): %v", len(after), len(before)+1, err)
	}
}
