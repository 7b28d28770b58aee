package model

import "unicode/utf8"

// candidate is one place a passage might have gone to.
type candidate struct {
	span  Span
	edits int // code points edited in the passage (0 for an exact occurrence)
	score float64
	// prefixIntact, suffixIntact: the whole stored prefix (suffix) is still beside it.
	prefixIntact, suffixIntact bool
}

// Weights of candidateScore, as in Hypothesis's anchoring (match-quote):
// the passage counts most, each side of context less, the position least.
const (
	weightPassage  = 50
	weightPrefix   = 20
	weightSuffix   = 20
	weightPosition = 2
)

// decide scores cands and returns the best one — the one with most whole
// sides of stored context beside it, then the highest score — when it is
// clearly right: it beats by acceptMargin every candidate that does not
// overlap it and has as many intact sides, at most a quarter of the passage
// is edited, and its
// score is at least acceptScore, or it is the exact passage with one whole
// side of its context, or a long passage with at most 10% of it edited.
// Anything else is MatchNone.
func (r *Reanchorer) decide(a Anchor, patternRunes int, cands []candidate) Placement {
	if len(cands) == 0 {
		return Placement{}
	}
	for i := range cands {
		cands[i].score = r.candidateScore(a, patternRunes, cands[i])
		sp := cands[i].span
		cands[i].prefixIntact = a.Prefix != "" && wholeContextAt(r.text, sp, Anchor{Prefix: a.Prefix})
		cands[i].suffixIntact = a.Suffix != "" && wholeContextAt(r.text, sp, Anchor{Suffix: a.Suffix})
	}
	// Whole sides of stored context still in place outrank any score: 32
	// identical code points beside a candidate are no coincidence, while
	// templated text ("… on day 12 …", "… on day 13 …") scores alike everywhere.
	best := 0
	for i, c := range cands {
		if ci, cb := c.intactSides(), cands[best].intactSides(); ci > cb || ci == cb && c.score > cands[best].score {
			best = i
		}
	}
	b := cands[best]
	runnerUp := 0.0
	for _, c := range cands {
		if !c.span.Overlaps(b.span) && c.intactSides() == b.intactSides() && c.score > runnerUp {
			runnerUp = c.score
		}
	}
	// A long passage found exact or nearly so (≤ 10% edited) is no coincidence
	// even where both sides of its context changed (paragraphs reordered).
	nearlyExactLong := patternRunes >= uniqueExactRunes && b.edits*10 <= patternRunes
	oneSideIntact := b.prefixIntact || b.suffixIntact
	good := b.score >= acceptScore || b.edits == 0 && oneSideIntact || nearlyExactLong
	good = good && b.edits*4 <= patternRunes // more than a quarter rewritten: the user decides
	if !good || b.score-runnerUp < acceptMargin {
		return Placement{Score: b.score, Suggestion: bestWithContext(cands)}
	}
	return Placement{Span: b.span, Kind: MatchFuzzy, Score: b.score}
}

// intactSides counts the whole sides of stored context beside c (0–2).
func (c candidate) intactSides() int {
	n := 0
	if c.prefixIntact {
		n++
	}
	if c.suffixIntact {
		n++
	}
	return n
}

// bestWithContext returns the span of the best-scoring candidate that still
// has one whole side of its stored context (zero when none has).
func bestWithContext(cands []candidate) Span {
	var best *candidate
	for i, c := range cands {
		if (c.prefixIntact || c.suffixIntact) && (best == nil || c.score > best.score) {
			best = &cands[i]
		}
	}
	if best == nil {
		return Span{}
	}
	return best.span
}

// candidateScore rates c from 0 to 1: how much of the passage is unedited,
// how alike the stored prefix and suffix are to the text around c, and how
// near c is to the hint, with the weights above.
func (r *Reanchorer) candidateScore(a Anchor, patternRunes int, c candidate) float64 {
	passage := 1 - float64(c.edits)/float64(patternRunes)
	prefix := contextSimilarity(a.Prefix, lastRunes(r.text[:c.span.Start], utf8.RuneCountInString(a.Prefix)))
	suffix := contextSimilarity(a.Suffix, firstRunes(r.text[c.span.End:], utf8.RuneCountInString(a.Suffix)))
	position := 1.0
	if a.Hint >= 0 && len(r.text) > 0 {
		position = 1 - float64(abs(c.span.Start-a.Hint))/float64(len(r.text))
	}
	// A short passage ("no", a name) occurs by chance: its own match says
	// less than its context, so its weight shrinks with its length.
	wPassage := weightPassage * min(1, float64(patternRunes)/uniqueExactRunes)
	sum := wPassage*passage + weightPrefix*prefix + weightSuffix*suffix + weightPosition*position
	return sum / (wPassage + weightPrefix + weightSuffix + weightPosition)
}

// contextSimilarity compares a stored context with the text now in its
// place: 1 − edit distance / length. An empty stored context (the passage
// was at an end of the text) says little either way: 1 if the text there is
// empty too, else ½.
func contextSimilarity(stored, actual string) float64 {
	if stored == "" {
		if actual == "" {
			return 1
		}
		return 0.5
	}
	s, t := []rune(stored), []rune(actual)
	return 1 - float64(editDistance(s, t))/float64(max(len(s), len(t)))
}

// editDistance is the Levenshtein distance of a and b (short strings only).
func editDistance(a, b []rune) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := diag
			if a[i-1] != b[j-1] {
				cost++
			}
			diag = row[j]
			row[j] = min(cost, row[j]+1, row[j-1]+1)
		}
	}
	return row[len(b)]
}

// lastRunes returns the last n code points of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes returns the first n code points of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
