package session

import (
	"github.com/annotty/annotty/model"
)

// The review list: tags re-anchoring placed without being sure (shown at
// their new place, unconfirmed) and orphans (no place was clearly right).
// Their stored anchor stays as the user last confirmed it until Confirm,
// ConfirmAll or Place; each is one undo step.

// reviewCache is the review list, rebuilt when a change touches a tag in
// it (or one that joins it); other changes leave it as it is.
type reviewCache struct {
	list     []model.Annotation
	orphans  int    // how many of list are orphans (they come last)
	revision uint64 // of the set it was made from (replaceSet empties the cache)
	fresh    bool
}

// Review lists the tags to check: the re-anchored ones in text order, then
// the orphans (do not modify the slice).
func (s *Session) Review() []model.Annotation { return s.reviewList().list }

// ReviewCounts says how many tags of the review list are re-anchored and
// how many are orphans.
func (s *Session) ReviewCounts() (reanchored, orphans int) {
	c := s.reviewList()
	return len(c.list) - c.orphans, c.orphans
}

// reviewList is the review list of the current revision.
func (s *Session) reviewList() *reviewCache {
	c := &s.review
	if c.fresh && c.revision == s.set.Revision() {
		return c
	}
	if c.fresh && !changesTouchReview(s.set, c.revision) {
		c.revision = s.set.Revision()
		return c
	}
	*c = reviewCache{list: s.set.NeedsReview(), revision: s.set.Revision(), fresh: true}
	for _, a := range c.list {
		if a.Orphan {
			c.orphans++
		}
	}
	return c
}

// changesTouchReview reports whether the changes to set since revision rev
// may have changed its review list: they touched a re-anchored or orphaned
// tag, or the set no longer remembers them.
func changesTouchReview(set *model.AnnotationSet, rev uint64) bool {
	changes, _, ok := set.ChangedSince(rev)
	if !ok {
		return true
	}
	for before, after := range changes {
		for _, a := range [2]*model.Annotation{before, after} {
			if a != nil && (a.Reanchored || a.Orphan) {
				return true
			}
		}
	}
	return false
}

// ReviewReason says why a is in the review list ("context changed", "text
// changed", "not found").
func (s *Session) ReviewReason(a model.Annotation) string { return s.set.ReviewReasonOf(a).String() }

// ReviewPlace is where a review row points: a re-anchored tag's place, an
// orphan's suggested place; ok is false for an orphan without a suggestion.
func (s *Session) ReviewPlace(a model.Annotation) (span model.Span, ok bool) {
	if a.Orphan {
		return s.set.SuggestedPlace(a.ID)
	}
	return a.Span, true
}

// Confirm accepts the place re-anchoring gave tag id (for an orphan: its
// suggested place), so its stored anchor becomes the text there.
func (s *Session) Confirm(id string) Outcome {
	a, o, ok := s.writableTag(id)
	switch {
	case !ok:
		return o
	case a.Orphan:
		span, ok := s.set.SuggestedPlace(id)
		if !ok {
			return refused("no place to confirm: select the text in the article and press the place key")
		}
		return s.Place(id, span)
	case !a.Reanchored:
		return refused("this tag's place is already confirmed")
	}
	if err := s.set.Confirm(id); err != nil {
		return failed("cannot confirm", err)
	}
	return changed("confirmed " + a.Label + " at “" + Excerpt(s.doc.Text[a.Span.Start:a.Span.End], excerptWords) + "”")
}

// ConfirmAll confirms every re-anchored tag in one undo step (orphans stay).
func (s *Session) ConfirmAll() Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	n := s.set.ConfirmAll()
	if n == 0 {
		return refused("no re-anchored tags to confirm")
	}
	return changed("confirmed " + Count(n, "re-anchored tag"))
}

// Place puts tag id at span and confirms it there.
func (s *Session) Place(id string, span model.Span) Outcome {
	a, o, ok := s.writableTag(id)
	switch {
	case !ok:
		return o
	case span.Len() == 0 || !model.ValidSpan(s.doc.Text, span):
		return refused("select the text to place it at first (visual mode, then the motions)")
	}
	if err := s.set.Place(id, span); err != nil {
		return failed("cannot place", err)
	}
	return changed("placed " + a.Label + " at “" + Excerpt(s.doc.Text[span.Start:span.End], excerptWords) + "”")
}
