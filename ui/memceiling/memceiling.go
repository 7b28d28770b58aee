// Package memceiling keeps a long-running reader within the memory it already
// has. Once the reader's analysis is indexed, the heap holds the analysis, its
// indexes and the memory the analysis's garbage left free. At the default
// GOGC of 100 the heap could then grow to twice what survives before the next
// collection: scrolling alone (each frame leaves tens of kilobytes of strings)
// took the process past the peak of its own analysis, by 0.3 times a 10 MB
// article after 50 keys (docs/performance.md, "Memory after keys").
//
// Set makes the heap of that moment (its objects and its free memory) the
// ceiling: GOGC is set so that the next collection comes before the heap would
// outgrow it, and later garbage reuses the memory the analysis freed. The
// pace follows what survives, after every collection: never slower than Go's
// default (GOGC 100), never faster than GOGC 12 (room for an eighth of what
// survives), so growing work (tags, notes, the next document) never makes the
// collector run without end. A pace rather than a soft memory limit: near a
// limit the runtime returns memory to the system on the allocation path,
// which made every key of a 1 KB article 2–3 ms slower. Lift puts the pace
// back (an analysis is about to run). A GOGC or GOMEMLIMIT set by the user is
// left alone.
package memceiling

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Percentages of GOGC the ceiling keeps between.
const (
	// slowestPercent is Go's default pace: the ceiling never collects less often.
	slowestPercent = 100
	// fastestPercent leaves the heap room for an eighth of what survives. A
	// quarter (the analysis's GOGC 25) let 50 scrolling keys grow a 10 MB
	// article's process by 1.4 MB past its analysis; an eighth by 0.1–0.3 MB.
	fastestPercent = 12
)

// userChose reports whether the user set the collector's pace or limit.
var userChose = os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""

// state is the ceiling in force: generation counts Set and Lift calls, so a
// collection hook armed for an earlier ceiling stops by itself.
var state struct {
	mu         sync.Mutex
	ceiling    uint64 // the heap at Set, 0: none
	percent    int    // the GOGC in force while there is a ceiling
	saved      int    // the GOGC before Set, put back by Lift
	generation uint64
	checks     uint64 // collections seen by the hook, for tests
}

// usage is what the heap holds.
type usage struct {
	heap uint64 // objects (live and not yet swept) and free memory, not released
	live uint64 // what survived the last collection
}

// samples are the runtime/metrics read by readUsage.
var samples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
	{Name: "/gc/heap/live:bytes"},
}

// readUsage reads the heap's usage now.
func readUsage() usage {
	metrics.Read(samples)
	v := func(i int) uint64 {
		if samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return samples[i].Value.Uint64()
	}
	return usage{heap: v(0) + v(1), live: v(2)}
}

// percentFor is the GOGC whose next collection comes when a heap of which
// live bytes survived reaches ceiling, within fastestPercent and
// slowestPercent.
func percentFor(ceiling, live uint64) int {
	if live == 0 || ceiling <= live {
		return fastestPercent
	}
	return int(max(fastestPercent, min(slowestPercent, (ceiling-live)*100/live)))
}

// Set makes the heap of now the ceiling and paces the collector to stay
// under it (percentFor), following what survives each collection.
func Set() {
	if userChose {
		return
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	u := readUsage()
	if state.ceiling == 0 {
		state.saved = debug.SetGCPercent(slowestPercent)
	}
	state.ceiling = max(u.heap, 1)
	state.percent = percentFor(state.ceiling, u.live)
	state.generation++
	debug.SetGCPercent(state.percent)
	armAfterCollection(state.generation)
}

// Lift removes the ceiling and puts back the GOGC from before Set.
func Lift() {
	if userChose {
		return
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	if state.ceiling == 0 {
		return
	}
	state.ceiling = 0
	state.generation++
	debug.SetGCPercent(state.saved)
}

// Ceiling returns the ceiling in force, or 0 when there is none.
func Ceiling() uint64 {
	state.mu.Lock()
	defer state.mu.Unlock()
	return state.ceiling
}

// sentinel is an object whose finalizer runs after the collection that
// finds it unreachable: a hook into every collection cycle. It holds a
// pointer so that it is not batched with other tiny objects, whose
// finalizers may never run.
type sentinel struct {
	generation uint64
	_          *byte
}

// armAfterCollection runs afterCollection once the next collection is done,
// and again after each one, for as long as generation is the ceiling's.
func armAfterCollection(generation uint64) {
	s := &sentinel{generation: generation}
	runtime.SetFinalizer(s, func(s *sentinel) {
		if afterCollection(s.generation) {
			armAfterCollection(s.generation)
		}
	})
}

// afterCollection paces the collector for what survived; it reports whether
// the ceiling of generation is still in force.
func afterCollection(generation uint64) bool {
	state.mu.Lock()
	defer state.mu.Unlock()
	if generation != state.generation || state.ceiling == 0 {
		return false
	}
	state.checks++
	if p := percentFor(state.ceiling, readUsage().live); p != state.percent {
		state.percent = p
		debug.SetGCPercent(p)
	}
	return true
}
