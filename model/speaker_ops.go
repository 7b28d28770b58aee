package model

import (
	"errors"
	"fmt"
	"strings"
)

// Errors of the speaker operations.
var (
	ErrEmptySpeaker   = errors.New("speaker name is empty")
	ErrUnknownSpeaker = errors.New("no such speaker in this article")
)

// RenameSpeaker gives every quote of speaker from the name to, for the whole
// article, as one undo step: annotations whose speaker is from are updated,
// and the quotes the analysis a attributes to from that the user has not
// reviewed yet are accepted with the new name (source edited), so that the
// change is recorded in the annotations. It returns how many quotes changed.
// Renaming into the name of another speaker merges the two (MergeSpeakers).
func (s *AnnotationSet) RenameSpeaker(a *Analysis, from, to string) (int, error) {
	to = strings.TrimSpace(to)
	if to == "" {
		return 0, ErrEmptySpeaker
	}
	if from == to {
		return 0, nil
	}
	return s.speakerChange(a, from, func(x *Annotation) { x.Speaker = to })
}

// MergeSpeakers folds speaker from into speaker into (two names the detector
// kept apart for one person): every quote of from becomes a quote of into, as
// RenameSpeaker does. Both must be speakers of the article (in a or in the
// annotations).
func (s *AnnotationSet) MergeSpeakers(a *Analysis, from, into string) (int, error) {
	for _, name := range []string{from, into} {
		if !s.hasSpeaker(a, name) {
			return 0, fmt.Errorf("%w: %q", ErrUnknownSpeaker, name)
		}
	}
	return s.RenameSpeaker(a, from, into)
}

// AcceptSpeaker accepts, as one undo step, every quote of speaker name that
// the user has not reviewed yet, and returns how many it accepted.
func (s *AnnotationSet) AcceptSpeaker(a *Analysis, name string) (int, error) {
	if !s.hasSpeaker(a, name) {
		return 0, fmt.Errorf("%w: %q", ErrUnknownSpeaker, name)
	}
	var c change
	if err := s.acceptQuotesOf(&c, a, name, nil); err != nil {
		return 0, err
	}
	return s.commitIfAny(c), nil
}

// speakerChange applies edit to every annotation whose speaker is from and to
// the unreviewed quotes of from (accepting them), as one undo step.
func (s *AnnotationSet) speakerChange(a *Analysis, from string, edit func(*Annotation)) (int, error) {
	var c change
	now := s.opts.Now()
	for _, old := range s.All() {
		if old.Speaker != from {
			continue
		}
		before, after := old, old
		edit(&after)
		markEdited(&after, before)
		after.Updated = now
		c.annotations = append(c.annotations, annotationOp{before: &before, after: &after})
	}
	if err := s.acceptQuotesOf(&c, a, from, edit); err != nil {
		return 0, err
	}
	return s.commitIfAny(c), nil
}

// acceptQuotesOf adds to c the acceptance of every unreviewed quote of
// speaker name, changed by edit when it is not nil (then marked edited).
func (s *AnnotationSet) acceptQuotesOf(c *change, a *Analysis, name string, edit func(*Annotation)) error {
	for _, d := range s.unreviewedQuotesOf(a, name) {
		orig := Annotation{Label: d.Label(), Span: d.Span, Speaker: d.Speaker, Source: SourceAuto}
		n := orig
		if edit != nil {
			edit(&n)
			markEdited(&n, orig)
		}
		n, err := s.prepareNew(n)
		if err != nil {
			return err
		}
		c.annotations = append(c.annotations, annotationOp{after: &n})
	}
	return nil
}

// commitIfAny commits c when it changes something and returns how many
// annotations it changes.
func (s *AnnotationSet) commitIfAny(c change) int {
	if len(c.annotations) > 0 {
		s.commit(c)
	}
	return len(c.annotations)
}

// unreviewedQuotesOf returns the quote detections of a attributed to name
// that the user has neither accepted nor rejected. A nested quote inside an
// accepted outer quote counts as unreviewed here: the outer quote's tag says
// nothing of the nested quote's speaker, so a speaker change must tag it.
func (s *AnnotationSet) unreviewedQuotesOf(a *Analysis, name string) []Detection {
	if a == nil || name == "" {
		return nil
	}
	nested := map[Span]bool{}
	for _, q := range a.Quotes {
		if q.Depth > 0 {
			nested[q.Span] = true
		}
	}
	var out []Detection
	for _, d := range DetectionsOf(a) {
		if d.Kind == DetectionQuote && d.Speaker == name && !s.reviewedAsQuote(d, nested[d.Span]) {
			out = append(out, d)
		}
	}
	return out
}

// reviewedAsQuote is Reviewed, except that for a nested quote only a tag
// of its own (not one on the quote around it) counts.
func (s *AnnotationSet) reviewedAsQuote(d Detection, nested bool) bool {
	if !nested {
		return s.Reviewed(d)
	}
	if s.IsRejected(d.Kind, d.Span) {
		return true
	}
	for x := range s.OverlappingSeq(d.Span) {
		if x.Source != SourceManual && x.Label == d.Label() && !(x.Span.Start <= d.Span.Start && x.Span.End >= d.Span.End && x.Span != d.Span) {
			return true
		}
	}
	return false
}

// hasSpeaker reports whether name is a speaker of the article: of a quote of
// the analysis or of an annotation.
func (s *AnnotationSet) hasSpeaker(a *Analysis, name string) bool {
	if name == "" {
		return false
	}
	if a != nil {
		for _, q := range a.Quotes {
			if q.Speaker != nil && q.Speaker.Name == name {
				return true
			}
		}
	}
	for _, x := range s.byID {
		if x.val.Speaker == name {
			return true
		}
	}
	return false
}
