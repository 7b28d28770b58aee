package model

import (
	"context"
	"runtime"
	"sync"
)

// PendingAnchors is the second step of opening an annotation file: decoding
// it, checking the text's identity, placing the annotations at their stored
// offsets and re-anchoring the rest. Run does it into a set of its own, so it may run in a
// goroutine (a tea.Cmd) after the first frame while the store's set is in use;
// Store.FinishReanchor, on the set's goroutine, then adds the outcome.
type PendingAnchors struct {
	mu    sync.Mutex
	store *Store // whose disk state Run fills in when it reads the file
	doc   *Document
	opts  SetOptions
	// read is the file's bytes: read by Run (OpenStore only saw that a
	// file is there), dropped by FinishReanchor.
	read sidecarRead
	// Filled by Run:
	set      *AnnotationSet
	report   ReanchorReport
	err      error // the file could not be read, or decoded (*CorruptSidecarError)
	done     bool
	finished bool // FinishReanchor applied the outcome
}

// Waiting reports whether there is still something to place (false once
// FinishReanchor applied it).
func (p *PendingAnchors) Waiting() bool {
	if p == nil {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return !p.finished
}

// progressEvery is how many passages Run places between progress calls and
// cancellation checks.
const progressEvery = 256

// Run reads the sidecar (the deferred read) and places every saved
// annotation and rejection. It touches only the document (text, rune
// index), the file and the pending state under its own lock, never the
// store's set, so it is safe to run while the set is in use on another
// goroutine; calls are
// serialised and a finished Run is not repeated. progress (may be nil) is
// called with (done, total) every few hundred passages and at the end. When
// ctx is cancelled Run returns ctx.Err() and nothing is placed (a later Run,
// or the store's next Save, starts again). A file that cannot be decoded is
// returned as a *CorruptSidecarError (FinishReanchor makes the store read-only).
func (p *PendingAnchors) Run(ctx context.Context, progress func(done, total int)) error {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done || p.finished {
		return p.err
	}
	if p.read.data == nil {
		read, err := p.store.readDeferred()
		if err != nil || read.data == nil { // unreadable, or gone since OpenStore looked
			p.err, p.done = err, true
			return err
		}
		p.read = read
	}
	rd, err := p.read.decode()
	if err != nil {
		p.err, p.done = err, true
		return err
	}
	// The document's caches (SHA256, Runes) are safe to fill from any
	// goroutine; the store's writer shares them.
	id := textIdentity{sha256: p.doc.SHA256(), runes: p.doc.Runes()}
	set, report, err := rd.file.restore(ctx, p.doc, id, p.opts, progress)
	if err != nil {
		return err
	}
	p.set, p.report, p.done = set, report, true
	return nil
}

// mergeRestored adds the annotations and rejections of restored (a set
// built by Run) to s, keeping what the user did meanwhile. It goes through
// apply like any change (so indexes and a background saver's journal see
// it) but records no undo step: restoring is not the user's doing.
func (s *AnnotationSet) mergeRestored(restored *AnnotationSet) {
	if len(s.byID) == 0 && s.rejections.Len() == 0 {
		s.adopt(restored)
		return
	}
	var c change
	for _, a := range restored.All() {
		if _, taken := s.Get(a.ID); taken { // a new tag with the same ID: vanishingly rare
			continue
		}
		c.annotations = append(c.annotations, annotationOp{after: &a})
		if span, ok := restored.suggested[a.ID]; ok {
			s.suggest(a.ID, span)
		}
	}
	for _, r := range restored.Rejections() {
		if !s.IsRejected(r.Kind, r.Span) {
			c.rejections = append(c.rejections, rejectionOp{rejection: r, add: true})
		}
	}
	s.apply(c)
}

// adopt is mergeRestored into a set that holds nothing yet (the user did
// nothing meanwhile, the usual case): restored's trees become s's, so no
// annotation is copied, and the change the journal and the change log see
// points at the adopted values. restored must not be used afterwards.
func (s *AnnotationSet) adopt(restored *AnnotationSet) {
	s.byID, s.placed, s.orphans, s.byLabel = restored.byID, restored.placed, restored.orphans, restored.byLabel
	s.rejections, s.rejectSeq = restored.rejections, restored.rejectSeq
	for id, span := range restored.suggested {
		s.suggest(id, span)
	}
	values := s.values()
	ops := make([]annotationOp, len(values))
	for i, a := range values {
		ops[i].after = a
	}
	s.changed(change{annotations: ops})
}

// Pending returns the second step of opening (only with
// StoreOptions.DeferReanchor; nil otherwise, and once finished). Run it off
// the UI goroutine, then call FinishReanchor.
func (s *Store) Pending() *PendingAnchors { return s.pending }

// FinishReanchor adds what Pending().Run placed to the set (call it on the
// set's goroutine after Run returned; it runs Run itself if that has not
// happened) and returns the whole report, as Report does from then on. The
// next Save writes the re-anchored state. The error is non-nil when the file
// could not be read or decoded: the store is then read-only (ReadOnly, Save say so)
// and the file is left untouched, as OpenStore does without DeferReanchor.
func (s *Store) FinishReanchor() (ReanchorReport, error) {
	p := s.pending
	if p == nil {
		return s.report, nil
	}
	_ = p.Run(context.Background(), nil) // a no-op when it already ran
	p.mu.Lock()
	defer p.mu.Unlock()
	s.pending = nil
	read := len(p.read.data)
	p.read.data, p.finished = nil, true
	if p.err != nil {
		s.setReadOnly(bothErrors(s.ReadOnly(), p.err))
		return s.report, p.err
	}
	s.mu.Lock()
	clean := s.set.Revision() == s.saved
	s.mu.Unlock()
	if p.set != nil { // nil when the file was gone by the time Run looked
		s.set.mergeRestored(p.set)
		s.report = p.report
	}
	s.mu.Lock() // a background save may be reading dirty
	if clean {  // placing what the file holds is no change of the user's (UnsavedChanges)
		s.saved = s.set.Revision()
	}
	s.dirty = s.dirty || p.report.TextChanged // as OpenStore without DeferReanchor
	s.mu.Unlock()
	p.set = nil
	if read >= collectAfterPlacing {
		// The file's bytes and its decoded records were live at the last
		// collection, and the collector lets the heap grow to twice what
		// was live before the next one: with 100,000 tags (60 MB of file)
		// the reader then peaked at ~430 MB instead of ~330 MB. Collect
		// now, off this goroutine, so the next goal is set by what stays.
		go runtime.GC()
	}
	return s.report, nil
}

// collectAfterPlacing is the sidecar size from which placing its tags is
// followed by a collection.
const collectAfterPlacing = 8 << 20
