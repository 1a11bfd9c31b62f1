package printing_test

import (
	"context"
	"os"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/internal/benchyear"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// BenchmarkWriteAll_Demo3000 writes every document of a 3,000-student demo year (PDF and XLSX)
// into a folder as `tchas forms` does, on every core: what „print everything“ costs a big school.
func BenchmarkWriteAll_Demo3000(b *testing.B) {
	d, budget := benchyear.Demo3000(b)
	jobs := printing.Jobs(d, printing.Options{Budget: budget})
	b.ResetTimer()
	cpu := processCPU()
	n := 0
	for b.Loop() {
		n++
		dir, err := os.MkdirTemp(b.TempDir(), "forms")
		if err != nil {
			b.Fatal(err)
		}
		s, err := printing.WriteAll(context.Background(), dir, jobs, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(s.Files)), "files/op")
	}
	// The CPU of the measured part alone (user+sys of every thread, the demo's generation
	// before the timer left out): on a machine shared with others, wall time is mostly their work.
	b.ReportMetric((processCPU()-cpu).Seconds()/float64(max(n, 1)), "cpu-s/op")
}
