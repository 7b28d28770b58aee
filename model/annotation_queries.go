package model

import "iter"

// Queries over an AnnotationSet. None copies the set: each walks its span
// tree, so a view can ask for what is on screen, or page through the list,
// in O(log n + k) whatever the number of annotations.

// Sorted yields every annotation in All order (by Span.Start, Span.End, ID;
// orphans last, by ID). The set must not change during the walk.
func (s *AnnotationSet) Sorted() iter.Seq[Annotation] {
	return func(yield func(Annotation) bool) {
		stopped := false
		s.placed.ascend(func(a Annotation) bool {
			stopped = !yield(a)
			return !stopped
		})
		if !stopped {
			s.orphans.ascend(yield)
		}
	}
}

// At returns the annotation at position i (0 ≤ i < Len) of All order, in O(log n).
func (s *AnnotationSet) At(i int) Annotation {
	if n := s.placed.Len(); i >= n {
		return s.orphans.at(i - n)
	}
	return s.placed.at(i)
}

// Index returns the position of annotation id in All order, in O(log n), or
// -1 when there is none.
func (s *AnnotationSet) Index(id string) int {
	n, ok := s.byID[id]
	if !ok {
		return -1
	}
	if n.val.Orphan {
		return s.placed.Len() + s.orphans.rank(n.key)
	}
	return s.placed.rank(n.key)
}

// PlacedLen returns the number of annotations that have a place in the
// text (the orphans follow them in All order).
func (s *AnnotationSet) PlacedLen() int { return s.placed.Len() }

// ByLabel returns the annotations with label, in All order.
func (s *AnnotationSet) ByLabel(label string) []Annotation {
	out := make([]Annotation, 0, s.LabelLen(label))
	for a := range s.LabelSeq(label) {
		out = append(out, a)
	}
	return out
}

// Labels returns how many annotations carry each label (for filters and
// counts), in O(labels).
func (s *AnnotationSet) Labels() map[string]int {
	out := make(map[string]int, len(s.byLabel))
	for label, labelled := range s.byLabel {
		out[label] = labelled.Len()
	}
	return out
}

// LabelLen returns the number of annotations with label.
func (s *AnnotationSet) LabelLen(label string) int {
	if labelled := s.byLabel[label]; labelled != nil {
		return labelled.Len()
	}
	return 0
}

// LabelAt returns the annotation at position i (0 ≤ i < LabelLen) of the
// label's annotations in All order, in O(log n): a filtered list pages
// without building its rows.
func (s *AnnotationSet) LabelAt(label string, i int) Annotation {
	return s.byID[s.byLabel[label].at(i)].val
}

// LabelIndex returns the position of annotation id among the annotations
// of its label, in O(log n), or -1 when there is none.
func (s *AnnotationSet) LabelIndex(id string) int {
	n, ok := s.byID[id]
	if !ok {
		return -1
	}
	return s.byLabel[n.val.Label].rank(labelKey(&n.val))
}

// Orphans returns the annotations that could not be placed in the current text.
func (s *AnnotationSet) Orphans() []Annotation {
	out := make([]Annotation, 0, s.orphans.Len())
	s.orphans.ascend(func(a Annotation) bool {
		out = append(out, a)
		return true
	})
	return out
}

// Overlapping returns the placed annotations that share at least one byte
// with span (for highlighting and "what is under the cursor"), in All order.
func (s *AnnotationSet) Overlapping(span Span) []Annotation {
	var out []Annotation
	for a := range s.OverlappingSeq(span) {
		out = append(out, a)
	}
	return out
}

// OverlappingSeq yields the placed annotations that share at least one byte
// with span, in All order, without collecting them: O(log n + k).
func (s *AnnotationSet) OverlappingSeq(span Span) iter.Seq[Annotation] {
	return func(yield func(Annotation) bool) {
		s.placed.overlapping(span.Start, span.End, yield)
	}
}

// RejectionsOverlapping yields the rejections that share at least one byte
// with span, by position, in O(log r + k).
func (s *AnnotationSet) RejectionsOverlapping(span Span) iter.Seq[Rejection] {
	return func(yield func(Rejection) bool) {
		s.rejections.overlapping(span.Start, span.End, func(e rejectionEntry) bool {
			return yield(e.Rejection)
		})
	}
}
