package model

import "unicode/utf8"

// Bounds of the fuzzy search, so that re-anchoring stays fast on long articles.
const (
	// fuzzyCellBudget caps pattern length × searched code points per annotation.
	fuzzyCellBudget = 2 << 20
	// fuzzyNearRunes is the radius (code points) of the first, local search around the hint.
	fuzzyNearRunes = 2000
	// fuzzyDirectMax is the longest pattern (code points) matched in one piece;
	// longer passages are placed by matching their head and tail.
	fuzzyDirectMax = 256
	// fuzzyEdge is how many code points of head and tail a long passage matches.
	fuzzyEdge = 64
)

// fuzzyFind places a.Text approximately in text (textRunes code points long): at most len/4 code points edited,
// searching the whole text when the budget allows, else a window around the hint.
func fuzzyFind(text string, textRunes int, a Anchor) (Span, bool) {
	pattern := []rune(a.Text)
	if len(pattern) < 4 {
		return Span{}, false
	}
	if len(pattern) > fuzzyDirectMax {
		return fuzzyHeadTail(text, textRunes, a, pattern)
	}
	limit := len(pattern) / 4
	if a.Hint >= 0 {
		near := 2*fuzzyNearRunes + len(pattern)
		if span, cost, ok := approxSearch(text, textRunes, pattern, a.Hint, near); ok && cost <= limit {
			return span, true
		}
	}
	span, cost, ok := approxSearch(text, textRunes, pattern, a.Hint, fuzzyCellBudget/len(pattern))
	return span, ok && cost <= limit
}

// fuzzyHeadTail places a long passage by its first and last fuzzyEdge code
// points and accepts the result when its length is within 25% of the original.
func fuzzyHeadTail(text string, textRunes int, a Anchor, pattern []rune) (Span, bool) {
	headText := string(pattern[:fuzzyEdge])
	tailText := string(pattern[len(pattern)-fuzzyEdge:])
	head, hk := reanchor(text, textRunes, Anchor{Text: headText, Prefix: a.Prefix, Hint: a.Hint})
	tailHint := -1
	if a.Hint >= 0 {
		tailHint = a.Hint + len(a.Text) - len(tailText)
	}
	tail, tk := reanchor(text, textRunes, Anchor{Text: tailText, Suffix: a.Suffix, Hint: tailHint})
	if hk == MatchNone || tk == MatchNone || tail.End <= head.Start {
		return Span{}, false
	}
	span := Span{head.Start, tail.End}
	got, want := span.Len(), len(a.Text)
	if got*4 < want*3 || got*4 > want*5 {
		return Span{}, false
	}
	return span, true
}

// approxSearch runs Sellers' approximate substring search for pattern in a
// window of at most maxRunes code points of text centred on the hint, and
// returns the lowest-cost match (nearest the hint on ties).
func approxSearch(text string, textRunes int, pattern []rune, hint, maxRunes int) (Span, int, bool) {
	window, offsets := searchWindow(text, textRunes, maxRunes, hint)
	m := len(pattern)
	prev, cur := make([]int, m+1), make([]int, m+1)
	prevStart, curStart := make([]int, m+1), make([]int, m+1)
	for i := range prev {
		prev[i] = i
	}
	hintRune := 0
	for hintRune < len(window) && offsets[hintRune] < hint {
		hintRune++
	}
	bestCost, bestStart, bestEnd := m+1, 0, 0
	for j, c := range window {
		cur[0], curStart[0] = 0, j+1
		for i := 1; i <= m; i++ {
			cost, start := prev[i-1], prevStart[i-1]
			if pattern[i-1] != c {
				cost++
			}
			if prev[i]+1 < cost {
				cost, start = prev[i]+1, prevStart[i]
			}
			if cur[i-1]+1 < cost {
				cost, start = cur[i-1]+1, curStart[i-1]
			}
			cur[i], curStart[i] = cost, start
		}
		if cost, start := cur[m], curStart[m]; start < j+1 &&
			(cost < bestCost || (cost == bestCost && abs(start-hintRune) < abs(bestStart-hintRune))) {
			bestCost, bestStart, bestEnd = cost, start, j+1
		}
		prev, cur, prevStart, curStart = cur, prev, curStart, prevStart
	}
	if bestCost > m {
		return Span{}, 0, false
	}
	return Span{offsets[bestStart], offsets[bestEnd]}, bestCost, true
}

// searchWindow decodes at most maxRunes code points of text (textRunes long) around the hint
// (all of text when it is short enough) as runes, with each rune's byte offset
// and a final entry for the window's end.
func searchWindow(text string, textRunes, maxRunes, hint int) ([]rune, []int) {
	from, to := 0, len(text)
	if textRunes > maxRunes {
		if hint < 0 {
			hint = 0
		}
		// maxRunes code points are at least maxRunes bytes; centre a byte window
		// of that size on the hint and let the rune cap below trim it.
		from = max(0, min(hint-maxRunes/2, len(text)-maxRunes))
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		to = len(text)
	}
	window := make([]rune, 0, min(maxRunes, len(text)-from))
	offsets := make([]int, 0, cap(window)+1)
	for i, r := range text[from:to] {
		if len(window) == maxRunes {
			to = from + i
			break
		}
		window = append(window, r)
		offsets = append(offsets, from+i)
	}
	return window, append(offsets, to)
}
