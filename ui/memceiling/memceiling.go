// Package memceiling keeps a long-running reader within the memory it already
// has. Once the reader's analysis is indexed, what the Go runtime holds is
// the analysis, its indexes and the analysis's last garbage. At the default
// GOGC of 100 the heap could then grow to twice what survives before the next
// collection: scrolling alone (each frame leaves tens of kilobytes of strings)
// took the process past the peak of its own analysis, by 0.3 times a 10 MB
// article after 50 keys (docs/performance.md, "Memory after keys").
//
// Set makes the memory the runtime holds at that moment a soft memory limit
// (debug.SetMemoryLimit): the collector runs before the heap would outgrow it,
// so later garbage reuses the memory the analysis freed. The limit is only a
// ceiling on garbage, never on what the reader keeps: after every collection
// the ceiling is raised, if need be, to leave the heap room for an eighth of
// what survived on top of it (roomDivisor), so growing work (tags, notes,
// the next document) never makes the collector run without end; it comes back
// down, never under what Set took, when less survives. Lift
// removes the ceiling (an analysis is about to run and take memory). A GOGC
// or GOMEMLIMIT set by the user is left alone.
package memceiling

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// minRoom is the least growth of the heap the ceiling allows between two
// collections, however small the heap that survives.
const minRoom = 512 << 10

// roomDivisor sets the room the ceiling leaves the heap above what survives a
// collection: an eighth of it, the pace of GOGC 12.5. A quarter (the
// analysis's GOGC 25) let 50 scrolling keys grow a 10 MB article's process
// by 1.4 MB past its analysis; an eighth by 0.1–0.3 MB (docs/performance.md).
const roomDivisor = 8

// userChose reports whether the user set the collector's pace or limit.
var userChose = os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""

// state is the ceiling in force: generation counts Set and Lift calls, so a
// collection hook armed for an earlier ceiling stops by itself.
var state struct {
	mu         sync.Mutex
	ceiling    uint64 // 0: none
	base       uint64 // what the runtime held at Set
	generation uint64
	checks     uint64 // collections seen by the hook, for tests
}

// usage is what the runtime holds, as the memory limit counts it.
type usage struct {
	held        uint64 // mapped and not released to the system
	heapFree    uint64 // heap memory free for new objects, not released
	heapObjects uint64 // live and not yet swept objects
	live        uint64 // what survived the last collection
}

// samples are the runtime/metrics read by readUsage.
var samples = []metrics.Sample{
	{Name: "/memory/classes/total:bytes"},
	{Name: "/memory/classes/heap/released:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/gc/heap/live:bytes"},
}

// readUsage reads the runtime's usage now.
func readUsage() usage {
	metrics.Read(samples)
	v := func(i int) uint64 {
		if samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return samples[i].Value.Uint64()
	}
	return usage{held: v(0) - v(1), heapFree: v(2), heapObjects: v(3), live: v(4)}
}

// needed is the least ceiling that leaves the heap room above what survived
// (u.live): the memory that holds neither objects nor free heap (stacks, the
// runtime's metadata, fragmentation), plus what survived, plus an eighth of
// it (at least minRoom).
func needed(u usage) uint64 {
	overhead := u.held - min(u.heapFree+u.heapObjects, u.held)
	return overhead + u.live + max(u.live/roomDivisor, minRoom)
}

// ceilingFor returns the ceiling to use after a collection that left u:
// base, or the least one that leaves room (needed), if that is higher. It
// follows what survives down as well as up: a collection that runs while the
// reader allocates counts the new objects as survivors, and a ceiling that
// only rose would keep each such spike.
func ceilingFor(base uint64, u usage) uint64 { return max(base, needed(u)) }

// Set makes what the runtime holds now the memory ceiling (or the least one
// that leaves the heap room, if higher), and keeps it raised while more
// survives the collections.
func Set() {
	if userChose {
		return
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	u := readUsage()
	state.base = u.held
	state.ceiling = ceilingFor(state.base, u)
	state.generation++
	debug.SetMemoryLimit(int64(min(state.ceiling, math.MaxInt64)))
	armAfterCollection(state.generation)
}

// Lift removes the ceiling; the collector keeps its GOGC pace alone.
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
	debug.SetMemoryLimit(math.MaxInt64)
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

// afterCollection sets the ceiling for what survived (ceilingFor); it
// reports whether the ceiling of generation is still in force.
func afterCollection(generation uint64) bool {
	state.mu.Lock()
	defer state.mu.Unlock()
	if generation != state.generation || state.ceiling == 0 {
		return false
	}
	state.checks++
	if c := ceilingFor(state.base, readUsage()); c != state.ceiling {
		state.ceiling = c
		debug.SetMemoryLimit(int64(min(c, math.MaxInt64)))
	}
	return true
}
