package model

import (
	"strings"
	"unicode/utf8"
)

// Bounds of the search for rewritten passages by their context.
const (
	// contextMinRunes is the shortest stored prefix or suffix that locates a
	// passage by itself (shorter ones, at the ends of the text, occur by chance).
	contextMinRunes = 8
	// contextPairs is how many occurrences of the prefix (nearest the hint) are tried.
	contextPairs = 8
)

// contextCandidates finds the places where the whole stored prefix and the
// whole stored suffix are still there with between half and twice the
// passage's length between them: the passage was rewritten in place. Their
// edits are the edit distance to the stored passage (at most its length).
func (r *Reanchorer) contextCandidates(a Anchor, pattern []rune) []candidate {
	if utf8.RuneCountInString(a.Prefix) < contextMinRunes || utf8.RuneCountInString(a.Suffix) < contextMinRunes {
		return nil
	}
	var out []candidate
	prefixHint := max(a.Hint-len(a.Prefix), 0)
	for _, p := range nearestFirst(r.exactOccurrences(Anchor{Text: a.Prefix, Hint: prefixHint}), prefixHint, contextPairs) {
		gapStart := p + len(a.Prefix)
		lo := gapStart + max(1, len(a.Text)/2)
		hi := min(len(r.text), gapStart+2*len(a.Text)+utf8.UTFMax+len(a.Suffix))
		if lo >= hi {
			continue
		}
		i := strings.Index(r.text[lo:hi], a.Suffix)
		if i < 0 {
			continue
		}
		gap := Span{gapStart, lo + i}
		if !ValidSpan(r.text, gap) || overlapsAny(out, gap) {
			continue
		}
		rewritten := []rune(r.text[gap.Start:gap.End])
		if len(rewritten) > 2*fuzzyDirectMax {
			continue
		}
		out = append(out, candidate{span: gap, edits: min(editDistance(pattern, rewritten), len(pattern))})
	}
	return out
}
