package ui

import (
	"runtime/debug"
	"sync"

	"github.com/annotty/annotty/ui/startgc"
)

// analysisGCPercent is the collector's target (GOGC) while the reader's
// analysis runs and until the reader has indexed its result. The reader
// holds its article outside the heap, so the live heap is the analysis and
// its indexes: at the default 100 the heap may reach twice them before a
// collection, which on a 50 MB quote-heavy article is 70 MB more than the
// analysis keeps. At 25 it reaches 1.25 times them, for more collections of
// a small heap: docs/performance.md ("Fourth pass: memory") gives both costs.
// A percentage rather than a memory limit: it follows the live set however
// large it grows, and never makes the collector run without end.
const analysisGCPercent = 25

// userGOGC is set when the user chose the collector's pace
// (startgc.UserSetGOGC): the analysis leaves it alone.
var userGOGC = startgc.UserSetGOGC()

// gcLowering is one analysis's hold on the lowered GOGC: the first hold
// lowers it, the last release puts back what it was. A release with no hold
// (the analysis cancelled before it started) keeps a later hold from
// lowering it again.
type gcLowering struct {
	held, released bool
}

// The holds of every analysis run of the process.
var (
	gcMu    sync.Mutex
	gcHolds int
	gcSaved int
)

// hold lowers GOGC for this analysis, unless it was released already.
func (g *gcLowering) hold() {
	gcMu.Lock()
	defer gcMu.Unlock()
	if g.held || g.released || userGOGC {
		return
	}
	g.held = true
	if gcHolds++; gcHolds == 1 {
		gcSaved = debug.SetGCPercent(analysisGCPercent)
	}
}

// release ends this analysis's hold; it may be called more than once.
func (g *gcLowering) release() {
	gcMu.Lock()
	defer gcMu.Unlock()
	if g.released {
		return
	}
	g.released = true
	if !g.held {
		return
	}
	if gcHolds--; gcHolds == 0 {
		if now := debug.SetGCPercent(gcSaved); now != analysisGCPercent {
			debug.SetGCPercent(now) // someone else set it since: theirs stays
		}
	}
}
