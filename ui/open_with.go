package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// openWith opens path with opts away from the window — a passphrase or an account the window
// already knows: the welcome's demo, a switch of account — and attaches it as opened does; then
// runs after a file was attached.
func (m *Main) openWith(path string, demo bool, opts store.Options, then func()) {
	if m.opening {
		return
	}
	m.opening = true
	if opts.Now == nil {
		opts.Now = m.opt.Now
	}
	if opts.Progress == nil {
		opts.Progress = m.verifying(path)
	}
	m.goWork(func() {
		db, err := store.Open(path, opts)
		fyne.Do(func() {
			m.opening = false
			m.opened(path, demo, db, err)
			if err == nil && m.env != nil && then != nil {
				then()
			}
		})
	})
}

// keepTemp notes the temporary folder of the file being opened (a demo made or copied there):
// it is removed when that file is closed, or now when it could not be opened (adopted by opened).
func (m *Main) keepTemp(dir string) { m.pendingTemp = dir }

// adoptTemp is opened's end of keepTemp: the folder goes with the file attached, or at once.
func (m *Main) adoptTemp(attached bool) {
	dir := m.pendingTemp
	m.pendingTemp = ""
	if dir == "" {
		return
	}
	if attached {
		m.tempDir = dir
		return
	}
	removeTemp(dir)
}

// removeTemp removes a demo's temporary folder: its data file, its backups.
func removeTemp(dir string) {
	if err := os.RemoveAll(dir); err != nil {
		fyne.LogError("remove the demo's temporary folder", err)
	}
}

// showDemoPassphrase puts the demo's public passphrase in the window's title (issue #13: the
// demo is encrypted like any file and stays frictionless).
func (m *Main) showDemoPassphrase() {
	m.demoPass = true
	m.updateStatus()
	m.win.SetTitle(lang.X("unlock.demo.title", "Твоят час – офлайн — демо, парола „{{.Pass}}“", map[string]any{"Pass": store.DemoPassphrase}))
}
