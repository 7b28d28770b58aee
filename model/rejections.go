package model

import "fmt"

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
	for _, r := range s.rejections {
		if r.Kind == kind && r.Span == span {
			s.commit(change{rejections: []rejectionOp{{rejection: r}}})
			return
		}
	}
}

// IsRejected reports whether the detection of kind at span was rejected.
func (s *AnnotationSet) IsRejected(kind DetectionKind, span Span) bool {
	for _, r := range s.rejections {
		if r.Kind == kind && r.Span == span {
			return true
		}
	}
	return false
}

// Rejections returns the rejected detections in the order they were rejected.
func (s *AnnotationSet) Rejections() []Rejection {
	return append([]Rejection(nil), s.rejections...)
}
