package startgc

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
)

func TestPauseAndResume(t *testing.T) {
	Resume() // whatever init did
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	state.once, state.paused = sync.Once{}, false
	if pause("200") {
		t.Fatal("pause with GOGC set turned the collector off")
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("GOGC set: GC percent = %d, want it untouched (100)", got)
	}

	if !pause("") {
		t.Fatal("pause without GOGC did nothing")
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("paused: GC percent = %d, want -1 (off)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != Ceiling {
		t.Errorf("paused: memory limit = %d, want the ceiling %d", got, Ceiling)
	}
	Resume()
	Resume() // a second call changes nothing
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Errorf("resumed: GC percent = %d, want 100", got)
	}
	debug.SetGCPercent(100)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("resumed: memory limit = %d, want none (MaxInt64)", got)
	}
}

func TestPauseKeepsALowerUserLimit(t *testing.T) {
	Resume()
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(32 << 20)) // as GOMEMLIMIT=32MiB would
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	state.once, state.paused = sync.Once{}, false
	pause("")
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("paused under a 32 MiB limit: limit = %d, want it kept", got)
	}
	Resume()
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("resumed: limit = %d, want the user's 32 MiB back", got)
	}
}

func TestTheFirstCollectionEndsThePause(t *testing.T) {
	Resume()
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	state.once, state.paused = sync.Once{}, false
	pause("")
	var sink []byte
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	for i := 0; i < 1000 && percent() == -1; i++ {
		sink = make([]byte, 1<<20) // garbage up to the ceiling: a collection
		runtime.Gosched()
	}
	_ = sink
	if got := percent(); got != 100 {
		t.Fatalf("after 1 GB of garbage the collector is still paused (GC percent %d)", got)
	}
}
