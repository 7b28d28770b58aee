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
	// PromoFurniture is page furniture: player and caption lines ("Media
	// playback is unsupported on your device", "Image copyright …"), tweet
	// embeds and photo credits. Neither story nor a source of speakers.
	PromoFurniture PromoKind = "furniture"
)

// AttributionBasis says which rule tied a quote to its speaker, so that a
// reader can see why.
type AttributionBasis string

// The attribution rules, from the strongest evidence to the weakest.
const (
	// BasisAdjacentCue: a speech verb right after the quote ("…," she said).
	BasisAdjacentCue AttributionBasis = "adjacent-cue"
	// BasisCueBefore: a speech verb before it in the sentence (X said: "…").
	BasisCueBefore AttributionBasis = "cue-before"
	// BasisDistantCue: a speech verb later in the sentence.
	BasisDistantCue AttributionBasis = "distant-cue"
	// BasisContinued: the speaker of the previous quote of the sentence.
	BasisContinued AttributionBasis = "continued"
	// BasisParagraph: the speaker of the previous paragraph's quote (a
	// follow-on paragraph that opens with a quote and has no cue).
	BasisParagraph AttributionBasis = "previous-paragraph"
	// BasisSubject: the subject of the sentence, without a speech verb.
	BasisSubject AttributionBasis = "sentence-subject"
)

// MentionKind says how a mention refers to its speaker.
type MentionKind string

// The mention kinds.
const (
	MentionName    MentionKind = "name"
	MentionPronoun MentionKind = "pronoun"
	MentionRole    MentionKind = "role"
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
	// Confidence is the detector's confidence that Speaker is the right
	// person, 0..1 (docs/analyze.md says how it is computed).
	Confidence float64
	// Basis is the rule that found the speaker ("" without one).
	Basis AttributionBasis
}

// SpeakerMention ties a quote to a speaker: Name is the canonical name,
// Span the mention nearest the quote ("he", "Sullivan", "a source").
type SpeakerMention struct {
	Name string
	Span Span
	// Kind says whether the mention is a name, a pronoun or a role.
	Kind MentionKind
}

// Speaker is one resolved speaker of an article.
type Speaker struct {
	// Name is the canonical name ("Jake Sullivan"): the person, without
	// titles, roles or affiliations.
	Name string
	// Role is the title or office the article gives them ("National
	// Security Adviser"), "" if none.
	Role string
	// Affiliation is the body or place the article ties them to ("White
	// House", "Vancouver"), "" if none.
	Affiliation string
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
