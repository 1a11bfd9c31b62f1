package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ScreenOn builds one screen on db in a test window of its own (no shell), shown and refreshed
// once: the tests of the live year drive a screen alone, or two screens on one file as two
// windows would. The Harness drives the window; errors shown are kept in *errs.
func ScreenOn(t *testing.T, db *store.DB, build func(env *kit.Env) kit.Screen) (*Harness, kit.Screen, *[]error) {
	t.Helper()
	errs := &[]error{}
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	env := &kit.Env{Window: w, DB: db, Now: Today,
		ShowError: func(err error) { *errs = append(*errs, err); kit.ShowError(w, err) }}
	s := build(env)
	w.SetContent(s.Content())
	w.Resize(fyne.NewSize(1200, 800))
	s.Refresh()
	return &Harness{T: t, App: fyne.CurrentApp(), Win: w}, s, errs
}

// Watch hands every commit of db to the screens ws as the shell does (ui/live.go): Changed on
// the window's goroutine (fyne.Do; under fyne/test before the commit's Put returns). It never
// calls Refresh: what a screen shows after a commit is what its Changed made of it.
func Watch(t *testing.T, db *store.DB, ws ...kit.Watcher) {
	cancel := db.Subscribe(func(c store.Change) {
		fyne.Do(func() {
			for _, w := range ws {
				w.Changed(c)
			}
		})
	})
	t.Cleanup(cancel)
}
