//go:build unix

package annotate

import (
	"syscall"
	"time"
)

// cpuClock measures the CPU time (user and system, all threads) this
// process spends from its start.
type cpuClock struct{ start time.Duration }

// startCPUClock starts a cpuClock.
func startCPUClock() cpuClock {
	d, _ := processCPU()
	return cpuClock{start: d}
}

// elapsed returns the CPU time spent since the clock started; ok is false
// when the system cannot tell.
func (c cpuClock) elapsed() (time.Duration, bool) {
	d, ok := processCPU()
	return d - c.start, ok
}

// processCPU returns the CPU time the process has used so far.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
