package model

import (
	"sort"
	"unicode/utf8"
)

// MatchKind says how re-anchoring placed an annotation in a changed text.
type MatchKind int

// Re-anchoring outcomes, from best to worst.
const (
	// MatchNone: no place is clearly right; the annotation becomes an orphan
	// for the user to place, its stored text and context untouched.
	MatchNone MatchKind = iota
	// MatchExact: the exact text is still at its stored offset.
	MatchExact
	// MatchMoved: the exact text, with its whole stored prefix and suffix, was
	// found at one place elsewhere (text inserted or removed around it). The
	// passage is the same, so the new place needs no confirmation.
	MatchMoved
	// MatchFuzzy: the best-scoring candidate is clearly better than any other
	// but the passage or its context changed; the annotation is shown there,
	// unconfirmed, and keeps its stored anchor until the user confirms it.
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

// Placement is where re-anchoring put a passage, and how sure it is.
type Placement struct {
	// Span is the passage's place in the new text (zero for MatchNone).
	Span Span
	// Kind is the outcome.
	Kind MatchKind
	// Score is the chosen candidate's score, 0..1 (1 for exact and moved);
	// for MatchNone the best rejected candidate's.
	Score float64
	// Suggestion, for MatchNone only, is the best rejected candidate when it
	// still has one whole side of its stored context (typically the passage
	// rewritten in place), for the user to place the orphan there; else zero.
	Suggestion Span
}

// Reanchor places one passage in text; see Reanchorer.Place. To place many
// passages in the same text, use one Reanchorer.
func Reanchor(text string, a Anchor) (Span, MatchKind) {
	p := NewReanchorer(text).Place(a)
	return p.Span, p.Kind
}

// Reanchorer places passages in one text. It indexes the text once, on the
// first passage that is not at its stored offset, so that each further
// passage costs about the same whatever the text's length. It is not safe
// for concurrent use.
type Reanchorer struct {
	text  string
	index *TextIndex
	// drift is how far the last passage placed moved from its hint: text
	// inserted above moves every later passage alike, so it is a second hint.
	drift int
}

// NewReanchorer prepares to place passages in text.
func NewReanchorer(text string) *Reanchorer {
	return &Reanchorer{text: text}
}

// textIndex returns the index of the text, building it on first use.
func (r *Reanchorer) textIndex() *TextIndex {
	if r.index == nil {
		r.index = NewTextIndex(r.text)
	}
	return r.index
}

// Place finds a's passage: exactly at the hint; else the one exact
// occurrence that keeps the whole stored context; else it scores every
// candidate (exact occurrences, bounded approximate matches, and the text
// between the intact stored prefix and suffix) by passage,
// prefix, suffix and position, and keeps the best only when it is clearly
// right (see acceptScore and acceptMargin). Otherwise the result is MatchNone.
func (r *Reanchorer) Place(a Anchor) Placement {
	if a.Text == "" {
		return Placement{}
	}
	a.Hint = min(a.Hint, len(r.text))
	p := r.place(a)
	if p.Kind != MatchNone && a.Hint >= 0 {
		r.drift = p.Span.Start - a.Hint
	}
	return p
}

// place is Place without the drift bookkeeping.
func (r *Reanchorer) place(a Anchor) Placement {
	n := len(a.Text)
	if h := a.Hint; h >= 0 && h+n <= len(r.text) && r.text[h:h+n] == a.Text && ValidSpan(r.text, Span{h, h + n}) {
		return Placement{Span: Span{h, h + n}, Kind: MatchExact, Score: 1}
	}
	if cost := r.textIndex().scanCost(a.Text); cost < 0 || cost > nearbyCheapScan {
		if p, ok := r.placeNearby(a); ok { // a frequent passage: try around the hint first
			return p
		}
	}
	exact := r.exactOccurrences(a)
	if p, ok := r.placeByWholeContext(a, exact); ok {
		return p
	}
	patternRunes := utf8.RuneCountInString(a.Text)
	if patternRunes > fuzzyDirectMax && len(exact) == 0 {
		return r.placeHeadTail(a, patternRunes)
	}
	cands := make([]candidate, 0, len(exact))
	for _, start := range nearestFirst(exact, a.Hint, maxScoredExact) {
		cands = append(cands, candidate{span: Span{start, start + n}})
	}
	if len(exact) == 0 {
		fuzzy, decisive := r.fuzzyCandidates(a, patternRunes)
		cands = append(cands, fuzzy...)
		if !decisive {
			cands = append(cands, r.contextCandidates(a, []rune(a.Text))...)
		}
	}
	return r.decide(a, patternRunes, cands)
}

// Bounds and thresholds of Place.
const (
	// maxOccurrences bounds how many exact occurrences Place collects.
	maxOccurrences = 100000
	// maxScoredExact is how many exact occurrences (nearest the hint) are scored.
	maxScoredExact = 64
	// acceptScore is the lowest candidate score that is placed (see candidateScore).
	acceptScore = 0.75
	// acceptMargin is how much the best candidate must beat the best other one.
	acceptMargin = 0.05
	// uniqueExactRunes is the length from which a passage found exact or
	// nearly so is placed whatever its context (it is not a coincidence).
	uniqueExactRunes = 32
	// shortScanBytes is how far around the hint passages too short for the
	// index are looked for in a text longer than 2×shortScanBytes.
	shortScanBytes = 256 << 10
)

// exactOccurrences lists the starts of a.Text in the text (on code-point
// boundaries), at most maxOccurrences of them.
func (r *Reanchorer) exactOccurrences(a Anchor) []int {
	var starts []int
	collect := func(from int) func(int) bool {
		return func(start int) bool {
			start += from
			if ValidSpan(r.text, Span{start, start + len(a.Text)}) {
				starts = append(starts, start)
			}
			return len(starts) < maxOccurrences
		}
	}
	if len(a.Text) >= indexMinPattern {
		r.textIndex().Occurrences(a.Text, collect(0))
		return starts
	}
	from, to := 0, len(r.text)
	if len(r.text) > 2*shortScanBytes {
		hint := max(a.Hint, 0)
		from, to = max(0, hint-shortScanBytes), min(len(r.text), hint+len(a.Text)+shortScanBytes)
	}
	scanOccurrences(r.text[from:to], a.Text, collect(from))
	return starts
}

// placeByWholeContext returns the exact occurrence whose stored prefix and
// suffix are both intact: MatchMoved when there is one such place (or one
// at least four times nearer the hint than any other), MatchFuzzy at the
// nearest when several are equally plausible.
func (r *Reanchorer) placeByWholeContext(a Anchor, exact []int) (Placement, bool) {
	var whole []int
	for _, start := range exact {
		if wholeContextAt(r.text, Span{start, start + len(a.Text)}, a) {
			whole = append(whole, start)
		}
	}
	if len(whole) == 0 {
		return Placement{}, false
	}
	near := nearestFirst(whole, a.Hint, 2)
	p := Placement{Span: Span{near[0], near[0] + len(a.Text)}, Kind: MatchMoved, Score: 1}
	if len(near) > 1 && (a.Hint < 0 || 4*abs(near[0]-a.Hint) >= abs(near[1]-a.Hint)) {
		p.Kind = MatchFuzzy
	}
	return p, true
}

// nearbyBytes is the radius around the hint searched first for the passage
// with its whole context: most edits shift passages by less than a quarter
// of it, and then the rest of the text need not be searched.
const nearbyBytes = 16 << 10

// nearbyCheapScan is the index scan cost (positions) below which the whole
// text is searched at once rather than around the hint first.
const nearbyCheapScan = 512

// placeNearby is placeByWholeContext's verdict when it can be decided from
// the text within nearbyBytes of the hint: an occurrence with its whole
// context there that is four times nearer the hint than any other, inside
// or outside the window.
func (r *Reanchorer) placeNearby(a Anchor) (Placement, bool) {
	if a.Hint < 0 {
		return Placement{}, false
	}
	from, to := max(0, a.Hint-nearbyBytes), min(len(r.text), a.Hint+len(a.Text)+nearbyBytes)
	if from >= to {
		return Placement{}, false
	}
	best, second := -1, nearbyBytes // distances; anything outside is farther than nearbyBytes
	scanOccurrences(r.text[from:to], a.Text, func(i int) bool {
		span := Span{from + i, from + i + len(a.Text)}
		if !ValidSpan(r.text, span) || !wholeContextAt(r.text, span, a) {
			return true
		}
		d := abs(span.Start - a.Hint)
		switch {
		case best < 0 || d < abs(best-a.Hint):
			if best >= 0 {
				second = min(second, abs(best-a.Hint))
			}
			best = span.Start
		default:
			second = min(second, d)
		}
		return true
	})
	if best < 0 || 4*abs(best-a.Hint) >= second {
		return Placement{}, false
	}
	return Placement{Span: Span{best, best + len(a.Text)}, Kind: MatchMoved, Score: 1}, true
}

// wholeContextAt reports whether a's whole stored prefix and suffix surround span in text.
func wholeContextAt(text string, span Span, a Anchor) bool {
	return span.Start >= len(a.Prefix) && span.End+len(a.Suffix) <= len(text) &&
		text[span.Start-len(a.Prefix):span.Start] == a.Prefix &&
		text[span.End:span.End+len(a.Suffix)] == a.Suffix
}

// nearestFirst returns at most limit of starts, nearest the hint first (in
// text order when the hint is unknown).
func nearestFirst(starts []int, hint, limit int) []int {
	less := func(a, b int) bool {
		da, db := abs(a-hint), abs(b-hint)
		if hint < 0 || da == db {
			return a < b
		}
		return da < db
	}
	// Keep the limit best in a sorted slice: O(n·limit) worst case, about
	// O(n) for the few occurrences of a real passage.
	out := make([]int, 0, min(limit, len(starts)))
	for _, s := range starts {
		if len(out) == limit && !less(s, out[len(out)-1]) {
			continue
		}
		i := sort.Search(len(out), func(i int) bool { return less(s, out[i]) })
		if len(out) < limit {
			out = append(out, 0)
		}
		copy(out[i+1:], out[i:len(out)-1])
		out[i] = s
	}
	return out
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
