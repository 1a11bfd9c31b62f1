package ui_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/ui"
)

// expPickScans makes Прикачи take the paths in turn.
func expPickScans(t *testing.T, paths ...string) {
	t.Helper()
	i := 0
	undo := ui.SetScanPicker(func() string {
		p := paths[min(i, len(paths)-1)]
		i++
		return p
	})
	t.Cleanup(undo)
}
