package students_test

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// shownTab returns the title of the student's panel that is shown.
func shownTab(h *uitest.Harness) string {
	title := ""
	h.Content(func(o fyne.CanvasObject) {
		if t, ok := o.(*container.AppTabs); ok && t.Selected() != nil {
			title = t.Selected().Text
		}
	})
	return title
}

// writeFile writes a file of the test and returns its path.
func writeFile(h *uitest.Harness, name, text string) string {
	h.T.Helper()
	path := filepath.Join(h.T.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		h.T.Fatal(err)
	}
	return path
}

// importFile opens the import view, reads path — off the UI goroutine, so it waits for the
// reading to end — and returns the text of its summary and problems.
func importFile(h *uitest.Harness, path string) string {
	h.T.Helper()
	h.Tap("Внос на списък")
	h.TypeIn("Файл", path)
	h.Tap("Прочети")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var texts []string
		reading := false
		h.Content(func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && l.Visible() && (strings.Contains(l.Text, "За внасяне") || strings.Contains(l.Text, "Ред ") || strings.Contains(l.Text, "Изберете колоните")) {
				texts = append(texts, l.Text)
			}
			if b, ok := o.(*widget.Button); ok && b.Text == "Прочети" && b.Disabled() {
				reading = true
			}
		})
		if !reading && len(texts) > 0 || time.Now().After(deadline) {
			return strings.Join(texts, "\n")
		}
	}
}

// studentNamed returns the stored student of that full name, or nil.
func studentNamed(students []*model.Student, name string) *model.Student {
	for _, st := range students {
		if st.Name.String() == name {
			return st
		}
	}
	return nil
}

// selectStudent selects the student of that full name in the list, searching for it.
func selectStudent(h *uitest.Harness, name string) {
	h.T.Helper()
	test.Type(h.EntryWith("Търсене по име"), name)
	if h.ScreenList().Length() == 0 {
		h.T.Fatalf("no student %q in the list", name)
	}
	h.ScreenList().Select(0)
}

// openFindingOf selects, on Проверки, each finding in turn until one offers a button starting
// with prefix, and taps it.
func openFindingOf(h *uitest.Harness, prefix string) {
	h.T.Helper()
	var found *widget.Button
	offers := func() bool {
		h.Content(func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, prefix) {
				found = b
			}
		})
		return found != nil
	}
	if !uitest.SelectUntil(h.ScreenList(), offers) {
		h.T.Fatalf("no finding offers %q", prefix)
	}
	test.Tap(found)
}
