// Package startgc holds the garbage collector off while the process
// starts. Package initialisation alone allocates about 5 MB (chroma, which
// glamour links, parses every embedded style and lexer), past the
// collector's first goal of 4 MB, so two collections ran before main and
// more while the reader opened the article: about 3 ms of a 25 ms start
// (docs/performance.md, "Fourth pass: start-up").
//
// Go initialises ready packages in import-path order, and runtime/debug,
// which this package needs, sorts after chroma, so this init runs after
// chroma's lexers and styles: the first collection, in the middle of
// theirs, still runs; the later ones do not. The collector comes back on by
// itself Pause after start-up, at once when the heap reaches Ceiling, or
// when Resume is called (the reader calls it when its background work
// starts, after the first frame), whichever comes first. A GOGC set by the
// user is left alone.
package startgc

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
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
		limit := state.memLimit
		if limit <= 0 {
			limit = math.MaxInt64
		}
		debug.SetMemoryLimit(limit)
	})
}
