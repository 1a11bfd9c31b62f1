package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// leave runs next once the current screen holds nothing unsaved. With unsaved input it asks
// through kit.AskUnsaved, the guard every screen uses: unsaved input is never lost without the
// user's word.
func (m *Main) leave(next, stay func()) {
	ed, ok := m.screen().(kit.Editor)
	if !ok || !ed.Dirty() {
		next()
		return
	}
	kit.AskUnsaved(m.win, ed, lang.X("ask.text", "В раздел „{{.Section}}“ има въведени данни, които не са запазени.",
		map[string]any{"Section": sections[m.current].title.String()}), next, stay)
}
