package model

import (
	"strings"
	"unicode/utf8"
)

// MatchKind says how Reanchor placed an annotation in a changed text.
type MatchKind int

// Re-anchoring outcomes, from best to worst.
const (
	// MatchNone: the text could not be placed; the annotation becomes an orphan.
	MatchNone MatchKind = iota
	// MatchExact: the exact text is still at its old offset.
	MatchExact
	// MatchMoved: the exact text was found elsewhere (best prefix/suffix context, then nearest).
	MatchMoved
	// MatchFuzzy: an approximate match (at most a quarter of the text's code points edited).
	MatchFuzzy
)

// String names the outcome for reports ("exact", "moved", "fuzzy", "orphan").
func (k MatchKind) String() string {
	return [...]string{"orphan", "exact", "moved", "fuzzy"}[k]
}

// Anchor is what an annotation remembers to find itself again, like a W3C
// TextQuoteSelector plus a position hint.
type Anchor struct {
	// Text is the exact passage; Prefix and Suffix the context around it.
	Text, Prefix, Suffix string
	// Hint is the expected byte offset of the passage in the new text (its old
	// start converted through the new text), or -1 when unknown.
	Hint int
}

// maxOccurrences bounds how many exact occurrences Reanchor scores.
const maxOccurrences = 100000

// Reanchor finds a's passage in text: exactly at the hint, else the exact
// occurrence with the best prefix/suffix context (nearest the hint on ties),
// else a bounded-cost fuzzy match. It returns the byte span and how it matched.
func Reanchor(text string, a Anchor) (Span, MatchKind) {
	return reanchor(text, -1, a)
}

// reanchor is Reanchor with text's length in code points when known
// (doc.Runes().Len()), or -1 to count it only if a fuzzy search is needed.
func reanchor(text string, textRunes int, a Anchor) (Span, MatchKind) {
	if a.Text == "" {
		return Span{}, MatchNone
	}
	n := len(a.Text)
	if h := a.Hint; h >= 0 && h+n <= len(text) && text[h:h+n] == a.Text && ValidSpan(text, Span{h, h + n}) {
		return Span{h, h + n}, MatchExact
	}
	if span, ok := bestExact(text, a); ok {
		return span, MatchMoved
	}
	if textRunes < 0 {
		textRunes = utf8.RuneCountInString(text)
	}
	if span, ok := fuzzyFind(text, textRunes, a); ok {
		return span, MatchFuzzy
	}
	return Span{}, MatchNone
}

// bestExact scores every exact occurrence of a.Text by matching context.
func bestExact(text string, a Anchor) (Span, bool) {
	best, bestScore, bestDist := Span{}, -1, 0
	for from, count := 0, 0; count < maxOccurrences; count++ {
		i := strings.Index(text[from:], a.Text)
		if i < 0 {
			break
		}
		start := from + i
		span := Span{start, start + len(a.Text)}
		from = start + 1
		if !ValidSpan(text, span) {
			continue
		}
		score := commonSuffixRunes(a.Prefix, text[:span.Start]) + commonPrefixRunes(a.Suffix, text[span.End:])
		dist := abs(start - a.Hint)
		if score > bestScore || (score == bestScore && dist < bestDist) {
			best, bestScore, bestDist = span, score, dist
		}
	}
	return best, bestScore >= 0
}

// commonSuffixRunes counts the code points (up to ContextRunes) that a and b share at their ends.
func commonSuffixRunes(a, b string) int {
	n := 0
	for n < ContextRunes && a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[:len(a)-sa], b[:len(b)-sb], n+1
	}
	return n
}

// commonPrefixRunes counts the code points (up to ContextRunes) that a and b share at their starts.
func commonPrefixRunes(a, b string) int {
	n := 0
	for n < ContextRunes && a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[sa:], b[sb:], n+1
	}
	return n
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
