package ui

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/startgc"
	tea "github.com/charmbracelet/bubbletea"
)

// AnalyzeFunc runs the automatic detectors over doc (annotate.AnalyzeContext
// has this shape). progress is called from the analysis goroutine.
type AnalyzeFunc func(ctx context.Context, doc *model.Document, progress func(done, total int)) (*model.Analysis, error)

// AnalysisProgressMsg reports how far the background analysis is.
type AnalysisProgressMsg struct{ Done, Total int }

// AnalysisDoneMsg delivers the finished analysis (or its error).
type AnalysisDoneMsg struct {
	Analysis *model.Analysis
	Err      error
}

// firstFrameGrace is how long the analysis waits so the first frame goes out first.
const firstFrameGrace = 40 * time.Millisecond

// analysisEvent is what the analysis goroutine sends to the UI.
type analysisEvent struct {
	progress AnalysisProgressMsg
	done     *AnalysisDoneMsg
}

// analysisRun is one background analysis: made in New, started by Init,
// cancelled on quit. Its events channel carries progress and the result.
type analysisRun struct {
	analyze AnalyzeFunc
	doc     *model.Document
	ctx     context.Context
	stop    context.CancelFunc
	events  chan analysisEvent
	gc      gcLowering    // from the start of the analysis until the reader indexed it
	sized   chan struct{} // closed at the first window size, when the first frame is drawn
	once    sync.Once
}

// firstFrame tells the analysis that the first frame is being drawn, so it
// may start after the grace delay.
func (r *analysisRun) firstFrame() { r.once.Do(func() { close(r.sized) }) }

// newAnalysisRun prepares (does not start) analyze on doc.
func newAnalysisRun(analyze AnalyzeFunc, doc *model.Document) *analysisRun {
	ctx, cancel := context.WithCancel(context.Background())
	return &analysisRun{analyze: analyze, doc: doc, ctx: ctx, stop: cancel, events: make(chan analysisEvent, 1), sized: make(chan struct{})}
}

// cancel stops the analysis (the reader is closing or moving on).
func (r *analysisRun) cancel() {
	r.stop()
	r.indexed()
}

// indexed says the reader is done with the analysis's result (it has
// indexed it, or it failed): the collector goes back to its usual pace.
// r may be nil.
func (r *analysisRun) indexed() {
	if r != nil {
		r.gc.release()
	}
}

// start runs the analysis in the background after the first frame and
// returns the command that delivers its first event. Progress is
// coalesced: the UI sees the latest figure, never a backlog.
func (r *analysisRun) start() tea.Cmd {
	ctx, analyze, doc, events, sized, gc := r.ctx, r.analyze, r.doc, r.events, r.sized, &r.gc
	go func() {
		select { // the first frame needs the window size, and the CPU
		case <-sized:
		case <-ctx.Done():
		}
		// Let the first frame reach the terminal (ui/termrender writes it as
		// soon as View makes it) before the analysis competes for the CPU.
		select {
		case <-time.After(firstFrameGrace):
		case <-ctx.Done():
		}
		startgc.Resume() // the analysis makes garbage: collect it from here on
		gc.hold()        // at a lower GOGC, until the reader has indexed the result
		a, err := analyze(ctx, doc, func(done, total int) {
			select {
			case events <- analysisEvent{progress: AnalysisProgressMsg{done, total}}:
			default: // the UI has not read the last one yet; skip this one
			}
		})
		if err == nil && ctx.Err() == nil {
			// The analysis's working garbage is dead now: collect it here, off
			// the UI goroutine, before the reader builds its indexes of the
			// result on top of it (the peak of a 10 MB article: -0.4 to
			// -0.7 MB, docs/performance.md "Memory after keys").
			runtime.GC()
		}
		events <- analysisEvent{done: &AnalysisDoneMsg{Analysis: a, Err: err}}
		close(events)
	}()
	return waitAnalysis(events)
}

// waitAnalysis returns a command that waits for the next analysis event.
func waitAnalysis(events <-chan analysisEvent) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-events
		switch {
		case !ok:
			return nil
		case ev.done != nil:
			return *ev.done
		}
		return ev.progress
	}
}

// analysisStatus is the status-line text for a progress report.
func analysisStatus(p AnalysisProgressMsg) string {
	if p.Total <= 0 {
		return "analyzing…"
	}
	return fmt.Sprintf("analyzing… %d%%", p.Done*100/p.Total)
}
