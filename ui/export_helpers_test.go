package ui_test

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

// exportSide is one computer for the export tests: a main window on its own data file, whose
// save dialog writes into its folder.
type exportSide struct {
	*harness
	db      *store.DB
	saveDir string
}

// newExportSide opens a data file — with the demo year of 40 students when seeded — in a main
// window showing Експорт.
func newExportSide(t *testing.T, seeded bool) *exportSide {
	t.Helper()
	dir := t.TempDir()
	h := &harness{t: t, app: test.NewTempApp(t), path: filepath.Join(dir, "school.db")}
	db := h.openStore()
	if seeded {
		seedDemo(t, db, 40)
	}
	s := &exportSide{harness: h, db: db, saveDir: dir}
	h.win = test.NewWindow(nil)
	h.win.Resize(fyne.NewSize(1280, 900))
	h.main = ui.New(h.app, h.win, ui.Options{Now: today, Inline: true,
		SavePath: func(name string) string { return filepath.Join(dir, name) }})
	h.main.Attach(db)
	t.Cleanup(h.main.RequestClose)
	h.nav().Select(sectionExport)
	return s
}

// exCheckPackage types the package's path and checks it.
func (s *exportSide) exCheckPackage(path string) {
	s.t.Helper()
	s.entryWith("пакетът, получен от другия компютър (.zip)").SetText(path)
	s.exTapWait("Провери пакета")
}

// exTapWait taps the button and waits until the package it checks or applies is done: that
// work runs in the background while an activity is shown.
func (h *harness) exTapWait(text string) {
	h.t.Helper()
	h.tap(text)
	idle := func() bool {
		busy := false
		h.content(func(o fyne.CanvasObject) {
			if a, ok := o.(*widget.Activity); ok && a.Visible() {
				busy = true
			}
		})
		return !busy
	}
	if !poll(2000, 5*time.Millisecond, idle) {
		h.t.Fatalf("%q never finished", text)
	}
}

// exDismiss closes the dialogs shown over the window.
func (h *harness) exDismiss() {
	for _, o := range h.win.Canvas().Overlays().List() {
		h.win.Canvas().Overlays().Remove(o)
	}
}

// exSnapshot describes every record of the file with its version, and the sync state.
func (s *exportSide) exSnapshot() string {
	s.t.Helper()
	var b strings.Builder
	for _, kind := range model.Kinds {
		envs, err := s.db.Envelopes(kind, nil)
		if err != nil {
			s.t.Fatal(err)
		}
		for _, e := range envs {
			b.WriteString(string(kind) + "/" + string(e.Meta.ID) + " " + e.Meta.Version.String() + "\n")
		}
	}
	state, _ := s.db.Setting("syncpack")
	return b.String() + state
}

// exWaitFor waits until a label shows text: the batch print runs in the background.
func (h *harness) exWaitFor(text string) {
	h.t.Helper()
	if !poll(1000, 10*time.Millisecond, func() bool { return h.hasText(text) }) {
		h.t.Fatalf("the screen never showed %q", text)
	}
}

// exSetGrade changes the grade of the file's first student, as its user would, and returns its ID.
func exSetGrade(t *testing.T, s *exportSide, grade int) model.ID {
	t.Helper()
	rs, err := s.db.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatalf("no students: %v", err)
	}
	st := rs[0].(*model.Student)
	st.Grade = grade
	if err := s.db.Put(st); err != nil {
		t.Fatal(err)
	}
	return st.ID
}

// exGrade reads a student's grade.
func exGrade(t *testing.T, s *exportSide, id model.ID) int {
	t.Helper()
	var st model.Student
	if err := s.db.Get(model.KindStudent, id, &st); err != nil {
		t.Fatal(err)
	}
	return st.Grade
}

// exOverrideConflict picks, in the one conflict shown, the side the screen did not preselect
// (the newer version), so the user's choice is what decides; it returns the side picked.
func (h *harness) exOverrideConflict() string {
	h.t.Helper()
	var radios []*widget.RadioGroup
	h.content(func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) == 2 && r.Options[0] == "Запази моето" {
			radios = append(radios, r)
		}
	})
	if len(radios) != 1 || radios[0].Selected == "" {
		h.t.Fatalf("want one conflict with a preselected side, got %d", len(radios))
	}
	r := radios[0]
	pick := r.Options[0]
	if r.Selected == pick {
		pick = r.Options[1]
	}
	r.SetSelected(pick)
	return pick
}

// exChoosePeriod chooses the batch print's period.
func (h *harness) exChoosePeriod(option string) {
	h.t.Helper()
	found := false
	h.content(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && strings.HasPrefix(s.Options[0], "Цялата учебна година") {
			s.SetSelected(option)
			found = s.Selected == option
		}
	})
	if !found {
		h.t.Fatalf("no period %q", option)
	}
}

// exWaitDialog waits until a dialog shows text: a dialog opened from background work appears
// a moment after the work is done.
func (h *harness) exWaitDialog(text string) bool {
	return poll(1000, 5*time.Millisecond, func() bool { return strings.Contains(h.dialogText(), text) })
}
