//go:build !unix

package annotate

import "time"

// cpuClock stands in for the CPU-time clock where getrusage is missing:
// benchmarks then report wall-clock figures only.
type cpuClock struct{}

// startCPUClock starts a cpuClock.
func startCPUClock() cpuClock { return cpuClock{} }

// elapsed reports that CPU time is unknown.
func (cpuClock) elapsed() (time.Duration, bool) { return 0, false }
