package model

import "sort"

// Detection is one automatic detection (a quote or a promo line) as the
// annotation layer sees it: a suggestion the user may accept or reject.
type Detection struct {
	Kind DetectionKind
	Span Span
	// Speaker is the attributed speaker of a quote ("" when unknown).
	Speaker string
	// SpeakerMention and Cue are the quote's speaker mention and speech-verb
	// phrase (spans only; Text is filled in on accept), which an accepted quote
	// keeps as links (zero when none).
	SpeakerMention, Cue LinkedSpan
	// PromoKind is the kind of a promo line.
	PromoKind PromoKind
	// Confidence is the detector's confidence, 0..1 (1 for promos).
	Confidence float64
}

// Label returns the label an accepted detection gets ("quote" or "promo").
func (d Detection) Label() string { return string(d.Kind) }

// DetectionsOf lists the quotes and promos of an analysis, sorted by span.
func DetectionsOf(a *Analysis) []Detection {
	if a == nil {
		return nil
	}
	out := make([]Detection, 0, len(a.Quotes)+len(a.Promos))
	for _, q := range a.Quotes {
		d := Detection{Kind: DetectionQuote, Span: q.Span, Confidence: q.Confidence}
		if q.Speaker != nil {
			d.Speaker = q.Speaker.Name
			d.SpeakerMention = LinkedSpan{Span: q.Speaker.Span}
		}
		if q.Cue != nil {
			d.Cue = LinkedSpan{Span: *q.Cue}
		}
		out = append(out, d)
	}
	for _, p := range a.Promos {
		out = append(out, Detection{Kind: DetectionPromo, Span: p.Span, PromoKind: p.Kind, Confidence: 1})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Span.End < out[j].Span.End
	})
	return out
}

// Reviewed reports whether the user already dealt with d: it was rejected,
// or an auto/edited annotation with d's label overlaps its span.
func (s *AnnotationSet) Reviewed(d Detection) bool {
	if s.IsRejected(d.Kind, d.Span) {
		return true
	}
	for a := range s.OverlappingSeq(d.Span) {
		if a.Source != SourceManual && a.Label == d.Label() {
			return true
		}
	}
	return false
}

// Unreviewed returns the detections of an analysis that the user has neither
// accepted nor rejected, sorted by span.
func (s *AnnotationSet) Unreviewed(a *Analysis) []Detection {
	var out []Detection
	for _, d := range DetectionsOf(a) {
		if !s.Reviewed(d) {
			out = append(out, d)
		}
	}
	return out
}

// Accept turns detection d into an annotation (source auto). edit, if not nil,
// may adjust it first (a corrected span or speaker, a note); a changed span,
// label or speaker makes the source edited. It is one undo step.
func (s *AnnotationSet) Accept(d Detection, edit func(*Annotation)) (Annotation, error) {
	a := Annotation{Label: d.Label(), Span: d.Span, Speaker: d.Speaker, Source: SourceAuto,
		SpeakerMention: d.SpeakerMention, Cue: d.Cue}
	if edit != nil {
		orig := a
		edit(&a)
		markEdited(&a, orig)
		dropStaleSpeakerMention(&a, orig)
	}
	return s.Add(a)
}
