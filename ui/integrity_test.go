package ui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// windowTexts returns the labels of w's content and overlays, and its buttons.
func windowTexts(w fyne.Window) (labels []string, buttons []*widget.Button) {
	visit := func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			labels = append(labels, o.Text)
		case *widget.Button:
			buttons = append(buttons, o)
		}
	}
	uitest.Walk(w.Content(), visit)
	for _, o := range w.Canvas().Overlays().List() {
		uitest.Walk(o, visit)
	}
	return labels, buttons
}

// An empty file is never set up silently: the window asks, and only a yes makes it a school.
func TestWindow_EmptyFileAsksBeforeItBecomesASchool(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "school.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	m := ui.New(a, w, ui.Options{Now: uitest.Today, Inline: true})
	t.Cleanup(m.RequestClose)
	m.OpenPath(path)

	labels, buttons := windowTexts(w)
	if !strings.Contains(strings.Join(labels, " | "), "е празен") {
		t.Fatalf("opening an empty file showed %q; want the question", labels)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Fatal("the empty file was set up before the user answered")
	}
	var yes *widget.Button
	for _, b := range buttons {
		if b.Text == "Да" || b.Text == "Yes" {
			yes = b
		}
	}
	if yes == nil {
		t.Fatal("no Да button in the question")
	}
	test.Tap(yes)
	if fi, _ := os.Stat(path); fi.Size() == 0 {
		t.Error("after Да the file is still empty")
	}
}

// A backup that cannot be written is said on the status line, not lost.
func TestWindow_RefusedBackupIsOnTheStatusLine(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "school.db")
	db, err := store.Open(path, store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting("note", "x"); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	// A file where the backups folder should be: no backup can be written.
	if err := os.WriteFile(filepath.Join(dir, "backups"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	m := ui.New(a, w, ui.Options{Now: uitest.Today, Inline: true})
	t.Cleanup(m.RequestClose)
	m.OpenPath(path)
	labels, _ := windowTexts(w)
	if !strings.Contains(strings.Join(labels, " | "), "Резервно копие не е направено") {
		t.Errorf("status after a refused backup: %q", labels)
	}
}
