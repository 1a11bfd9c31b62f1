package expenses_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/ui/section/expenses"
)

// expPickScans makes Прикачи take the paths in turn.
func expPickScans(t *testing.T, paths ...string) {
	t.Helper()
	i := 0
	undo := expenses.SetScanPicker(func() string {
		p := paths[min(i, len(paths)-1)]
		i++
		return p
	})
	t.Cleanup(undo)
}
