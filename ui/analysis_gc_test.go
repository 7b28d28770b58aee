package ui

import (
	"runtime/debug"
	"testing"
)

// gcPercent returns the current GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// withoutUserGOGC runs the test as if GOGC were not set.
func withoutUserGOGC(t *testing.T) {
	t.Helper()
	saved := userGOGC
	userGOGC = false
	t.Cleanup(func() { userGOGC = saved })
}

func TestAnalysisLowersGCUntilTheLastRunIsIndexed(t *testing.T) {
	withoutUserGOGC(t)
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	var a, b gcLowering
	a.hold()
	if got := gcPercent(); got != analysisGCPercent {
		t.Fatalf("during an analysis GOGC = %d, want %d", got, analysisGCPercent)
	}
	b.hold()
	a.release()
	a.release() // twice: no effect
	if got := gcPercent(); got != analysisGCPercent {
		t.Fatalf("with one run still held GOGC = %d, want %d", got, analysisGCPercent)
	}
	b.release()
	if got := gcPercent(); got != 77 {
		t.Fatalf("after the last run GOGC = %d, want 77 back", got)
	}
}

func TestCancelledAnalysisNeverLowersGC(t *testing.T) {
	withoutUserGOGC(t)
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	var g gcLowering
	g.release() // cancelled before its goroutine got to hold
	g.hold()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d after a hold that came after the release, want 77", got)
	}
}

func TestAnalysisRunRestoresGCOnceIndexedOrCancelled(t *testing.T) {
	withoutUserGOGC(t)
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	r := newAnalysisRun(nil, nil)
	r.gc.hold()
	r.indexed()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d once indexed, want 77", got)
	}
	r = newAnalysisRun(nil, nil)
	r.gc.hold()
	r.cancel()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d once cancelled, want 77", got)
	}
	var none *analysisRun
	none.indexed() // a reader without an analysis
}

func TestUserGOGCIsLeftAlone(t *testing.T) {
	saved := userGOGC
	userGOGC = true
	defer func() { userGOGC = saved }()
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	var g gcLowering
	g.hold()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d with the user's GOGC set, want 77 kept", got)
	}
	g.release()
}

func TestReleaseKeepsAGOGCSetByOthersSince(t *testing.T) {
	withoutUserGOGC(t)
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	var g gcLowering
	g.hold()
	debug.SetGCPercent(300) // another policy took over meanwhile
	g.release()
	if got := gcPercent(); got != 300 {
		t.Fatalf("GOGC = %d after the release, want 300 kept", got)
	}
}
