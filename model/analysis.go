package model

// Span is a range of Document.Text as byte offsets [Start, End).
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether byte offset off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// PromoKind says what kind of interruption a promo line is.
type PromoKind string

// The promo kinds annotty detects.
const (
	PromoHeadlineLink  PromoKind = "headline-link"
	PromoCallToAction  PromoKind = "call-to-action"
	PromoAdvertisement PromoKind = "advertisement"
)

// Quote is one detected direct quotation. Span includes the quotation marks.
type Quote struct {
	Span Span
	// Speaker is the attributed speaker, nil when no credible speaker was found.
	Speaker *SpeakerMention
	// Cue is the speech-verb phrase that attributes the quote ("told reporters"), if any.
	Cue *Span
	// Depth is 0 for an outer quote, 1 for a quote nested inside another, and so on.
	Depth int
	// Partial marks a short quote embedded in reported speech.
	Partial bool
	// Confidence is the detector's confidence in the attribution, 0..1.
	Confidence float64
}

// SpeakerMention ties a quote to a speaker: Name is the canonical name,
// Span the mention nearest the quote ("he", "Sullivan", "a source").
type SpeakerMention struct {
	Name string
	Span Span
}

// Speaker is one resolved speaker of an article.
type Speaker struct {
	// Name is the canonical name ("Jake Sullivan").
	Name string
	// Aliases are the other ways the article refers to them ("Sullivan", "he").
	Aliases []string
	// Mentions are the spans where the article names them.
	Mentions []Span
	// Quotes counts the quotes attributed to them.
	Quotes int
}

// Promo is one promo interruption: a line that is not part of the story.
type Promo struct {
	Span Span
	Kind PromoKind
}

// Analysis is everything the automatic detectors found in one document.
type Analysis struct {
	Quotes   []Quote
	Speakers []Speaker
	Promos   []Promo
}
