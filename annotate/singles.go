package annotate

import (
	"cmp"
	"slices"
	"strings"

	"github.com/annotty/annotty/model"
)

// In an article that quotes with double marks, a top-level ‘…’ is most often
// a headline, a title or a scare quote. It gets a speaker only from an
// explicit speech cue right beside it: X said: ‘…’, X wrote in a statement,
// ‘…’, ‘…,’ X said, ‘…,’ said X.

// maxSingleCueGap bounds the words between a speech verb and the colon or
// comma before a single-quoted quotation ("wrote in a blog post: ‘…’").
const maxSingleCueGap = 6

// maxSingleCueAfter bounds, in tokens, how far after a single-quoted
// quotation its speech verb may be ("‘…,’ Ann Park said").
const maxSingleCueAfter = 4

// singleCandidate reports whether q is a top-level single-quoted quotation
// in an article whose main style is double marks.
func (a *attributor) singleCandidate(q quoteSpan) bool {
	return !a.british && q.depth == 0 && q.class == classSingle
}

// keepCuedSingles drops from a.pick the single-quoted candidates of a.toks
// that have no explicit adjacent cue, and tokenizes the paragraph again
// when it dropped any, so that their words read as plain text.
// The cues found are kept in a.cues for singleCue, unless the paragraph was
// tokenized again (token indices then change).
func (a *attributor) keepCuedSingles(p model.Paragraph) {
	a.cues = a.cues[:0]
	kept, dropped := a.cuedSinglesIn(a.toks, 0, len(a.toks), 0, a.pick[:0])
	if !dropped {
		return
	}
	a.cues = a.cues[:0]
	a.pick = kept
	a.toks = tokenize(a.text, p.Start, p.End, a.quotes, a.pick, a.toks[:0])
}

// cuedSinglesIn reads the quote tokens toks[from:to] (toks[i] is the
// paragraph's token number base+i): it appends to kept the quotes that stay
// (every quote but a single-quoted candidate without an explicit cue) and to
// a.cues the cues of the candidates kept, and reports whether it dropped any.
func (a *attributor) cuedSinglesIn(toks []token, from, to, base int, kept []int) ([]int, bool) {
	dropped := false
	for ti := from; ti < to; ti++ {
		t := toks[ti]
		if t.kind != tokQuote {
			continue
		}
		if a.singleCandidate(a.quotes[t.quote]) {
			c, ok := explicitCue(a.text, toks, ti)
			if !ok {
				dropped = true
				continue
			}
			a.cues = append(a.cues, cuedSingle{tok: base + ti, c: c})
		}
		kept = append(kept, t.quote)
	}
	return kept, dropped
}

// cuedSingle is the explicit cue keepCuedSingles found for quote token
// number tok of the paragraph.
type cuedSingle struct {
	tok int
	c   cue
}

// singleCue returns the explicit cue of the single-quoted candidate at
// toks[ti], the paragraph's token number abs, reusing the one
// keepCuedSingles found when it is still valid. a.cues is in token order.
// The cue's verbTok is not rebased to a window: only resolve takes these
// cues, and it reads the mention and the verb's span.
func (a *attributor) singleCue(toks []token, ti, abs int) (cue, bool) {
	if i, ok := slices.BinarySearchFunc(a.cues, abs, func(s cuedSingle, tok int) int { return cmp.Compare(s.tok, tok) }); ok {
		return a.cues[i].c, true
	}
	return explicitCue(a.text, toks, ti)
}

// explicitCue returns the speech cue directly beside the quote token ti:
// a verb a few words before a colon or comma that opens the quotation, or
// a verb (with its subject) right after a quotation that opens its
// sentence and ends in a comma, question or exclamation mark. Titles in
// quotation marks have no cue.
func explicitCue(text string, toks []token, ti int) (cue, bool) {
	if isTitleCaseQuote(text, toks[ti]) || isTitleQuote(text, toks, ti) {
		return cue{}, false
	}
	if c, ok := explicitCueBefore(text, toks, ti); ok {
		return c, true
	}
	return explicitCueAfter(text, toks, ti)
}

// explicitCueBefore finds X said: ‘…’ / X wrote in a statement, ‘…’: the
// leftmost speech verb of the few words before the colon or comma, so that
// in "wrote in a blog post:" the verb is wrote, not post.
func explicitCueBefore(text string, toks []token, ti int) (cue, bool) {
	if ti < 2 || !isPunct(text, toks[ti-1], ":", ",") {
		return cue{}, false
	}
	first := ti - 1
	for first > 0 && ti-1-first <= maxSingleCueGap && toks[first-1].kind == tokWord {
		first--
	}
	for v := first; v < ti-1; v++ {
		if c, ok := cueBefore(text, toks, v+1); ok && c.verbTok == v {
			return c, true
		}
	}
	// "According to Park, ‘…’": the mention follows the cue words.
	if c, ok := cueBefore(text, toks, ti); ok && c.verbTok >= first && c.who.span.End <= toks[ti-1].start &&
		strings.EqualFold(text[toks[c.verbTok].start:toks[c.verbTok].end], "according") {
		return c, true
	}
	return cue{}, false
}

// explicitCueAfter finds ‘…,’ X said / ‘…,’ said X / ‘…?’ X asked.
func explicitCueAfter(text string, toks []token, ti int) (cue, bool) {
	if sentenceStart(text, toks, ti) != ti {
		return cue{}, false
	}
	q := toks[ti]
	first := ti + 1
	if first < len(toks) && isPunct(text, toks[first], ",") {
		first++
	} else if !endsWithCueMark(text, q) {
		return cue{}, false
	}
	c, ok := cueAfter(text, toks, ti)
	if !ok || c.verbTok < first || toks[c.verbTok].kind != tokWord || c.verbTok-ti > maxSingleCueAfter ||
		opensClause(text, toks, first, c.verbTok) {
		return cue{}, false
	}
	return c, true
}

// endsWithCueMark reports whether a quotation ends in a comma, question
// or exclamation mark just inside its closing mark (‘We stay,’).
func endsWithCueMark(text string, q token) bool {
	closing := q.end - 1
	for closing > q.start && text[closing]&0xC0 == 0x80 {
		closing-- // back to the first byte of ’
	}
	if closing <= q.start {
		return false
	}
	switch text[closing-1] {
	case ',', '?', '!':
		return true
	}
	return false
}

// isPunct reports whether t is a punctuation token spelled as one of marks.
func isPunct(text string, t token, marks ...string) bool {
	if t.kind != tokPunct {
		return false
	}
	for _, m := range marks {
		if text[t.start:t.end] == m {
			return true
		}
	}
	return false
}
