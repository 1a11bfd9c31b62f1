package ui_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// A package the app was started with (tvoyatchas --receive FILE: a .tchas file opened from
// Windows Explorer, issue #18) is checked on Експорт once the data file is open: its dry run is
// shown and nothing is applied until the user says so.
func TestReceive_StartedWithAPackageShowsItsCheck(t *testing.T) {
	director := uitest.NewExportSide(t, true)
	pkg := director.ExportPackage()

	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "accountant.db")}
	if err := h.OpenStore().Close(); err != nil { // the accountant's file, as the first start made it
		t.Fatal(err)
	}
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1280, 900))
	h.Main = ui.New(h.App, h.Win, ui.Options{Now: uitest.Today, Inline: true, Receive: pkg})
	t.Cleanup(h.Main.RequestClose)
	h.Main.OpenPath(h.Path)

	h.ExWaitFor("досега не е приеман пакет") // the package's sender asks for trust: it was checked
	if got := h.EntryWith("пакетът, получен от другия компютър (.tchas или .zip)").Text; got != pkg {
		t.Errorf("Експорт shows the package %q, want %q", got, pkg)
	}
}
