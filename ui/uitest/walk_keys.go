package uitest

import "fyne.io/fyne/v2"

// PressShortcut presses sh as the desktop window does: the first enabled item of the main menu
// (submenus included) whose shortcut it is runs; it reports whether one did. The test window
// does not route keys to its menu, so this is how a test presses Ctrl+S or Ctrl+1.
func (h *Harness) PressShortcut(sh fyne.Shortcut) bool {
	var run func(items []*fyne.MenuItem) bool
	run = func(items []*fyne.MenuItem) bool {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sh.ShortcutName() && it.Action != nil && !it.Disabled {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && run(it.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	for _, m := range h.Win.MainMenu().Items {
		if run(m.Items) {
			return true
		}
	}
	return false
}

// CloseDialogs closes every dialog shown over the window, so the next step starts clean.
func (h *Harness) CloseDialogs() {
	for _, o := range h.Win.Canvas().Overlays().List() {
		h.Win.Canvas().Overlays().Remove(o)
	}
}
