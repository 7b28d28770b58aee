package ui

import (
	"context"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/annotty/annotty/model"
)

// gcPercent returns the current GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// gcBaseline runs the test as if the user had set GOGC (userSet) or not,
// with GOGC at 77 to begin with, and puts both back afterwards.
func gcBaseline(t *testing.T, userSet bool) {
	t.Helper()
	saved := userGOGC
	userGOGC = userSet
	percent := debug.SetGCPercent(77)
	t.Cleanup(func() {
		userGOGC = saved
		debug.SetGCPercent(percent)
	})
}

func TestAnalysisLowersGCUntilTheLastRunIsIndexed(t *testing.T) {
	gcBaseline(t, false)
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
	gcBaseline(t, false)
	var g gcLowering
	g.release() // cancelled before its goroutine got to hold
	g.hold()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d after a hold that came after the release, want 77", got)
	}
}

func TestAnalysisRunRestoresGCOnceIndexedOrCancelled(t *testing.T) {
	gcBaseline(t, false)
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
	gcBaseline(t, true)
	var g gcLowering
	g.hold()
	if got := gcPercent(); got != 77 {
		t.Fatalf("GOGC = %d with the user's GOGC set, want 77 kept", got)
	}
	g.release()
}

func TestReleaseKeepsAGOGCSetByOthersSince(t *testing.T) {
	gcBaseline(t, false)
	var g gcLowering
	g.hold()
	debug.SetGCPercent(300) // another policy took over meanwhile
	g.release()
	if got := gcPercent(); got != 300 {
		t.Fatalf("GOGC = %d after the release, want 300 kept", got)
	}
}

// The analysis's garbage is collected before the reader indexes its result,
// on the analysis goroutine.
func TestAnalysisCollectsItsGarbageBeforeDeliveringTheResult(t *testing.T) {
	var atReturn uint32
	analyze := func(ctx context.Context, doc *model.Document, progress func(done, total int)) (*model.Analysis, error) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		atReturn = ms.NumGC
		return &model.Analysis{}, nil
	}
	r := newAnalysisRun(analyze, nil)
	defer r.cancel()
	r.firstFrame()
	cmd := r.start()
	for {
		msg := cmd()
		if _, done := msg.(AnalysisDoneMsg); done {
			break
		}
		cmd = waitAnalysis(r.events)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.NumGC <= atReturn {
		t.Fatalf("no collection between the analysis's return (cycle %d) and its result (cycle %d)", atReturn, ms.NumGC)
	}
}
