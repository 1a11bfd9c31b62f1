package ui_test

import (
	"errors"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// While a file is being opened (unlocked, verified, its year decoded) the window shows the
// open's skeleton — the file's name and what is happening, not „Няма отворен файл“ — and then
// the first section; a file that cannot be opened gives way to what the user can do (issue #16:
// the window first, the file after).
func TestStart_SkeletonWhileOpeningThenTheScreen(t *testing.T) {
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	uitest.SeedDemo(t, db, 30)
	_ = db.Close()

	var during []string
	fail := false
	open := func(path string) (*store.DB, error) {
		during = append(during, h.Heading())
		if h.HasText("Няма отворен файл") {
			during = append(during, "no file")
		}
		if fail {
			return nil, errors.New("open: the test refuses it")
		}
		return store.Open(path, store.Options{Now: uitest.Today})
	}
	h.Win = test.NewWindow(nil)
	h.Main = ui.New(h.App, h.Win, ui.Options{Now: uitest.Today, Inline: true, Open: open})
	t.Cleanup(h.Main.RequestClose)
	h.Main.OpenPath(h.Path)
	if len(during) != 1 || during[0] != "Отваряне на „school.db“…" {
		t.Fatalf("while the file was opened the window showed %q; want the open's skeleton only", during)
	}
	if got := h.Heading(); got != "Училище" || h.HasText("Отваряне на") {
		t.Fatalf("after the open: heading %q (skeleton still shown: %v); want the first section", got, h.HasText("Отваряне на"))
	}

	h.Main.RequestClose() // closes the file: the next open is of no file open
	h.Win = test.NewWindow(nil)
	h.Main = ui.New(h.App, h.Win, ui.Options{Now: uitest.Today, Inline: true, Open: open})
	fail, during = true, nil
	h.Main.OpenPath(h.Path)
	if len(during) != 1 || during[0] != "Отваряне на „school.db“…" || h.HasText("Отваряне на") || !h.HasText("Няма отворен файл") {
		t.Fatalf("a refused open: %q while opening; skeleton left %v; want „Няма отворен файл“ after", during, h.HasText("Отваряне на"))
	}
}
