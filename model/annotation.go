package model

import "time"

// Source records where an annotation came from.
type Source string

// Annotation sources.
const (
	// SourceAuto is an automatic detection the user accepted as is.
	SourceAuto Source = "auto"
	// SourceEdited is an automatic detection the user changed (span, speaker, label).
	SourceEdited Source = "edited"
	// SourceManual is a passage the user tagged by hand.
	SourceManual Source = "manual"
)

// Annotation is one passage the user tagged (or a detection they accepted).
type Annotation struct {
	// ID is stable across saves ("a-" + random hex).
	ID string
	// Label is the tag's name ("quote", "claim", ...).
	Label string
	// Span locates the passage in the current document text (bytes).
	Span Span
	// Text is the exact passage; Prefix and Suffix are up to 32 code points around
	// it, used to re-anchor the annotation when the article text changes. For a
	// Reanchored or Orphan annotation they are the anchor as stored (what the
	// user last confirmed), which may differ from the text at Span.
	Text, Prefix, Suffix string
	// Note is the user's free-text note (may be multi-line).
	Note string
	// Speaker is the quote's speaker, for quote annotations.
	Speaker string
	// SpeakerMention is the passage naming the speaker ("he", "Sullivan") and
	// Cue the speech-verb phrase ("told reporters"), linked to a quote; zero when none.
	SpeakerMention, Cue LinkedSpan
	// Source says whether the annotation is manual, an accepted detection or an edited one.
	Source Source
	// Author is who made it ($USER unless set).
	Author string
	// Created and Updated are when it was made and last changed.
	Created, Updated time.Time
	// ProposedBy names the annotators whose tags an adjudicated annotation was
	// taken from (team annotation), as comma-separated author slugs (see
	// AuthorSlug; a string keeps Annotation comparable); empty otherwise.
	ProposedBy string
	// Orphan is true when re-anchoring could not place it in the current text;
	// Span is then zero and must not be used, while Text, Prefix and Suffix keep
	// what was annotated.
	Orphan bool
	// Reanchored is true when re-anchoring placed the annotation in a changed
	// text and the user has not confirmed the place yet (AnnotationSet.Confirm,
	// Place): Span is where it is shown, while Text, Prefix and Suffix keep the
	// stored anchor, and saving never rewrites them.
	Reanchored bool
}

// DetectionKind names the kind of an automatic detection the user reviewed.
type DetectionKind string

// Detection kinds.
const (
	DetectionQuote DetectionKind = "quote"
	DetectionPromo DetectionKind = "promo"
)

// Rejection records an automatic detection the user rejected, so that it stays
// hidden when the article is reopened.
type Rejection struct {
	Kind DetectionKind
	Span Span
	Text string
}
