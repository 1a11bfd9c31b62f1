//go:build !unix

package printing_test

import "time"

// processCPU is not measured outside unix: the benchmark's cpu-s/op is then 0.
func processCPU() time.Duration { return 0 }
