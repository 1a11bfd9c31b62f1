package ui_test

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// A user who leaves the school screen with unsaved input is asked first, and each answer does
// what it says: to another section and to closing the window alike.
func TestWindow_LeavingWithUnsavedInputAsks(t *testing.T) {
	leaves := map[string]func(h *uitest.Harness){
		"section": func(h *uitest.Harness) { h.Nav().Select(1) },
		"close":   func(h *uitest.Harness) { h.Main.RequestClose() },
	}
	answers := []struct {
		name      string
		button    string
		wantStay  bool
		wantSaved bool
	}{
		{"Остани keeps the input", "Остани", true, false},
		{"Откажи промените drops it", "Откажи промените", false, false},
		{"Запази saves it", "Запази", false, true},
	}
	for leaveName, leave := range leaves {
		for _, a := range answers {
			t.Run(leaveName+"/"+a.name, func(t *testing.T) {
				h := uitest.NewHarness(t)
				h.FillSchool()
				leave(h)
				if d := h.DialogText(); !strings.Contains(d, uitest.AskTitle) {
					t.Fatalf("leaving with unsaved input showed %q, want %q", d, uitest.AskTitle)
				}
				h.Tap(a.button)
				if d := h.DialogText(); d != "" {
					t.Fatalf("after %s a dialog is still shown: %s", a.button, d)
				}
				if a.wantStay {
					if got := h.Entry("Наименование").Text; got != "ОУ „Христо Ботев“" {
						t.Errorf("after Остани the name is %q, want the typed one", got)
					}
					if got := h.Nav().Length(); got != 12 {
						t.Errorf("navigation has %d sections, want 12", got)
					}
				} else if got := h.Heading(); leaveName == "section" && got != "Съвет" {
					t.Errorf("after %s the window shows section %q, want Съвет", a.button, got)
				}
				h.Main.RequestClose()
				if a.wantStay {
					h.Tap("Откажи промените")
				}
				db := h.OpenStore()
				defer db.Close()
				_, err := db.School()
				if saved := err == nil; saved != a.wantSaved {
					t.Errorf("school saved = %v (%v), want %v", saved, err, a.wantSaved)
				}
			})
		}
	}
}

func TestWindow_LeavingWithoutChangesDoesNotAsk(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Tap("Запази (Ctrl+S)")
	h.Nav().Select(2)
	if d := h.DialogText(); d != "" {
		t.Fatalf("leaving a saved screen asked: %s", d)
	}
	if got := h.Heading(); got != "Ученици" {
		t.Errorf("the window shows section %q, want Ученици", got)
	}
}

func TestWindow_CtrlDigitsChooseSections(t *testing.T) {
	h := uitest.NewHarness(t)
	var sections *fyne.Menu
	for _, m := range h.Win.MainMenu().Items {
		if m.Label == "Раздели" {
			sections = m
		}
	}
	if sections == nil || len(sections.Items) != 12 {
		t.Fatalf("menu Раздели = %v, want 12 sections", sections)
	}
	keys := "1234567890"
	for i, it := range sections.Items[:10] {
		sc, ok := it.Shortcut.(*desktop.CustomShortcut)
		if !ok || string(sc.KeyName) != keys[i:i+1] || sc.Modifier != fyne.KeyModifierShortcutDefault {
			t.Errorf("section %q has shortcut %v, want Ctrl+%c", it.Label, it.Shortcut, keys[i])
		}
	}
	sections.Items[9].Action() // Ctrl+0
	if !h.HasText("печатните формуляри") {
		t.Error("Ctrl+0 does not show the export section")
	}
}

func TestWindow_LanguageSwitchChangesLabels(t *testing.T) {
	h := uitest.NewHarness(t)
	h.MenuItem("Изглед", "English").Action()
	h.Entry("Name") // the school form is in English
	if h.Win.MainMenu().Items[0].Label != "File" {
		t.Errorf("first menu = %q, want File", h.Win.MainMenu().Items[0].Label)
	}
	h.CloseWindow()
	db := h.OpenStore()
	lang, err := db.Setting("lang")
	db.Close()
	if err != nil || lang != "en" {
		t.Errorf("stored language = %q, %v; want en", lang, err)
	}

	h.Start() // the file remembers its language
	h.Entry("Name")
	h.MenuItem("View", "Български").Action()
	h.Entry("Наименование")
}

// In English no Bulgarian word is left on any section's screen, nor in the menus.
func TestWindow_EnglishLeavesNoBulgarian(t *testing.T) {
	h := uitest.NewHarness(t)
	h.MenuItem("Изглед", "English").Action()
	defer h.MenuItem("View", "Български").Action()
	for _, m := range h.Win.MainMenu().Items {
		for _, it := range m.Items {
			if cyrillic(m.Label) || cyrillic(it.Label) && it.Label != "Български" {
				t.Errorf("menu %q → %q is not English", m.Label, it.Label)
			}
		}
	}
	for _, it := range h.Win.MainMenu().Items[1].Items {
		it.Action()
		for _, s := range bulgarianShown(h, nil) {
			t.Errorf("section %q shows %q in English", it.Label, s)
		}
	}
}

// bulgarianShown returns the labels, buttons and placeholders of the window's content written
// in Cyrillic: none is left in the English window, but for the data the user typed. data says
// which texts are data (nil: none, an empty school).
func bulgarianShown(h *uitest.Harness, data func(string) bool) []string {
	var out []string
	h.Content(func(o fyne.CanvasObject) {
		var s string
		switch o := o.(type) {
		case *widget.Label:
			s = o.Text
		case *widget.Entry:
			s = o.PlaceHolder
		case *widget.Button:
			s = o.Text
		}
		if cyrillic(s) && (data == nil || !data(s)) {
			out = append(out, s)
		}
	})
	return out
}

// cyrillic reports whether s holds a Cyrillic letter.
func cyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

func TestWindow_FileOpenElsewhereIsRefusedWithAMessage(t *testing.T) {
	h := uitest.NewHarness(t)
	other := ui.New(h.App, test.NewWindow(nil), ui.Options{Now: uitest.Today, Inline: true, Open: func(path string) (*store.DB, error) {
		return store.Open(path, store.Options{Timeout: 10 * time.Millisecond})
	}})
	other.OpenPath(h.Path)
	var texts []string
	for _, w := range h.App.Driver().AllWindows() {
		for _, o := range w.Canvas().Overlays().List() {
			uitest.Walk(o, func(o fyne.CanvasObject) {
				if l, ok := o.(*widget.Label); ok {
					texts = append(texts, l.Text)
				}
			})
		}
	}
	if got := strings.Join(texts, " | "); !strings.Contains(got, "Файлът е отворен в друг екземпляр на програмата") {
		t.Errorf("opening a file in use showed %q", got)
	}
}

// Fyne shows its English "(Select one)" in an empty drop-down without a placeholder of our own:
// every empty drop-down of every section must say in Bulgarian what to choose.
func TestWindow_EveryEmptyDropDownSaysWhatToChooseInBulgarian(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	fyneDefault := widget.NewSelect(nil, nil).PlaceHolder
	for i := 0; i < h.Nav().Length(); i++ {
		h.Nav().Select(i)
		h.Content(func(o fyne.CanvasObject) {
			if s, ok := o.(*widget.Select); ok && s.Selected == "" && s.PlaceHolder == fyneDefault {
				t.Errorf("section %q shows Fyne's %q in a drop-down (options %v)", h.Heading(), fyneDefault, s.Options)
			}
		})
	}
}
