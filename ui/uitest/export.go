package uitest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
)

// ExportSide is one computer for the export tests: a main window on its own data file, whose
// save dialog writes into its folder.
type ExportSide struct {
	*Harness
	DB      *store.DB
	saveDir string
}

// NewExportSide opens a data file — with the demo year of 40 students when seeded — in a main
// window showing Експорт.
func NewExportSide(t *testing.T, seeded bool) *ExportSide {
	t.Helper()
	dir := t.TempDir()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(dir, "school.db")}
	db := h.OpenStore()
	if seeded {
		SeedDemo(t, db, 40)
	}
	s := &ExportSide{Harness: h, DB: db, saveDir: dir}
	h.Win = test.NewWindow(nil)
	h.Win.Resize(fyne.NewSize(1280, 900))
	h.Main = ui.New(h.App, h.Win, ui.Options{Now: Today, Inline: true,
		SavePath: func(name string) string { return filepath.Join(dir, name) }})
	h.Main.Attach(db)
	t.Cleanup(h.Main.RequestClose)
	h.Nav().Select(SectionExport)
	return s
}

// ExCheckPackage types the package's path and checks it.
func (s *ExportSide) ExCheckPackage(path string) {
	s.T.Helper()
	s.EntryWith("пакетът, получен от другия компютър (.tchas или .zip)").SetText(path)
	s.ExTapWait("Провери пакета")
}

// ExTapWait taps the button and waits until the package it checks or applies is done: that
// work runs in the background while an activity is shown.
func (h *Harness) ExTapWait(text string) {
	h.T.Helper()
	h.Tap(text)
	idle := func() bool {
		busy := false
		h.Content(func(o fyne.CanvasObject) {
			if a, ok := o.(*widget.Activity); ok && a.Visible() {
				busy = true
			}
		})
		return !busy
	}
	if !Poll(2000, 5*time.Millisecond, idle) {
		h.T.Fatalf("%q never finished", text)
	}
}

// exDismiss closes the dialogs shown over the window.
func (h *Harness) exDismiss() {
	for _, o := range h.Win.Canvas().Overlays().List() {
		h.Win.Canvas().Overlays().Remove(o)
	}
}

// ExSnapshot describes every record of the file with its version, and the sync state.
func (s *ExportSide) ExSnapshot() string {
	s.T.Helper()
	var b strings.Builder
	for _, kind := range model.Kinds {
		envs, err := s.DB.Envelopes(kind, nil)
		if err != nil {
			s.T.Fatal(err)
		}
		for _, e := range envs {
			b.WriteString(string(kind) + "/" + string(e.Meta.ID) + " " + e.Meta.Version.String() + "\n")
		}
	}
	state, _ := s.DB.Setting("syncpack")
	return b.String() + state
}

// ExWaitFor waits until a label shows text: the batch print runs in the background.
func (h *Harness) ExWaitFor(text string) {
	h.T.Helper()
	if !Poll(1000, 10*time.Millisecond, func() bool { return h.HasText(text) }) {
		h.T.Fatalf("the screen never showed %q", text)
	}
}

// ExSetGrade changes the grade of the file's first student, as its user would, and returns its ID.
func ExSetGrade(t *testing.T, s *ExportSide, grade int) model.ID {
	t.Helper()
	rs, err := s.DB.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatalf("no students: %v", err)
	}
	st := rs[0].(*model.Student)
	st.Grade = grade
	if err := s.DB.Put(st); err != nil {
		t.Fatal(err)
	}
	return st.ID
}

// ExGrade reads a student's grade.
func ExGrade(t *testing.T, s *ExportSide, id model.ID) int {
	t.Helper()
	var st model.Student
	if err := s.DB.Get(model.KindStudent, id, &st); err != nil {
		t.Fatal(err)
	}
	return st.Grade
}

// ExOverrideConflict picks, in the one conflict shown, the side the screen did not preselect
// (the newer version), so the user's choice is what decides; it returns the side picked.
func (h *Harness) ExOverrideConflict() string {
	h.T.Helper()
	var radios []*widget.RadioGroup
	h.Content(func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) == 2 && r.Options[0] == "Запази моето" {
			radios = append(radios, r)
		}
	})
	if len(radios) != 1 || radios[0].Selected == "" {
		h.T.Fatalf("want one conflict with a preselected side, got %d", len(radios))
	}
	r := radios[0]
	pick := r.Options[0]
	if r.Selected == pick {
		pick = r.Options[1]
	}
	r.SetSelected(pick)
	return pick
}

// ExChoosePeriod chooses the batch print's period.
func (h *Harness) ExChoosePeriod(option string) {
	h.T.Helper()
	found := false
	h.Content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && strings.HasPrefix(s.Options[0], "Цялата учебна година") {
			s.SetSelected(option)
			found = s.Selected == option
		}
	})
	if !found {
		h.T.Fatalf("no period %q", option)
	}
}

// ExWaitDialog waits until a dialog shows text: a dialog opened from background work appears
// a moment after the work is done.
func (h *Harness) ExWaitDialog(text string) bool {
	return Poll(1000, 5*time.Millisecond, func() bool { return strings.Contains(h.DialogText(), text) })
}
