package model

import (
	"sort"
	"unicode/utf8"
)

// Bounds of the approximate search, so that re-anchoring costs about the same
// per passage whatever the text's length.
const (
	// fuzzyNearRunes is the radius (code points) searched around the hint for
	// passages too short for the text index.
	fuzzyNearRunes = 2000
	// fuzzyDirectMax is the longest pattern (code points) matched in one piece;
	// longer passages are placed by matching their head and tail.
	fuzzyDirectMax = 256
	// fuzzyEdge is how many code points of head and tail a long passage matches.
	fuzzyEdge = 64
	// fuzzyWindows is how many places (by votes of surviving 8-byte pieces)
	// are verified per passage, besides the hint.
	fuzzyWindows = 8
	// fuzzyMaxPostings skips pieces sampled more often than this in the text:
	// they are everywhere and say nothing about where the passage went.
	fuzzyMaxPostings = 64
)

// fuzzyCandidates finds approximate matches of a.Text (at most a quarter of
// its code points edited): in a window around the hint (and around the hint
// moved by the drift of the last passage placed), and in each of the
// fuzzyWindows places where most of its 8-byte pieces survived. A match near
// the hint with both whole sides of its stored context ends the search: no
// other place could outrank it (see decide).
func (r *Reanchorer) fuzzyCandidates(a Anchor, patternRunes int) (cands []candidate, decisive bool) {
	if patternRunes < 4 {
		return nil, false
	}
	pattern := []rune(a.Text)
	limit := patternRunes / 4
	slack := len(a.Text)/4 + utf8.UTFMax
	filter := newBitPattern(pattern)
	var out []candidate
	try := func(w Span) bool { // reports a match with its whole context
		w = Span{max(0, w.Start), min(len(r.text), w.End)}
		if w.Start >= w.End || filter.minCost(r.text[w.Start:w.End]) > limit {
			return false // cheap bit-parallel check first: most windows hold no match
		}
		span, cost, ok := approxIn(r.text, w, pattern, a.Hint)
		if !ok || cost > limit || overlapsAny(out, span) {
			return false
		}
		out = append(out, candidate{span: span, edits: cost})
		return wholeContextAt(r.text, span, a)
	}
	if a.Hint >= 0 {
		// The drifted hint first: after an insertion above, that is where it went.
		for _, hint := range []int{a.Hint + r.drift, a.Hint} {
			if hint < 0 || hint > len(r.text) || hint == a.Hint && r.drift != 0 && len(out) > 0 {
				continue
			}
			w := Span{hint - slack, hint + len(a.Text) + slack}
			if len(a.Text) < indexMinPattern {
				w = r.runeWindow(hint, fuzzyNearRunes)
			}
			if try(w) {
				return out, true
			}
			if r.drift == 0 {
				break // both hints are the same
			}
		}
	}
	if len(a.Text) >= indexMinPattern {
		for _, w := range voteWindows(r.textIndex().diagonalVotes(a.Text, fuzzyMaxPostings), slack, a.Hint) {
			try(Span{w.Start - slack, w.End + len(a.Text) + slack})
		}
	}
	return out, false
}

// runeWindow returns the byte span of about radius code points either side of hint.
func (r *Reanchorer) runeWindow(hint, radius int) Span {
	from, to := hint, hint
	for n := 0; n < radius && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(r.text[:from])
		from -= size
	}
	for n := 0; n < radius && to < len(r.text); n++ {
		_, size := utf8.DecodeRuneInString(r.text[to:])
		to += size
	}
	return Span{from, to}
}

// overlapsAny reports whether span overlaps one of cands.
func overlapsAny(cands []candidate, span Span) bool {
	for _, c := range cands {
		if c.span.Overlaps(span) {
			return true
		}
	}
	return false
}

// voteWindows groups diagonal votes that lie within slack of each other and
// returns the fuzzyWindows groups with most votes (nearest the hint on ties)
// as spans of diagonals.
func voteWindows(votes []int, slack, hint int) []Span {
	if len(votes) == 0 {
		return nil
	}
	sort.Ints(votes)
	type group struct {
		span  Span
		votes int
	}
	var groups []group
	for _, v := range votes {
		if n := len(groups); n > 0 && v-groups[n-1].span.Start <= slack {
			groups[n-1].span.End = v
			groups[n-1].votes++
			continue
		}
		groups = append(groups, group{Span{v, v}, 1})
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].votes != groups[j].votes {
			return groups[i].votes > groups[j].votes
		}
		return abs(groups[i].span.Start-hint) < abs(groups[j].span.Start-hint)
	})
	out := make([]Span, 0, fuzzyWindows)
	for _, g := range groups[:min(fuzzyWindows, len(groups))] {
		out = append(out, g.span)
	}
	return out
}

// placeHeadTail places a long passage by its first and last fuzzyEdge code
// points (with its prefix and suffix) and accepts the result, unconfirmed,
// when its length is within 25% of the original.
func (r *Reanchorer) placeHeadTail(a Anchor, patternRunes int) Placement {
	pattern := []rune(a.Text)
	headText := string(pattern[:fuzzyEdge])
	tailText := string(pattern[patternRunes-fuzzyEdge:])
	head := r.Place(Anchor{Text: headText, Prefix: a.Prefix, Hint: a.Hint})
	tailHint := -1
	if a.Hint >= 0 {
		tailHint = a.Hint + len(a.Text) - len(tailText)
	}
	tail := r.Place(Anchor{Text: tailText, Suffix: a.Suffix, Hint: tailHint})
	if head.Kind == MatchNone || tail.Kind == MatchNone || tail.Span.End <= head.Span.Start {
		return Placement{Score: min(head.Score, tail.Score)}
	}
	span := Span{head.Span.Start, tail.Span.End}
	got, want := span.Len(), len(a.Text)
	if got*4 < want*3 || got*4 > want*5 {
		return Placement{Score: min(head.Score, tail.Score)}
	}
	return Placement{Span: span, Kind: MatchFuzzy, Score: min(head.Score, tail.Score)}
}

// approxIn runs Sellers' approximate substring search for pattern in the
// window w of text (clamped to the text and to code-point boundaries) and
// returns the lowest-cost match (nearest the hint on ties) and its cost.
func approxIn(text string, w Span, pattern []rune, hint int) (Span, int, bool) {
	from, to := max(0, w.Start), min(len(text), w.End)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	if from >= to {
		return Span{}, 0, false
	}
	window := make([]rune, 0, to-from)
	offsets := make([]int, 0, to-from+1)
	for i, c := range text[from:to] {
		window = append(window, c)
		offsets = append(offsets, from+i)
	}
	offsets = append(offsets, to)
	hintRune := sort.SearchInts(offsets, hint)
	start, end, cost, ok := sellers(window, pattern, hintRune)
	if !ok {
		return Span{}, 0, false
	}
	return Span{offsets[start], offsets[end]}, cost, true
}

// sellers returns the rune range [start, end) of window that matches pattern
// with the fewest edits (Levenshtein, free start and end), nearest hintRune
// on ties.
func sellers(window, pattern []rune, hintRune int) (start, end, cost int, ok bool) {
	m := len(pattern)
	prev, cur := make([]int, m+1), make([]int, m+1)
	prevStart, curStart := make([]int, m+1), make([]int, m+1)
	for i := range prev {
		prev[i] = i
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
		return 0, 0, 0, false
	}
	return bestStart, bestEnd, bestCost, true
}
