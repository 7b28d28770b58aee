package model

import (
	"cmp"
	"fmt"
	"slices"
)

// Reject records that the user rejected the automatic detection of kind at
// span, so it stays hidden on reopen. Rejecting twice is a no-op.
func (s *AnnotationSet) Reject(kind DetectionKind, span Span) error {
	if !ValidSpan(s.doc.Text, span) {
		return fmt.Errorf("%w: [%d,%d)", ErrInvalidSpan, span.Start, span.End)
	}
	if s.IsRejected(kind, span) {
		return nil
	}
	r := Rejection{Kind: kind, Span: span, Text: s.doc.Text[span.Start:span.End]}
	s.commit(change{rejections: []rejectionOp{{rejection: r, add: true}}})
	return nil
}

// Unreject forgets the rejection of kind at span (a no-op when there is none).
func (s *AnnotationSet) Unreject(kind DetectionKind, span Span) {
	if e, ok := s.rejection(kind, span); ok {
		s.commit(change{rejections: []rejectionOp{{rejection: e.Rejection}}})
	}
}

// IsRejected reports whether the detection of kind at span was rejected, in O(log r).
func (s *AnnotationSet) IsRejected(kind DetectionKind, span Span) bool {
	_, ok := s.rejection(kind, span)
	return ok
}

// rejection finds the rejection of kind at span.
func (s *AnnotationSet) rejection(kind DetectionKind, span Span) (rejectionEntry, bool) {
	key := rejectionKey(kind, span)
	i := s.rejections.rank(key)
	if i < s.rejections.Len() {
		if e := s.rejections.at(i); e.Kind == kind && e.Span == span {
			return e, true
		}
	}
	return rejectionEntry{}, false
}

// rejectionKey is where the rejection of kind at span sits in the set's order.
func rejectionKey(kind DetectionKind, span Span) spanKey {
	return spanKey{start: span.Start, end: span.End, tie: string(kind)}
}

// putRejection stores r, which must not be in the set yet.
func (s *AnnotationSet) putRejection(r Rejection) {
	s.rejectSeq++
	s.rejections.insert(rejectionKey(r.Kind, r.Span), rejectionEntry{Rejection: r, seq: s.rejectSeq})
}

// Rejections returns the rejected detections in the order they were rejected.
func (s *AnnotationSet) Rejections() []Rejection {
	entries := make([]rejectionEntry, 0, s.rejections.Len())
	s.rejections.ascend(func(e rejectionEntry) bool {
		entries = append(entries, e)
		return true
	})
	slices.SortFunc(entries, func(a, b rejectionEntry) int { return cmp.Compare(a.seq, b.seq) })
	out := make([]Rejection, len(entries))
	for i, e := range entries {
		out[i] = e.Rejection
	}
	return out
}
