package model

import (
	"context"
	"sync"
)

// PendingAnchors is the second step of opening an annotation file: decoding
// it, checking the text's identity, placing the annotations at their stored
// offsets and re-anchoring the rest. Run does it into a set of its own, so it may run in a
// goroutine (a tea.Cmd) after the first frame while the store's set is in use;
// Store.FinishReanchor, on the set's goroutine, then adds the outcome.
type PendingAnchors struct {
	mu   sync.Mutex
	read sidecarRead // the file's bytes, as read by OpenStore
	doc  *Document
	opts SetOptions
	// Filled by Run:
	set    *AnnotationSet
	report ReanchorReport
	err    error // a *CorruptSidecarError: the file could not be decoded
	done   bool
}

// unplaced is what the first, cheap step of restoring leaves to search for:
// the records not at their stored offsets in text.
type unplaced struct {
	text       string
	runes      *RuneIndex
	records    []AnnotationRecord
	rejections []RejectionRecord
}

// Waiting reports whether there is still something to place (false once
// FinishReanchor applied it).
func (p *PendingAnchors) Waiting() bool {
	if p == nil {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.read.data != nil
}

// progressEvery is how many passages Run places between progress calls and
// cancellation checks.
const progressEvery = 256

// Run places every saved annotation and rejection. It reads only the
// document (text, rune index) and the decoded file, so it is safe to run
// while the store's set is in use on another goroutine; calls are
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
	if p.done || p.read.data == nil {
		return p.err
	}
	rd, err := p.read.decode()
	if err != nil {
		p.err, p.done = err, true
		return err
	}
	// The document's own caches (SHA256, Runes) are filled lazily and not
	// safe to fill from here while the UI reads them: compute private copies.
	id := textIdentity{sha256: TextSHA256(p.doc.Text), runes: NewRuneIndex(p.doc.Text)}
	set, report, err := rd.file.restore(ctx, p.doc, id, p.opts, progress)
	if err != nil {
		return err
	}
	p.set, p.report, p.done = set, report, true
	return nil
}

// restore builds the set of f's annotations on doc: those at their stored
// offsets first, then the others re-anchored. progress and ctx are as for
// PendingAnchors.Run.
func (f *AnnotationFile) restore(ctx context.Context, doc *Document, id textIdentity, opts SetOptions, progress func(done, total int)) (*AnnotationSet, ReanchorReport, error) {
	set, rest, report := f.restorePlaced(doc, id, opts)
	r := NewReanchorer(rest.text, rest.runes.Len())
	total := len(rest.records) + len(rest.rejections)
	placed := make([]Placement, total)
	for i := range placed {
		if i%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ReanchorReport{}, err
			}
			if progress != nil {
				progress(i, total)
			}
		}
		if i < len(rest.records) {
			placed[i] = rest.place(r, rest.records[i])
			continue
		}
		rec := rest.rejections[i-len(rest.records)]
		placed[i] = r.Place(Anchor{Text: rec.Text, Hint: rest.hint(rec.TextRange, false)})
	}
	set.applyPlacements(rest, placed, &report)
	if progress != nil {
		progress(total, total)
	}
	return set, report, nil
}

// place re-anchors one record. A record saved as re-anchored (not yet
// confirmed) counts as placed for good only where its whole stored anchor
// (text, prefix and suffix) is intact; elsewhere it stays unconfirmed.
func (p *unplaced) place(r *Reanchorer, rec AnnotationRecord) Placement {
	a := Anchor{Text: rec.Text, Prefix: rec.Prefix, Suffix: rec.Suffix, Hint: p.hint(rec.TextRange, rec.Orphan)}
	pl := r.Place(a)
	if rec.Reanchored && (pl.Kind == MatchExact || pl.Kind == MatchMoved) && !wholeContextAt(p.text, pl.Span, a) {
		pl.Kind = MatchFuzzy
	}
	return pl
}

// hint converts a stored code-point range to the byte offset where the
// passage is expected, or -1 for an orphan (which has no position).
func (p *unplaced) hint(r TextRange, orphan bool) int {
	if orphan || r.End <= r.Start {
		return -1
	}
	return p.runes.ByteOffset(r.Start)
}

// textIdentity is a document's SHA-256 and rune index, as restoring uses them.
type textIdentity struct {
	sha256 string
	runes  *RuneIndex
}

// identityOf returns doc's cached identity (on the document's goroutine only).
func identityOf(doc *Document) textIdentity {
	return textIdentity{sha256: doc.SHA256(), runes: doc.Runes()}
}

// placedAtOffsets returns the span of a stored range when it still holds
// text exactly, so the passage needs no search.
func placedAtOffsets(text string, idx *RuneIndex, r TextRange, passage string) (Span, bool) {
	if r.End <= r.Start || r.End > idx.Len() {
		return Span{}, false
	}
	span := Span{idx.ByteOffset(r.Start), idx.ByteOffset(r.End)}
	return span, ValidSpan(text, span) && text[span.Start:span.End] == passage
}

// restorePlaced builds the set of f's annotations that are at their stored
// offsets in doc, and returns the rest to search for. A record saved as
// re-anchored is pending unless its whole stored anchor is intact there.
func (f *AnnotationFile) restorePlaced(doc *Document, id textIdentity, opts SetOptions) (*AnnotationSet, *unplaced, ReanchorReport) {
	set := NewAnnotationSet(doc, opts)
	report := ReanchorReport{TextChanged: f.Document.SHA256 != id.sha256}
	pending := &unplaced{text: doc.Text, runes: id.runes}
	for _, rec := range f.Annotations {
		if rec.Author == "" {
			rec.Author = set.opts.Author
		}
		span, ok := placedAtOffsets(doc.Text, id.runes, rec.TextRange, rec.Text)
		if ok && !rec.Orphan && (!rec.Reanchored || wholeContextAt(doc.Text, span, Anchor{Prefix: rec.Prefix, Suffix: rec.Suffix})) {
			a := rec.annotation()
			a.Orphan, a.Reanchored, a.Span = false, false, span
			a.Text, a.Prefix, a.Suffix = QuoteContext(doc.Text, span)
			set.byID[a.ID] = a
			report.count(a.ID, MatchExact)
			continue
		}
		pending.records = append(pending.records, rec)
	}
	rejected := map[rejectionKey]bool{}
	for _, rec := range f.Rejections {
		span, ok := placedAtOffsets(doc.Text, id.runes, rec.TextRange, rec.Text)
		if !ok {
			pending.rejections = append(pending.rejections, rec)
			continue
		}
		set.addRestoredRejection(rec.Kind, span, rejected, &report)
	}
	return set, pending, report
}

// rejectionKey identifies a rejection (kind and span) for de-duplication.
type rejectionKey struct {
	kind DetectionKind
	span Span
}

// addRestoredRejection adds a restored rejection unless one of the same kind
// and span is already there (then it counts as dropped).
func (s *AnnotationSet) addRestoredRejection(kind DetectionKind, span Span, seen map[rejectionKey]bool, report *ReanchorReport) {
	k := rejectionKey{kind, span}
	if seen[k] {
		report.DroppedRejections++
		return
	}
	seen[k] = true
	s.rejections = append(s.rejections, Rejection{Kind: kind, Span: span, Text: s.doc.Text[span.Start:span.End]})
}

// applyPlacements adds the records of rest, placed as placed says (records
// first, then rejections), to the set: as orphans where no place was clearly
// right, re-anchored (stored anchor kept) where the passage or its context
// changed. It counts them in report.
func (s *AnnotationSet) applyPlacements(rest *unplaced, placed []Placement, report *ReanchorReport) {
	for i, rec := range rest.records {
		a, pl := rec.annotation(), placed[i]
		a.Orphan, a.Reanchored = pl.Kind == MatchNone, pl.Kind == MatchFuzzy
		switch pl.Kind {
		case MatchNone:
			a.Span = Span{}
		case MatchFuzzy:
			a.Span = pl.Span // shown there; Text, Prefix and Suffix stay as stored
		default:
			a.Span = pl.Span
			a.Text, a.Prefix, a.Suffix = QuoteContext(s.doc.Text, pl.Span)
		}
		s.byID[a.ID] = a
		report.count(a.ID, pl.Kind)
	}
	seen := map[rejectionKey]bool{}
	for _, r := range s.rejections {
		seen[rejectionKey{r.Kind, r.Span}] = true
	}
	for i, rec := range rest.rejections {
		if pl := placed[len(rest.records)+i]; pl.Kind == MatchNone {
			report.DroppedRejections++
		} else {
			s.addRestoredRejection(rec.Kind, pl.Span, seen, report)
		}
	}
	s.sorted = nil
}

// mergeRestored adds the annotations and rejections of restored (a set
// built by Run) to s, keeping what the user did meanwhile. It records no
// undo step; it counts as a change (Revision) so that views repaint.
func (s *AnnotationSet) mergeRestored(restored *AnnotationSet) {
	for id, a := range restored.byID {
		if _, taken := s.byID[id]; !taken { // a new tag with the same ID: vanishingly rare
			s.byID[id] = a
		}
	}
	seen := map[rejectionKey]bool{}
	for _, r := range s.rejections {
		seen[rejectionKey{r.Kind, r.Span}] = true
	}
	for _, r := range restored.rejections {
		if !seen[rejectionKey{r.Kind, r.Span}] {
			s.rejections = append(s.rejections, r)
		}
	}
	s.sorted = nil
	s.revision++
}

// Pending returns the second step of opening (only with
// StoreOptions.DeferReanchor; nil otherwise, and once finished). Run it off
// the UI goroutine, then call FinishReanchor.
func (s *Store) Pending() *PendingAnchors { return s.pending }

// FinishReanchor adds what Pending().Run placed to the set (call it on the
// set's goroutine after Run returned; it runs Run itself if that has not
// happened) and returns the whole report, as Report does from then on. The
// next Save writes the re-anchored state. The error is non-nil when the file
// could not be decoded: the store is then read-only (ReadOnly, Save say so)
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
	p.read.data = nil
	if p.err != nil {
		s.readOnly = bothErrors(s.readOnly, p.err)
		return s.report, p.err
	}
	s.set.mergeRestored(p.set)
	s.report = p.report
	s.dirty = s.dirty || p.report.TextChanged || p.report.Moved+p.report.Fuzzy+p.report.Orphaned > 0
	p.set = nil
	return s.report, nil
}
