package ui

import (
	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The shell hands every commit of the open file to the screens (issue #16): a kit.Watcher is told
// what changed and re-reads only that; any other screen is marked stale and refreshed in full when
// it is next shown. So a save in one section, an import or a received package reaches every
// screen built so far without the screens patching copies of the year.

// watch subscribes to the commits of the file of env until unwatch (closeDB, another file).
// The store calls the subscriber on the committing goroutine; the change is handed to the window's
// goroutine, where it is dropped if the file was closed or replaced meanwhile.
func (m *Main) watch(env *kit.Env) {
	m.unwatch()
	cancel := env.DB.Subscribe(func(c store.Change) {
		fyne.Do(func() {
			if m.env == env { // still the same open file
				m.changed(c)
			}
		})
	})
	m.cancelWatch = cancel
}

// unwatch ends the subscription to the open file's commits, if any.
func (m *Main) unwatch() {
	if m.cancelWatch != nil {
		m.cancelWatch()
		m.cancelWatch = nil
	}
}

// changed tells every built screen about c: Watchers at once, the others when next shown.
func (m *Main) changed(c store.Change) {
	for i, s := range m.screens {
		if s == nil {
			continue
		}
		if w, ok := s.(kit.Watcher); ok {
			w.Changed(c)
		} else {
			m.stale[i] = true
		}
	}
	// The year picker lists the years (programmes) and marks the closed ones (settings).
	if c.Reset || c.Has(model.KindProgramme) || len(c.Settings) > 0 {
		m.years.refresh()
	}
	m.updateStatus()
}

// markAllStale makes every built screen refresh in full when next shown: after a change no commit
// tells (another year picked).
func (m *Main) markAllStale() {
	for i := range m.stale {
		m.stale[i] = true
	}
}

// showAnew shows the current screen loaded in full: after an action of the shell (a new
// installation) whose commit reaches a screen that is not a Watcher only on its next show.
func (m *Main) showAnew() {
	m.stale[m.current] = true
	m.show(m.current)
}
