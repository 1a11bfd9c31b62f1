package ui_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// countingScreen counts its loads.
type countingScreen struct{ refreshed int }

func (s *countingScreen) Content() fyne.CanvasObject { return widget.NewLabel("екран") }
func (s *countingScreen) Refresh()                   { s.refreshed++ }

// watchingScreen is told each change.
type watchingScreen struct {
	countingScreen
	changes []store.Change
}

func (s *watchingScreen) Changed(c store.Change) { s.changes = append(s.changes, c) }

// liveHarness shows a file whose first section is a Watcher and the second a plain screen.
func liveHarness(t *testing.T) (*uitest.Harness, *store.DB, *watchingScreen, *countingScreen) {
	w, plain := &watchingScreen{}, &countingScreen{}
	ui.ReplaceSection(t, 0, func(*kit.Env) kit.Screen { return w })
	ui.ReplaceSection(t, 1, func(*kit.Env) kit.Screen { return plain })
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true})
	return h, db, w, plain
}

func putSupplier(t *testing.T, db *store.DB, id model.ID) {
	t.Helper()
	if err := db.Put(&model.Supplier{ID: id, Name: "Доставчик " + string(id), EIK: "175074752"}); err != nil {
		t.Fatal(err)
	}
}

// A commit made outside the screens reaches a built Watcher once, at once; a plain screen is
// not touched then, and is loaded again when it is next shown — only then, and only once.
func TestLive_CommitReachesWatcherOncePlainScreenOnNextShow(t *testing.T) {
	h, db, w, plain := liveHarness(t)
	h.Nav().Select(1)
	h.Nav().Select(0)
	if w.refreshed != 1 || plain.refreshed != 1 {
		t.Fatalf("after showing both: watcher loaded %d times, plain %d; want 1 each (a Watcher is not reloaded when shown again)",
			w.refreshed, plain.refreshed)
	}

	putSupplier(t, db, "s1")
	if len(w.changes) != 1 || !w.changes[0].Has(model.KindSupplier) {
		t.Fatalf("the Watcher was told %d changes (%v), want the supplier's 1", len(w.changes), w.changes)
	}
	if plain.refreshed != 1 {
		t.Fatalf("the plain screen, not shown, was reloaded at the commit (%d loads)", plain.refreshed)
	}
	h.Nav().Select(1)
	if plain.refreshed != 2 {
		t.Fatalf("the plain screen shown after a commit loaded %d times in all, want 2", plain.refreshed)
	}
	h.Nav().Select(0)
	h.Nav().Select(1)
	if plain.refreshed != 2 || w.refreshed != 1 {
		t.Fatalf("shown again with no commit between: plain loaded %d times, watcher %d; want 2 and 1", plain.refreshed, w.refreshed)
	}
	if len(w.changes) != 1 {
		t.Fatalf("switching sections told the Watcher %d changes, want still 1", len(w.changes))
	}
}

// Another file opened: the first file's screens hear nothing more, the new ones hear the new file.
func TestLive_AnotherFileEndsTheSubscription(t *testing.T) {
	h, db, w, _ := liveHarness(t)
	putSupplier(t, db, "s1")
	w2 := &watchingScreen{}
	ui.ReplaceSection(t, 0, func(*kit.Env) kit.Screen { return w2 })
	db2, err := store.Open(filepath.Join(t.TempDir(), "other.db"), store.Options{Now: uitest.Today})
	if err != nil {
		t.Fatal(err)
	}
	h.Main.Attach(db2) // closes db
	putSupplier(t, db2, "s2")
	if len(w.changes) != 1 || len(w2.changes) != 1 || w2.changes[0].Kinds[model.KindSupplier][0] != "s2" {
		t.Fatalf("first file's watcher told %d changes (want 1), the new file's %d (want 1: s2)", len(w.changes), len(w2.changes))
	}
}
