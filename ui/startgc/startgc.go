// Package startgc holds the garbage collector off while the process
// starts. Package initialisation allocated about 5 MB (before chroma's
// registries were built on first use: third_party/chroma), past the
// collector's first goal of 4 MB, so two collections ran before main and
// more while the reader opened the article: about 3 ms of a 25 ms start
// (docs/performance.md, "Fourth pass: start-up").
//
// Go initialises ready packages in import-path order, so this init runs
// after most of the packages annotty links. The collector comes back on by
// itself Pause after start-up, after the first collection (the heap reached
// Ceiling: from then on a command that allocates, such as analyze, runs at
// the usual pace instead of collecting again and again under the ceiling), or
// when Resume is called (the reader calls it when its background work
// starts, after the first frame), whichever comes first. A GOGC set by the
// user is left alone.
package startgc

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// Pause is how long after start-up the collector stays off at most: longer
// than the first frame of a 50 MB article takes on a busy machine (the
// reader resumes it sooner, once that frame is out; Ceiling bounds the heap
// meanwhile).
const Pause = 250 * time.Millisecond

// Ceiling is the heap size at which the collector runs even while paused.
const Ceiling = 32 << 20

// state is what Resume restores: the runtime's own settings (GOGC=100, and
// GOMEMLIMIT if set) as they were at start.
var state struct {
	once      sync.Once
	paused    bool
	gcPercent int
	memLimit  int64
	pauses    atomic.Int64 // counts pause calls: a collection resumes only its own pause
}

// UserSetGOGC reports whether the user chose the collector's pace with the
// GOGC variable. Every collector policy of annotty's (this package's pause,
// the reader's analysis, the analysis stream) then leaves the pace alone.
func UserSetGOGC() bool { return os.Getenv("GOGC") != "" }

func init() {
	if pause(os.Getenv("GOGC")) {
		time.AfterFunc(Pause, Resume)
	}
}

// pause turns the collector off, under Ceiling, unless gogc (the GOGC
// variable) is set; it reports whether it did.
func pause(gogc string) bool {
	if gogc != "" {
		return false // the user chose the collector's pace
	}
	state.memLimit = debug.SetMemoryLimit(-1)
	state.gcPercent = debug.SetGCPercent(-1)
	debug.SetMemoryLimit(min(state.memLimit, Ceiling))
	state.paused = true
	// The first collection (the heap reached Ceiling) ends the pause. The
	// object holds a pointer so that it is not batched with other tiny
	// objects, whose cleanups may never run.
	n := state.pauses.Add(1)
	runtime.AddCleanup(&struct{ _ *int }{}, func(n int64) {
		if state.pauses.Load() == n {
			Resume()
		}
	}, n)
	return true
}

// Resume turns the collector back on with the settings it had at start; it
// is safe to call more than once and from any goroutine.
func Resume() {
	state.once.Do(func() {
		if !state.paused {
			return
		}
		debug.SetGCPercent(state.gcPercent)
		debug.SetMemoryLimit(state.memLimit)
	})
}
