package model

import (
	"errors"
	"fmt"
)

// ErrNotUnconfirmed is returned by Confirm for an annotation that is not
// waiting for the user to confirm a re-anchored place.
var ErrNotUnconfirmed = errors.New("annotation is not re-anchored (nothing to confirm)")

// NeedsReview returns the annotations whose place the user should check, for
// a review list: the re-anchored ones (shown where re-anchoring put them,
// unconfirmed) in text order, then the orphans (no place; Place puts them).
func (s *AnnotationSet) NeedsReview() []Annotation {
	var out []Annotation
	for a := range s.Sorted() { // orphans last; no copy of the whole set
		if a.Reanchored || a.Orphan {
			out = append(out, a)
		}
	}
	return out
}

// ReviewReason says why an annotation is in NeedsReview, for the review list.
type ReviewReason int

// Review reasons.
const (
	// ReviewNone: the annotation is placed and confirmed.
	ReviewNone ReviewReason = iota
	// ReviewContextChanged: re-anchored; the passage is the same, the text around it changed.
	ReviewContextChanged
	// ReviewTextChanged: re-anchored; the text now at its place differs from the stored passage.
	ReviewTextChanged
	// ReviewOrphan: no place was clearly right (see SuggestedPlace).
	ReviewOrphan
)

// String names the reason ("", "context changed", "text changed", "not found").
func (r ReviewReason) String() string {
	return [...]string{"", "context changed", "text changed", "not found"}[r]
}

// ReviewReasonOf says why a needs review (ReviewNone when it does not).
func (s *AnnotationSet) ReviewReasonOf(a Annotation) ReviewReason {
	switch {
	case a.Orphan:
		return ReviewOrphan
	case !a.Reanchored:
		return ReviewNone
	case ValidSpan(s.doc.Text, a.Span) && s.doc.Text[a.Span.Start:a.Span.End] == a.Text:
		return ReviewContextChanged
	}
	return ReviewTextChanged
}

// SuggestedPlace returns where re-anchoring would have put orphan id had it
// been sure — the text now between its intact stored prefix and suffix, or
// the best candidate that kept one whole side of its context — for a review
// list to offer (then Place(id, span)). ok is false when there is none or id
// is no longer an orphan.
func (s *AnnotationSet) SuggestedPlace(id string) (span Span, ok bool) {
	a, found := s.Get(id)
	span, ok = s.suggested[id]
	if !found || !a.Orphan || !ok || !ValidSpan(s.doc.Text, span) {
		return Span{}, false
	}
	return span, true
}

// Confirm accepts the place re-anchoring gave annotation id: its anchor
// (Text, Prefix, Suffix) becomes the text now at its span, and the next save
// stores that. It is one undo step; undo brings back the stored anchor.
func (s *AnnotationSet) Confirm(id string) error {
	old, ok := s.Get(id)
	switch {
	case !ok:
		return fmt.Errorf("%w: %s", ErrUnknownAnnotation, id)
	case !old.Reanchored || old.Orphan:
		return fmt.Errorf("%w: %s", ErrNotUnconfirmed, id)
	}
	return s.confirmAt(old, old.Span)
}

// ConfirmAll confirms every re-anchored annotation in one undo step and
// returns how many it confirmed.
func (s *AnnotationSet) ConfirmAll() int {
	var ops []annotationOp
	for _, old := range s.All() {
		if !old.Reanchored || old.Orphan {
			continue
		}
		a := old
		a.Reanchored = false
		if s.place(&a) != nil {
			continue // cannot happen for a set's own annotation; skip rather than fail
		}
		a.Updated = s.opts.Now()
		ops = append(ops, annotationOp{before: &old, after: &a})
	}
	if len(ops) > 0 {
		s.commit(change{annotations: ops})
	}
	return len(ops)
}

// Place puts annotation id (an orphan, a re-anchored annotation, or any other)
// at span and confirms it there: its anchor becomes the text at span. It is
// one undo step.
func (s *AnnotationSet) Place(id string, span Span) error {
	old, ok := s.Get(id)
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownAnnotation, id)
	}
	return s.confirmAt(old, span)
}

// confirmAt places old at span as confirmed (not orphan, not re-anchored).
func (s *AnnotationSet) confirmAt(old Annotation, span Span) error {
	a := old
	a.Span, a.Orphan, a.Reanchored = span, false, false
	if err := s.place(&a); err != nil {
		return err
	}
	if a == old {
		return nil
	}
	a.Updated = s.opts.Now()
	s.commit(change{annotations: []annotationOp{{before: &old, after: &a}}})
	return nil
}
