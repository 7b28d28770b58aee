package model

import (
	"os"
	"runtime"
	"sync"
)

// A background save of 100,000 tags keeps one CPU busy for a tenth of a
// second or more. With as many Go processors as CPUs (two on a small
// machine) that leaves the reader one, and Go's scheduler can then keep a
// key waiting for up to 20 ms: the input goroutine wakes the UI goroutine
// into its own processor's queue and goes back into its blocking read, and
// until the runtime's monitor takes that processor back, nothing runs the
// UI goroutine, because the save never lets go of the other one (seen in
// runtime/trace: keys landing during a save took 10–25 ms instead of
// 1–8). So a background save adds a processor of its own while it runs:
// an idle one is then always there to take the woken UI goroutine at once,
// and the kernel shares the CPUs between the threads as before.

// extraProcessor counts the background saves running; the first adds a
// processor, the last takes it away again.
var extraProcessor struct {
	mu     sync.Mutex
	saves  int
	before int // GOMAXPROCS before the first save added one
}

// withOwnProcessor runs write with one more Go processor than before.
// Afterwards the runtime's own choice comes back (it follows a container's
// CPU quota as it changes), unless the user set GOMAXPROCS.
func withOwnProcessor(write func() error) error {
	extraProcessor.mu.Lock()
	if extraProcessor.saves == 0 {
		extraProcessor.before = runtime.GOMAXPROCS(runtime.GOMAXPROCS(0) + 1)
	}
	extraProcessor.saves++
	extraProcessor.mu.Unlock()
	defer func() {
		extraProcessor.mu.Lock()
		if extraProcessor.saves--; extraProcessor.saves == 0 {
			if os.Getenv("GOMAXPROCS") == "" {
				runtime.SetDefaultGOMAXPROCS()
			} else {
				runtime.GOMAXPROCS(extraProcessor.before)
			}
		}
		extraProcessor.mu.Unlock()
	}()
	return write()
}
