package session

import "github.com/annotty/annotty/model"

// placedTags appends to dst the tags of all that are placed (not orphans),
// in all's order, and indexes their spans.
func placedTags(dst, all []model.Annotation) ([]model.Annotation, model.SpanIndex) {
	for _, a := range all {
		if !a.Orphan {
			dst = append(dst, a)
		}
	}
	spans := make([]model.Span, len(dst))
	for i, a := range dst {
		spans[i] = a.Span
	}
	return dst, model.NewSpanIndex(spans)
}

// TagsOverlapping calls fn with every placed tag overlapping [start, end),
// in start order. It walks the set's span tree (O(log n + k)): nothing is
// copied or rebuilt when the set changes, so a tag or an undo with 100,000
// tags costs what it costs with one.
func (s *Session) TagsOverlapping(start, end int, fn func(model.Annotation)) {
	for a := range s.set.OverlappingSeq(model.Span{Start: start, End: end}) {
		fn(a)
	}
}

// TagAt returns the tag the cursor at off acts on: among the tags
// containing off, the innermost (shortest), and of equal length the most
// recently updated. ok is false when none contains off.
func (s *Session) TagAt(off int) (model.Annotation, bool) {
	best, found := model.Annotation{}, false
	s.TagsOverlapping(off, off+1, func(a model.Annotation) {
		if !found || a.Span.Len() < best.Span.Len() ||
			(a.Span.Len() == best.Span.Len() && a.Updated.After(best.Updated)) {
			best, found = a, true
		}
	})
	return best, found
}

// TagsAt counts the tags containing off.
func (s *Session) TagsAt(off int) int {
	n := 0
	s.TagsOverlapping(off, off+1, func(model.Annotation) { n++ })
	return n
}

// Reviewed reports whether the user dealt with detection d: rejected it,
// accepted it, or tagged its passage with its label by hand.
func (s *Session) Reviewed(d model.Detection) bool {
	if s.set.Reviewed(d) {
		return true
	}
	covered := false
	s.TagsOverlapping(d.Span.Start, d.Span.End, func(a model.Annotation) {
		covered = covered || a.Label == d.Label()
	})
	return covered
}

// DetectionAt returns the innermost unreviewed detection containing off.
func (s *Session) DetectionAt(off int) (model.Detection, bool) {
	best, found := model.Detection{}, false
	s.detIndex.Containing(off, func(i int) {
		d := s.detections[i]
		if (!found || d.Span.Len() < best.Span.Len()) && !s.Reviewed(d) {
			best, found = d, true
		}
	})
	return best, found
}

// DetectionsAt returns every detection containing off, reviewed or not.
func (s *Session) DetectionsAt(off int) []model.Detection {
	var out []model.Detection
	s.detIndex.Containing(off, func(i int) { out = append(out, s.detections[i]) })
	return out
}

// Target is what a review key acts on: an unreviewed detection, or one of
// the user's tags (by ID).
type Target struct {
	Detection    *model.Detection
	AnnotationID string
}

// Valid reports whether the target names something.
func (t Target) Valid() bool { return t.Detection != nil || t.AnnotationID != "" }

// TargetAt picks the review target at off: an unreviewed detection first,
// else the tag there.
func (s *Session) TargetAt(off int) Target {
	if d, ok := s.DetectionAt(off); ok {
		return Target{Detection: &d}
	}
	if a, ok := s.TagAt(off); ok {
		return Target{AnnotationID: a.ID}
	}
	return Target{}
}

// FixTarget is what fixing a span to sel acts on: the target under the
// cursor, else under the selection's start, else the unreviewed detection
// or tag that overlaps the selection most.
func (s *Session) FixTarget(cursor int, sel model.Span) Target {
	if t := s.TargetAt(cursor); t.Valid() {
		return t
	}
	if t := s.TargetAt(sel.Start); t.Valid() {
		return t
	}
	overlap := func(x model.Span) int { return min(x.End, sel.End) - max(x.Start, sel.Start) }
	best, most := Target{}, 0
	s.detIndex.Overlapping(sel.Start, sel.End, func(i int) {
		d := s.detections[i]
		if n := overlap(d.Span); n > most && !s.Reviewed(d) {
			best, most = Target{Detection: &d}, n
		}
	})
	s.TagsOverlapping(sel.Start, sel.End, func(a model.Annotation) {
		if n := overlap(a.Span); n > most {
			best, most = Target{AnnotationID: a.ID}, n
		}
	})
	return best
}
