// Package session is the reader's state and every operation a user can do
// on it, with no terminal: the open document, its annotation store and set,
// the labels, the analysis with one span index over its detections, and the
// indexes over the user's tags. Views read a *Session; they keep no copy of
// its data, so a change made anywhere shows everywhere at once.
//
// Every operation returns an Outcome (what changed, the message, an error);
// the root model applies it once: it saves, shows the message and syncs the
// views. Offsets are byte offsets into Document.Text (the model converts to
// code points where a format needs them).
package session

import (
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/selection"
)

// Session is one open document and the user's work on it.
type Session struct {
	doc    *model.Document
	set    *model.AnnotationSet
	store  Store // nil: annotations live in memory only
	labels *model.LabelSet

	analysis       *model.Analysis
	analysisErr    error
	analysisWanted bool

	detections []model.Detection // quotes and promos, sorted by span
	detIndex   model.SpanIndex   // over detections
	quoteIndex model.SpanIndex   // over analysis.Quotes, by the analysis's own indices
	quoteSpans []model.Span      // analysis.Quotes' spans, in the analysis's order

	derived derivedCache // effective speakers, per revision
	review  reviewCache  // the tags to review, per revision

	saves   saveState
	saver   *model.Autosaver // background saving (nil unless the store is a *model.Store)
	revBase uint64           // added to the set's revision: a set replaced by a take-over restarts its own
	filters filters          // the speaker filter and hidden promos
	search  search           // the query and its matches
	cursor  selection.State
	others  othersState // other annotators' tags, read-only (others.go)
}

// Options configure a new session.
type Options struct {
	// Store saves the annotations; nil keeps them in memory only.
	Store Store
	// Set is the store's annotation set; nil makes an empty in-memory one.
	Set *model.AnnotationSet
	// Labels are the labels keys 1-9 apply; nil means model.DefaultLabels.
	Labels *model.LabelSet
	// AnalysisWanted says an analysis will be delivered (SetAnalysis).
	AnalysisWanted bool
	// SaveDelay is how long changes gather before a background save
	// (model.DefaultAutosaveDelay when 0).
	SaveDelay time.Duration
}

// New opens a session on doc.
func New(doc *model.Document, opts Options) *Session {
	s := &Session{doc: doc, store: opts.Store, set: opts.Set, labels: opts.Labels, analysisWanted: opts.AnalysisWanted}
	if s.labels == nil {
		s.labels = model.DefaultLabels()
	}
	if s.set == nil {
		s.set = model.NewAnnotationSet(doc, model.SetOptions{})
	}
	if ms, ok := s.store.(*model.Store); ok && ms != nil {
		s.saver = model.NewAutosaver(ms, opts.SaveDelay)
	}
	s.saves.savedRevision = s.set.Revision()
	s.saves.seenRevision = s.Revision()
	s.search.current = -1
	s.others.shown = -1
	return s
}

// Document is the open document.
func (s *Session) Document() *model.Document { return s.doc }

// Set is the user's annotations (read it; change it through the operations).
func (s *Session) Set() *model.AnnotationSet { return s.set }

// Labels are the label set keys 1-9 apply.
func (s *Session) Labels() *model.LabelSet { return s.labels }

// Store is where the annotations are saved (nil: in memory only).
func (s *Session) Store() Store { return s.store }

// Revision changes whenever the annotations change; views compare it to
// know when to rebuild what they derived from them.
func (s *Session) Revision() uint64 { return s.revBase + s.set.Revision() }

// Analysis is the finished analysis, or nil while none has arrived.
func (s *Session) Analysis() *model.Analysis { return s.analysis }

// SetAnalysis takes the finished analysis (or its error), once: it indexes
// the detections and the quotes. A second call with the same analysis
// changes nothing.
func (s *Session) SetAnalysis(a *model.Analysis, err error) {
	if err != nil {
		s.analysisErr = err
		return
	}
	if a == nil || a == s.analysis {
		return
	}
	s.analysis, s.analysisErr = a, nil
	s.detections = model.DetectionsOf(a)
	spans := make([]model.Span, len(s.detections))
	for i, d := range s.detections {
		spans[i] = d.Span
	}
	s.detIndex = model.NewSpanIndex(spans)
	s.quoteSpans = make([]model.Span, len(a.Quotes))
	for i, q := range a.Quotes {
		s.quoteSpans[i] = q.Span
	}
	s.quoteIndex = model.NewSpanIndex(s.quoteSpans)
	s.derived = derivedCache{}
	s.SetSpeakerFilter("")
}

// ExpectAnalysis says an analysis is on its way (started after the session
// was opened, as a corpus queue may do).
func (s *Session) ExpectAnalysis() { s.analysisWanted = true }

// AnalysisStatus says why there are no detections to show: "analysis
// failed", "no analysis", "analyzing…", or "" once the analysis is in.
func (s *Session) AnalysisStatus() string {
	switch {
	case s.analysisErr != nil:
		return "analysis failed"
	case s.analysis != nil:
		return ""
	case !s.analysisWanted:
		return "no analysis"
	}
	return "analyzing…"
}

// AnalysisError is why the analysis failed (nil when it did not).
func (s *Session) AnalysisError() error { return s.analysisErr }

// QuoteIndex is the interval index over the analysis's quotes (indices into
// Analysis().Quotes); empty before the analysis.
func (s *Session) QuoteIndex() model.SpanIndex { return s.quoteIndex }

// QuoteSpans are the analysis's quote spans in its own order.
func (s *Session) QuoteSpans() []model.Span { return s.quoteSpans }

// Detections are the analysis's quotes and promos sorted by span.
func (s *Session) Detections() []model.Detection { return s.detections }
