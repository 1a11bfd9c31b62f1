package printing

import (
	"runtime/debug"
	"testing"
)

func TestLazyGC_SetWhileBatchesRunRestoredAfterTheLast(t *testing.T) {
	before := debug.SetGCPercent(70)
	defer debug.SetGCPercent(before)
	now := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }

	first := lazyGC()
	if got := now(); got != batchGCPercent {
		t.Fatalf("during a batch GOGC is %d; want %d", got, batchGCPercent)
	}
	second := lazyGC() // a print from the window while another runs
	first()
	if got := now(); got != batchGCPercent {
		t.Errorf("with a batch still running GOGC is %d; want %d", got, batchGCPercent)
	}
	second()
	if got := now(); got != 70 {
		t.Errorf("after the last batch GOGC is %d; want the setting before, 70", got)
	}
}
