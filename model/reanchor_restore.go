package model

import "context"

// unplaced is what the first, cheap step of restoring leaves to search for:
// the records not at their stored offsets in text.
type unplaced struct {
	text       string
	runes      *RuneIndex
	records    []AnnotationRecord
	rejections []RejectionRecord
}

// restore builds the set of f's annotations on doc: those at their stored
// offsets first, then the others re-anchored. progress and ctx are as for
// PendingAnchors.Run.
func (f *AnnotationFile) restore(ctx context.Context, doc *Document, id textIdentity, opts SetOptions, progress func(done, total int)) (*AnnotationSet, ReanchorReport, error) {
	set, rest, report := f.restorePlaced(doc, id, opts)
	r := NewReanchorer(rest.text)
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
			rec.Author = set.author()
		}
		span, ok := placedAtOffsets(doc.Text, id.runes, rec.TextRange, rec.Text)
		if ok && !rec.Orphan && (!rec.Reanchored || wholeContextAt(doc.Text, span, Anchor{Prefix: rec.Prefix, Suffix: rec.Suffix})) {
			a := rec.annotation()
			a.Orphan, a.Reanchored, a.Span = false, false, span
			a.Text, a.Prefix, a.Suffix = QuoteContext(doc.Text, span)
			restoreLinks(doc, id.runes, &rec, &a)
			set.put(a)
			report.count(a.ID, MatchExact)
			continue
		}
		pending.records = append(pending.records, rec)
	}
	for _, rec := range f.Rejections {
		span, ok := placedAtOffsets(doc.Text, id.runes, rec.TextRange, rec.Text)
		if !ok {
			pending.rejections = append(pending.rejections, rec)
			continue
		}
		set.addRestoredRejection(rec.Kind, span, &report)
	}
	return set, pending, report
}

// addRestoredRejection adds a restored rejection unless one of the same kind
// and span is already there (then it counts as dropped).
func (s *AnnotationSet) addRestoredRejection(kind DetectionKind, span Span, report *ReanchorReport) {
	if s.IsRejected(kind, span) {
		report.DroppedRejections++
		return
	}
	s.putRejection(Rejection{Kind: kind, Span: span, Text: s.doc.Text[span.Start:span.End]})
}

// suggest records where re-anchoring would put orphan id (SuggestedPlace).
func (s *AnnotationSet) suggest(id string, span Span) {
	if s.suggested == nil {
		s.suggested = map[string]Span{}
	}
	s.suggested[id] = span
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
			if pl.Suggestion != (Span{}) {
				s.suggest(a.ID, pl.Suggestion)
			}
		case MatchFuzzy:
			a.Span = pl.Span // shown there; Text, Prefix and Suffix stay as stored
		default:
			a.Span = pl.Span
			a.Text, a.Prefix, a.Suffix = QuoteContext(s.doc.Text, pl.Span)
		}
		restoreLinks(s.doc, rest.runes, &rec, &a)
		s.put(a)
		report.count(a.ID, pl.Kind)
	}
	for i, rec := range rest.rejections {
		if pl := placed[len(rest.records)+i]; pl.Kind == MatchNone {
			report.DroppedRejections++
		} else {
			s.addRestoredRejection(rec.Kind, pl.Span, report)
		}
	}
}
