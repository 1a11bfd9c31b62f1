//go:build unix

package printing_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user+sys) the process has used so far, for the benchmark's
// cpu-s/op: the demo's generation before the timer is left out of it.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
