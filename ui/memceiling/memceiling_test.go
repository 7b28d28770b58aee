package memceiling

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// memoryLimit returns the runtime's soft memory limit without changing it.
func memoryLimit() int64 { return debug.SetMemoryLimit(-1) }

// withCleanState runs the test as if the user set neither GOGC nor
// GOMEMLIMIT, and puts the runtime's limit and the ceiling back afterwards.
func withCleanState(t *testing.T) {
	t.Helper()
	saved, limit := userChose, memoryLimit()
	userChose = false
	t.Cleanup(func() {
		Lift()
		userChose = saved
		debug.SetMemoryLimit(limit)
	})
}

func TestNeededLeavesRoomAboveWhatSurvived(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name string
		u    usage
		want uint64
	}{
		{"small heap: at least minRoom", usage{held: 10 * mb, heapFree: 2 * mb, heapObjects: 5 * mb, live: 4 * mb}, 3*mb + 4*mb + minRoom},
		{"large heap: an eighth of what survived", usage{held: 120 * mb, heapFree: 10 * mb, heapObjects: 100 * mb, live: 80 * mb}, 10*mb + 80*mb + 10*mb},
		{"objects and free above held (metrics read apart)", usage{held: 8 * mb, heapFree: 4 * mb, heapObjects: 6 * mb, live: 8 * mb}, 8*mb + mb},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := needed(tc.u); got != tc.want {
				t.Fatalf("needed(%+v) = %d MB, want %d MB", tc.u, got>>20, tc.want>>20)
			}
		})
	}
}

func TestCeilingForFollowsWhatSurvivesButNeverGoesUnderBase(t *testing.T) {
	const mb = 1 << 20
	small := usage{held: 20 * mb, heapFree: 8 * mb, heapObjects: 6 * mb, live: 5 * mb}
	large := usage{held: 90 * mb, heapFree: 4 * mb, heapObjects: 80 * mb, live: 78 * mb}
	for _, tc := range []struct {
		name string
		base uint64
		u    usage
		want uint64
	}{
		{"room to spare: base", 40 * mb, small, 40 * mb},
		{"no room: needed", 1 * mb, small, needed(small)},
		{"more survives: up", 40 * mb, large, needed(large)},
		{"less survives again: back to base", 40 * mb, small, 40 * mb},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ceilingFor(tc.base, tc.u); got != tc.want {
				t.Fatalf("ceilingFor(%d MB, %+v) = %d MB, want %d MB", tc.base>>20, tc.u, got>>20, tc.want>>20)
			}
		})
	}
}

func TestSetMakesWhatIsHeldTheLimitAndLiftRemovesIt(t *testing.T) {
	withCleanState(t)
	Set()
	c := Ceiling()
	if c == 0 || memoryLimit() != int64(c) {
		t.Fatalf("after Set: ceiling %d, runtime limit %d", c, memoryLimit())
	}
	if held := readUsage().held; c < held/2 {
		t.Fatalf("ceiling %d MB is far below the %d MB held", c>>20, held>>20)
	}
	Lift()
	if Ceiling() != 0 || memoryLimit() != math.MaxInt64 {
		t.Fatalf("after Lift: ceiling %d, runtime limit %d", Ceiling(), memoryLimit())
	}
}

func TestAUserChoiceIsLeftAlone(t *testing.T) {
	withCleanState(t)
	userChose = true
	before := memoryLimit()
	Set()
	if Ceiling() != 0 || memoryLimit() != before {
		t.Fatalf("with GOGC or GOMEMLIMIT set, Set changed the limit to %d", memoryLimit())
	}
}

// collectAndCheck runs a collection and waits until the hook has looked at
// what it left.
func collectAndCheck(t *testing.T) {
	t.Helper()
	state.mu.Lock()
	seen := state.checks
	state.mu.Unlock()
	for range 1000 {
		runtime.GC()
		runtime.Gosched()
		state.mu.Lock()
		done := state.checks > seen
		state.mu.Unlock()
		if done {
			return
		}
	}
	t.Fatal("no collection reached the hook")
}

// sink keeps allocations from being optimised away.
var sink []byte

func TestGarbageStaysUnderTheCeiling(t *testing.T) {
	withCleanState(t)
	runtime.GC()
	kept := make([][]byte, 0, 64) // some live heap, as an indexed analysis would be
	for range 64 {
		kept = append(kept, make([]byte, 64<<10))
	}
	runtime.GC()
	Set()
	start := Ceiling()
	for i := range 4000 { // 256 MB of garbage, in frames' worth
		sink = make([]byte, 64<<10)
		if i%50 == 0 {
			if held, c := readUsage().held, Ceiling(); held > c+2<<20 {
				t.Fatalf("the runtime held %d KB under a ceiling of %d KB", held>>10, c>>10)
			}
		}
	}
	sink = nil
	collectAndCheck(t) // quiet collections: only what is kept survives
	collectAndCheck(t)
	runtime.KeepAlive(kept)
	if Ceiling() > start+1<<20 {
		t.Fatalf("after 256 MB of garbage the ceiling is %d KB, was %d KB", Ceiling()>>10, start>>10)
	}
}

func TestGrowingWorkRaisesTheCeilingInsteadOfThrashing(t *testing.T) {
	withCleanState(t)
	runtime.GC()
	Set()
	start := Ceiling()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var kept [][]byte
	for range 1024 { // 64 MB more live heap than when the ceiling was set
		kept = append(kept, make([]byte, 64<<10))
		sink = make([]byte, 64<<10)
	}
	collectAndCheck(t) // a collection after the growth raises the ceiling
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	if Ceiling() < start+64<<20 {
		t.Fatalf("ceiling %d MB did not follow 64 MB of new live heap (started at %d MB)", Ceiling()>>20, start>>20)
	}
	// 128 MB allocated in all; a collector held at the first ceiling would
	// have run on nearly every allocation.
	if n := after.NumGC - before.NumGC; n > 200 {
		t.Fatalf("%d collections for 128 MB of allocation: the ceiling did not follow", n)
	}
}
