package model

import (
	"context"
)

// PendingAnchors are the saved annotations (and rejections) of a file that
// are not at their stored offsets in the current text: placing them needs a
// search. Run does that search without touching the annotation set, so it may
// run in a goroutine (a tea.Cmd) after the first frame; the set's owner then
// applies the outcome with Store.FinishReanchor (or AnnotationSet.applyPending).
type PendingAnchors struct {
	text       string
	runes      *RuneIndex
	records    []AnnotationRecord
	rejections []RejectionRecord
	placed     []Placement // per record, filled by Run
	rejPlaced  []Placement // per rejection, filled by Run
	done       bool
}

// Len returns how many annotations wait to be placed.
func (p *PendingAnchors) Len() int {
	if p == nil {
		return 0
	}
	return len(p.records)
}

// progressEvery is how many passages Run places between progress calls and
// cancellation checks.
const progressEvery = 256

// Run places every pending annotation and rejection. It reads only the
// document's text and the pending records, so it is safe to run while the
// annotation set is in use on another goroutine; it must run at most once.
// progress (may be nil) is called with (done, total) every few hundred
// passages and at the end. When ctx is cancelled Run returns ctx.Err() and
// the annotations stay pending (a save keeps them as they were stored).
func (p *PendingAnchors) Run(ctx context.Context, progress func(done, total int)) error {
	if p == nil || p.done {
		return nil
	}
	r := NewReanchorer(p.text, p.runes.Len())
	total := len(p.records) + len(p.rejections)
	p.placed = make([]Placement, len(p.records))
	p.rejPlaced = make([]Placement, len(p.rejections))
	for i := 0; i < total; i++ {
		if i%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				p.placed, p.rejPlaced = nil, nil
				return err
			}
			if progress != nil {
				progress(i, total)
			}
		}
		if i < len(p.records) {
			p.placed[i] = p.place(r, p.records[i])
			continue
		}
		rec := p.rejections[i-len(p.records)]
		p.rejPlaced[i-len(p.records)] = r.Place(Anchor{Text: rec.Text, Hint: p.hint(rec.TextRange, false)})
	}
	if progress != nil {
		progress(total, total)
	}
	p.done = true
	return nil
}

// place re-anchors one record. A record saved as re-anchored (not yet
// confirmed) counts as placed for good only where its whole stored anchor
// (text, prefix and suffix) is intact; elsewhere it stays unconfirmed.
func (p *PendingAnchors) place(r *Reanchorer, rec AnnotationRecord) Placement {
	a := Anchor{Text: rec.Text, Prefix: rec.Prefix, Suffix: rec.Suffix, Hint: p.hint(rec.TextRange, rec.Orphan)}
	pl := r.Place(a)
	if rec.Reanchored && (pl.Kind == MatchExact || pl.Kind == MatchMoved) && !wholeContextAt(p.text, pl.Span, a) {
		pl.Kind = MatchFuzzy
	}
	return pl
}

// hint converts a stored code-point range to the byte offset where the
// passage is expected, or -1 for an orphan (which has no position).
func (p *PendingAnchors) hint(r TextRange, orphan bool) int {
	if orphan || r.End <= r.Start {
		return -1
	}
	return p.runes.ByteOffset(r.Start)
}

// placedAtOffsets returns the span of a stored range when it still holds
// text exactly, so the passage needs no search.
func placedAtOffsets(doc *Document, r TextRange, text string) (Span, bool) {
	idx := doc.Runes()
	if r.End <= r.Start || r.End > idx.Len() {
		return Span{}, false
	}
	span := Span{idx.ByteOffset(r.Start), idx.ByteOffset(r.End)}
	return span, ValidSpan(doc.Text, span) && doc.Text[span.Start:span.End] == text
}

// restorePlaced builds the set of f's annotations that are at their stored
// offsets in doc, and returns the rest as pending. A record saved as
// re-anchored is pending unless its whole stored anchor is intact there.
func (f *AnnotationFile) restorePlaced(doc *Document, opts SetOptions) (*AnnotationSet, *PendingAnchors, ReanchorReport) {
	set := NewAnnotationSet(doc, opts)
	report := ReanchorReport{TextChanged: f.Document.SHA256 != doc.SHA256()}
	pending := &PendingAnchors{text: doc.Text, runes: doc.Runes()}
	for _, rec := range f.Annotations {
		if rec.Author == "" {
			rec.Author = set.opts.Author
		}
		span, ok := placedAtOffsets(doc, rec.TextRange, rec.Text)
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
		span, ok := placedAtOffsets(doc, rec.TextRange, rec.Text)
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

// applyPending adds the annotations and rejections that p placed (after a
// successful Run) to the set, as orphans where no place was clearly right,
// and counts them in report. It records no undo step; it does count as a
// change (Revision) so that views repaint.
func (s *AnnotationSet) applyPending(p *PendingAnchors, report *ReanchorReport) {
	if p == nil || !p.done {
		return
	}
	for i, rec := range p.records {
		if _, taken := s.byID[rec.ID]; taken {
			continue // the user made a tag with this ID meanwhile (vanishingly rare)
		}
		a, pl := rec.annotation(), p.placed[i]
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
	for i, rec := range p.rejections {
		if pl := p.rejPlaced[i]; pl.Kind == MatchNone {
			report.DroppedRejections++
		} else {
			s.addRestoredRejection(rec.Kind, pl.Span, seen, report)
		}
	}
	p.records, p.rejections = nil, nil
	s.sorted = nil
	s.revision++
}

// withPending adds the records still pending to f as they were stored (so a
// save before re-anchoring finishes loses nothing and rewrites no anchor),
// marked re-anchored since their offsets are not checked against f's text.
func (p *PendingAnchors) withPending(f *AnnotationFile) *AnnotationFile {
	if p == nil {
		return f
	}
	for _, rec := range p.records {
		if !rec.Orphan {
			rec.Reanchored = true
		}
		f.Annotations = append(f.Annotations, rec)
	}
	f.Rejections = append(f.Rejections, p.rejections...)
	return f
}

// Pending returns the saved annotations not placed yet (only with
// StoreOptions.DeferReanchor; nil or empty otherwise). Run it off the UI
// goroutine, then call FinishReanchor.
func (s *Store) Pending() *PendingAnchors { return s.pending }

// FinishReanchor adds what Pending().Run placed to the set (call it on the
// set's goroutine after Run returned nil) and returns the whole report, as
// Report does from then on. The next Save writes the re-anchored state.
func (s *Store) FinishReanchor() ReanchorReport {
	if s.pending != nil && s.pending.done {
		had := s.pending.Len() > 0
		s.set.applyPending(s.pending, &s.report)
		s.pending = nil
		s.dirty = s.dirty || had
	}
	return s.report
}
