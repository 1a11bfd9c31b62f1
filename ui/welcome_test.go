package ui_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// welcomeButtons are the first run's three ways to start.
var welcomeButtons = []string{"Въведете училището", "Разгледайте демото", "Приложете пакет от другия компютър"}

// shownButton reports whether a button labelled text is shown in the window's content: it and
// every object around it visible.
func shownButton(h *uitest.Harness, text string) bool {
	var shown func(o fyne.CanvasObject) bool
	shown = func(o fyne.CanvasObject) bool {
		if o == nil || !o.Visible() {
			return false
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return true
		}
		var children []fyne.CanvasObject
		switch c := o.(type) {
		case *fyne.Container:
			children = c.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(c).Objects()
		}
		for _, ch := range children {
			if shown(ch) {
				return true
			}
		}
		return false
	}
	return shown(h.Win.Content())
}

// On a file with no school the window welcomes the user with three ways to start: the school
// (Училище), the demo (made for the current school year and opened as a demo copy) or a
// package from the other computer (Експорт, where it is received); once the file holds a school
// year the welcome is gone (issue #17).
func TestWelcome_FirstRunOffersTheSchoolTheDemoOrAPackage(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	h := uitest.NewHarness(t)
	for _, b := range welcomeButtons {
		if !shownButton(h, b) {
			t.Fatalf("an empty file shows no %q", b)
		}
	}
	h.Tap("Приложете пакет от другия компютър")
	if got := h.Heading(); got != "Експорт" {
		t.Errorf("the package's way leads to %q, want Експорт", got)
	}
	h.Tap("Въведете училището")
	if got := h.Heading(); got != "Училище" {
		t.Errorf("the school's way leads to %q, want Училище", got)
	}
	h.Tap("Разгледайте демото")
	if d := h.DialogText(); d != "" {
		t.Fatalf("opening the demo said %q", d)
	}
	if !h.HasText("демо") {
		t.Error("the status line does not say a demo is open")
	}
	for _, b := range welcomeButtons {
		if shownButton(h, b) {
			t.Errorf("the demo's school is open, yet the welcome still shows %q", b)
		}
	}
	if strings.Contains(h.Heading(), "Няма") {
		t.Errorf("no file is open after the demo: %q", h.Heading())
	}
	// The demo is encrypted like any file, with its public passphrase on the status line, and
	// its temporary folder goes when it is closed (issue #13).
	files, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "tvoyatchas-demo-*", "демо.db"))
	if len(files) != 1 {
		t.Fatalf("demo files in the temporary folder: %v, want 1", files)
	}
	// The window holds the file's lock, so its meta is read raw: an encrypted file keeps its
	// keyring there (store.IsEncrypted reads the same key).
	if raw, err := os.ReadFile(files[0]); err != nil || !bytes.Contains(raw, []byte("keyring")) {
		t.Errorf("the welcome's demo has no keyring: not encrypted (%v)", err)
	}
	if !h.HasText(store.DemoPassphrase) {
		t.Error("the status line does not give the demo's passphrase")
	}
	h.CloseWindow()
	if left, _ := filepath.Glob(filepath.Join(os.Getenv("TMPDIR"), "tvoyatchas-demo-*")); len(left) != 0 {
		t.Errorf("closing the demo left %v", left)
	}
}

// A file with a school shows no welcome.
func TestWelcome_NotShownForASchool(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	for _, b := range welcomeButtons {
		if shownButton(h, b) {
			t.Errorf("a school's file shows the welcome's %q", b)
		}
	}
}
