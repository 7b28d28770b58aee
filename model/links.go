package model

import "strings"

// LinkRole names how a linked span relates to its annotation.
type LinkRole string

// The links a quote annotation can carry.
const (
	// LinkSpeaker ties a quote to the mention that names its speaker ("he", "Sullivan").
	LinkSpeaker LinkRole = "speaker"
	// LinkCue ties a quote to the speech-verb phrase that attributes it ("told reporters").
	LinkCue LinkRole = "cue"
)

// LinkRoles lists every link role in the order exports write them.
var LinkRoles = []LinkRole{LinkSpeaker, LinkCue}

// LinkedSpan is a passage tied to an annotation without being an annotation
// itself: a quote's speaker mention or cue. The zero value means no link.
// Text is the passage (what re-anchoring looks for); Span is zero for an
// orphaned annotation's links.
type LinkedSpan struct {
	Span Span
	Text string
}

// IsZero reports whether there is no link.
func (l LinkedSpan) IsZero() bool { return l.Text == "" && l.Span.Len() <= 0 }

// linkWindow is how far (bytes) from its annotation a link is looked for
// when its own offsets no longer hold its text.
const linkWindow = 2000

// Link returns a's linked span for role (zero when none or the role is unknown).
func (a Annotation) Link(role LinkRole) LinkedSpan {
	switch role {
	case LinkSpeaker:
		return a.SpeakerMention
	case LinkCue:
		return a.Cue
	}
	return LinkedSpan{}
}

// SetLink sets a's linked span for role; an unknown role is ignored.
func (a *Annotation) SetLink(role LinkRole, l LinkedSpan) {
	switch role {
	case LinkSpeaker:
		a.SpeakerMention = l
	case LinkCue:
		a.Cue = l
	}
}

// NewLinkedSpan links span of text (zero when span is empty or not on character boundaries).
func NewLinkedSpan(text string, span Span) LinkedSpan {
	if span.Len() <= 0 || !ValidSpan(text, span) {
		return LinkedSpan{}
	}
	return LinkedSpan{Span: span, Text: text[span.Start:span.End]}
}

// placeLinks checks a's links against the document text and refreshes their
// text: a link with a span takes the text there; one with only a text (an
// orphan's link) is looked for near a; a link that cannot be placed is dropped.
func placeLinks(text string, a *Annotation) {
	for _, role := range LinkRoles {
		l := a.Link(role)
		switch {
		case l.IsZero():
		case l.Span.Len() > 0:
			a.SetLink(role, NewLinkedSpan(text, l.Span))
		default:
			span, ok := linkNear(text, l.Text, a.Span.Start, linkWindow)
			if !ok {
				span = Span{}
			}
			a.SetLink(role, NewLinkedSpan(text, span))
		}
	}
}

// dropStaleSpeakerMention clears the speaker mention of a when its speaker
// was changed away from orig's: the mention named someone else.
func dropStaleSpeakerMention(a *Annotation, orig Annotation) {
	if a.Speaker != orig.Speaker && a.SpeakerMention == orig.SpeakerMention {
		a.SpeakerMention = LinkedSpan{}
	}
}

// linkNear finds text near byte offset hint in doc: at hint itself, else the
// nearest exact occurrence within window bytes. It re-anchors a link after
// its annotation moved.
func linkNear(doc string, text string, hint, window int) (Span, bool) {
	if text == "" {
		return Span{}, false
	}
	if hint >= 0 && hint+len(text) <= len(doc) && doc[hint:hint+len(text)] == text && ValidSpan(doc, Span{hint, hint + len(text)}) {
		return Span{hint, hint + len(text)}, true
	}
	lo, hi := max(0, hint-window), min(len(doc), hint+window+len(text))
	if lo >= hi {
		return Span{}, false
	}
	best, found := Span{}, false
	region := doc[lo:hi]
	for off := 0; ; {
		i := strings.Index(region[off:], text)
		if i < 0 {
			break
		}
		start := lo + off + i
		s := Span{start, start + len(text)}
		if ValidSpan(doc, s) && (!found || abs(start-hint) < abs(best.Start-hint)) {
			best, found = s, true
		}
		off += i + 1
	}
	return best, found
}
