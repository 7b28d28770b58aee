package memceiling

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// gcPercent returns the current GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// withCleanState runs the test as if the user set neither GOGC nor
// GOMEMLIMIT, and puts GOGC and the ceiling back afterwards.
func withCleanState(t *testing.T) {
	t.Helper()
	saved, percent := userChose, gcPercent()
	userChose = false
	t.Cleanup(func() {
		Lift()
		userChose = saved
		debug.SetGCPercent(percent)
	})
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

func TestPercentForComesBeforeTheCeilingWithinItsBounds(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name          string
		ceiling, live uint64
		want          int
	}{
		{"a fifth free: GOGC 20", 12 * mb, 10 * mb, 20},
		{"little free: never faster than an eighth", 10*mb + mb/2, 10 * mb, fastestPercent},
		{"more survives than the ceiling: an eighth", 10 * mb, 30 * mb, fastestPercent},
		{"mostly free: never slower than the default", 40 * mb, 4 * mb, slowestPercent},
		{"nothing survived yet", 40 * mb, 0, fastestPercent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := percentFor(tc.ceiling, tc.live); got != tc.want {
				t.Fatalf("percentFor(%d MB, %d MB) = %d, want %d", tc.ceiling>>20, tc.live>>20, got, tc.want)
			}
		})
	}
}

func TestSetPacesTheCollectorAndLiftPutsItBack(t *testing.T) {
	withCleanState(t)
	debug.SetGCPercent(77)
	Set()
	c := Ceiling()
	if c == 0 {
		t.Fatal("no ceiling after Set")
	}
	if p := gcPercent(); p < fastestPercent || p > slowestPercent {
		t.Fatalf("after Set GOGC = %d, want within %d–%d", p, fastestPercent, slowestPercent)
	}
	Set() // a second document's analysis indexed: the GOGC from before the first stays saved
	Lift()
	if Ceiling() != 0 || gcPercent() != 77 {
		t.Fatalf("after Lift: ceiling %d, GOGC %d, want 0 and 77", Ceiling(), gcPercent())
	}
	Lift() // twice: no effect
	if gcPercent() != 77 {
		t.Fatalf("a second Lift changed GOGC to %d", gcPercent())
	}
}

func TestAUserChoiceIsLeftAlone(t *testing.T) {
	withCleanState(t)
	userChose = true
	debug.SetGCPercent(77)
	Set()
	if Ceiling() != 0 || gcPercent() != 77 {
		t.Fatalf("with GOGC or GOMEMLIMIT set, Set changed GOGC to %d", gcPercent())
	}
}

// sink keeps allocations from being optimised away.
var sink []byte

// heapGoal returns the heap size at which the collector means to finish its
// next cycle.
func heapGoal() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func TestTheCollectorAimsUnderTheCeiling(t *testing.T) {
	withCleanState(t)
	kept := make([][]byte, 0, 256) // 16 MB of live heap, as an indexed analysis would be
	for range 256 {
		kept = append(kept, make([]byte, 64<<10))
	}
	for range 64 { // and 4 MB of garbage, freed by a collection: the analysis's last
		sink = make([]byte, 64<<10)
	}
	sink = nil
	runtime.GC()
	Set()
	// The default pace would aim at twice the 16 MB that survive; stacks and
	// globals count towards the goal too, hence the slack.
	slack := Ceiling() / 20
	if goal := heapGoal(); goal > Ceiling()+slack {
		t.Fatalf("after Set the collector aims at a heap of %d KB under a ceiling of %d KB", goal>>10, Ceiling()>>10)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 8000 { // 256 MB of garbage, in small frames' worth
		sink = make([]byte, 32<<10)
	}
	sink = nil
	runtime.ReadMemStats(&after)
	if after.NumGC == before.NumGC {
		t.Fatal("no collection in 256 MB of garbage")
	}
	// Collections during a burst count what is allocated meanwhile as live and
	// aim higher for a cycle; a quiet one brings the aim back.
	collectAndCheck(t)
	runtime.KeepAlive(kept)
	if goal := heapGoal(); goal > Ceiling()+slack {
		t.Fatalf("after the garbage the collector aims at a heap of %d KB under a ceiling of %d KB", goal>>10, Ceiling()>>10)
	}
}

func TestGrowingWorkKeepsTheCollectorAtAnEighth(t *testing.T) {
	withCleanState(t)
	runtime.GC()
	Set()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var kept [][]byte
	for range 1024 { // 64 MB more live heap than when the ceiling was set
		kept = append(kept, make([]byte, 64<<10))
		sink = make([]byte, 64<<10)
	}
	collectAndCheck(t)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	if p := gcPercent(); p != fastestPercent {
		t.Fatalf("with more surviving than the ceiling, GOGC = %d, want %d", p, fastestPercent)
	}
	// 128 MB allocated in all, growing the live heap by 64 MB: at an eighth of
	// what survives, a few dozen collections.
	if n := after.NumGC - before.NumGC; n > 200 {
		t.Fatalf("%d collections for 128 MB of allocation", n)
	}
}
