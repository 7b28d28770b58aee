package session

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
)

// maxCueBytes caps the cue phrase a reason quotes.
const maxCueBytes = 80

// maxCueGap is how far apart (bytes) the speech verb and the mention may be
// for the reason to quote them as one phrase ("said Jake Sullivan").
const maxCueGap = 40

// NoSpeakerReason is what the quote detail says of a quote with no speaker:
// the detector abstained rather than guess.
const NoSpeakerReason = "no speaker: evidence too weak"

// SpeakerReason says, in words a fact-checker can check against the text,
// why quote q has its speaker: the cue and the mention the detector used
// and the rule that tied them, then the confidence. A speaker the user set
// (a quote whose mention span is negative, as the detection layer passes
// it) says so. Article text is quoted as is: views sanitize what they draw.
func SpeakerReason(doc *model.Document, q model.Quote) string {
	sp := q.Speaker
	switch {
	case sp == nil:
		return NoSpeakerReason
	case sp.Span.Start < 0:
		return "set by you"
	}
	name, mention := sp.Name, spanText(doc, sp.Span)
	cue := cuePhrase(doc, q)
	var why string
	switch q.Basis {
	case model.BasisAdjacentCue, model.BasisCueBefore, model.BasisDistantCue:
		why = cueReason(sp.Kind, name, mention, cue)
	case model.BasisContinued:
		why = "continues the previous quote of the sentence, by " + name
	case model.BasisParagraph:
		why = "follows on from the previous paragraph's quote, by " + name
	case model.BasisSubject:
		why = name + " is the subject of the sentence (no speech verb)"
		if mention != "" && mention != name {
			why = "“" + mention + "” → " + name + ", the subject of the sentence (no speech verb)"
		}
	case "":
		if cue != "" {
			why = cueReason(sp.Kind, name, mention, cue)
		} else {
			why = mentionReason(sp.Kind, name, mention)
		}
		if q.Confidence == 0 {
			return why // an analysis that gave no basis gave no confidence either
		}
	default:
		why = mentionReason(sp.Kind, name, mention)
	}
	return why + " · " + confidenceWords(q.Confidence)
}

// cueReason explains an attribution by a speech verb.
func cueReason(kind model.MentionKind, name, mention, cue string) string {
	in := ""
	if cue != "" {
		in = " in the cue “" + cue + "”"
	}
	if mention == "" || mention == name {
		return "named" + in
	}
	return "“" + mention + "”" + in + " → " + resolution(kind, name)
}

// mentionReason is "“mention” → name" with why the mention stands for name.
func mentionReason(kind model.MentionKind, name, mention string) string {
	if mention == "" || mention == name {
		return "named: " + name
	}
	return "“" + mention + "” → " + resolution(kind, name)
}

// resolution is name with why a mention of that kind stands for them.
func resolution(kind model.MentionKind, name string) string {
	switch kind {
	case model.MentionPronoun:
		return name + ", the person last named before it"
	case model.MentionRole:
		return name + ", whom the article names in that role"
	}
	return name + ", as the article names them in full"
}

// confidenceWords is the confidence with how to read it (docs/analyze.md:
// ≥ 0.8 a name to trust, below 0.6 a guess to check).
func confidenceWords(c float64) string {
	s := fmt.Sprintf("confidence %.2f", c)
	switch {
	case c >= 0.8:
		return s
	case c < 0.6:
		return s + " (a guess: check it)"
	}
	return s + " (check it)"
}

// cuePhrase is the cue as a reader finds it in the text: the speech verb
// and the mention together when they stand close ("said Jake Sullivan",
// "he said"), else the speech verb alone; one line, cut at maxCueBytes.
func cuePhrase(doc *model.Document, q model.Quote) string {
	if q.Cue == nil || !validSpan(doc, *q.Cue) {
		return ""
	}
	span := *q.Cue
	if m := q.Speaker.Span; validSpan(doc, m) && gap(span, m) <= maxCueGap {
		joined := model.Span{Start: min(span.Start, m.Start), End: max(span.End, m.End)}
		if !strings.Contains(doc.Text[joined.Start:joined.End], "\n") && !joined.Overlaps(q.Span) {
			span = joined
		}
	}
	text := strings.Join(strings.Fields(doc.Text[span.Start:span.End]), " ")
	if len(text) > maxCueBytes {
		text = Excerpt(text, 10)
	}
	return text
}

// gap is how many bytes lie between two spans (0 when they touch or overlap).
func gap(a, b model.Span) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	if b.End <= a.Start {
		return a.Start - b.End
	}
	return 0
}

// validSpan reports whether s is a non-empty span inside doc's text.
func validSpan(doc *model.Document, s model.Span) bool {
	return s.Start >= 0 && s.Start < s.End && s.End <= len(doc.Text)
}

// spanText is s's text on one line ("" for a span outside the text).
func spanText(doc *model.Document, s model.Span) string {
	if !validSpan(doc, s) {
		return ""
	}
	return strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " ")
}
