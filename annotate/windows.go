package annotate

import "github.com/annotty/annotty/model"

// A paragraph of a few hundred bytes is tokenized whole. A long one (a file
// without line breaks is one paragraph of its whole size) would hold a
// token, 32 bytes, for every 4–5 bytes of text: 70 MB for 10 MB, and as much
// again while the slice grows. paragraphInWindows reads such a paragraph a
// window of tokens at a time instead, and gives the same result, because no
// rule looks further than a window keeps:
//
//   - back, at most maxInheritSpan tokens (the previous attributed quotation
//     a quotation may inherit from, and the sentence ends between them); the
//     sentence start and the cues before a quotation lie within
//     maxCueBefore+maxSingleCueGap+2 tokens;
//   - forward, to the end of the sentence of the token read (a cue after a
//     quotation stops there, and so does a run of name words, which stops at
//     any punctuation mark) and a few tokens past it.
//
// Rules that need the whole paragraph (does it end with a colon, has it any
// word) take that from a first reading of it, the one that registers its
// names: the names of a paragraph are registered before any of its
// quotations is attributed, whole or in windows.

// windowBytes is the paragraph length above which a paragraph is read in
// windows (a variable so that tests can window every paragraph).
var windowBytes = 64 << 10

// windowTokens is how many tokens a window reads at a time (a variable so
// that tests can slide windows through short paragraphs).
var windowTokens = 4096

const (
	// windowBack is how many tokens a window keeps before the ones it reads:
	// more than any rule looks back (the bounds above), with room to spare,
	// so that raising a bound raises it too.
	windowBack = max(maxInheritSpan+1, maxCueBefore+maxSingleCueGap+2) + windowSpare
	// windowSpare is windowBack's room beyond the farthest look back.
	windowSpare = 55
	// windowAhead is how many tokens a window keeps past the first sentence
	// end after the ones it reads: more than any rule looks past it.
	windowAhead = 8
)

// tokenWindow holds a stretch of a paragraph's tokens: toks[0] is the
// paragraph's token number base.
type tokenWindow struct {
	z    tokenizer
	toks []token
	base int
	// sentenceEnd is the first sentence end from some token on, known to
	// come after every token before it (or the token count at the end).
	sentenceEnd int
}

// start begins reading paragraph p with the quotations pick as tokens,
// reusing buf.
func (w *tokenWindow) start(text string, p model.Paragraph, quotes []quoteSpan, pick []int, buf []token) {
	*w = tokenWindow{z: tokenizer{text: text, i: p.Start, hi: p.End, quotes: quotes, pick: pick}, toks: buf[:0], sentenceEnd: -1}
}

// has reports whether the paragraph has a token number n, tokenizing on
// as far as needed.
func (w *tokenWindow) has(n int) bool {
	for n >= w.base+len(w.toks) {
		if w.z.done() {
			return false
		}
		w.toks = w.z.appendTokens(w.toks, n-w.base+1+windowTokens/4)
	}
	return true
}

// next makes the tokens from number from on readable: it drops the ones
// more than windowBack before from (once they are at least half the window,
// so that a window grown long, in a paragraph without a sentence end, is not
// copied again for every window), and returns the end of the tokens to read
// next, having made sure that the window holds what rules look at for them.
// ok is false at the end of the paragraph.
func (w *tokenWindow) next(from int) (to int, ok bool) {
	if n := from - windowBack - w.base; n > 0 && 2*n >= len(w.toks) {
		w.toks = w.toks[:copy(w.toks, w.toks[n:])]
		w.base += n
	}
	if !w.has(from) {
		return from, false
	}
	w.has(from + windowTokens - 1)
	to = min(from+windowTokens, w.base+len(w.toks))
	if w.sentenceEnd < to {
		j := max(to, w.sentenceEnd+1)
		for ; w.has(j); j++ {
			if t := w.toks[j-w.base]; t.kind == tokPunct && isSentenceEnd(w.z.text[t.start:t.end]) {
				break
			}
		}
		w.sentenceEnd = j
	}
	w.has(w.sentenceEnd + windowAhead)
	return to, true
}

// paragraphInWindows is paragraph for a long paragraph (see above): the
// quotations a.pick of paragraph p (number pi, quotes a.quotes[from:to]) are
// attributed a window at a time, in the same order and with the same
// registry as when the paragraph is tokenized whole.
func (a *attributor) paragraphInWindows(p model.Paragraph, pi, from, to int, singles bool) {
	a.cues = a.cues[:0]
	if singles {
		a.keepCuedSinglesInWindows(p)
	}
	w := &a.win
	// First reading: the names, whether there is a word, the last token.
	w.start(a.text, p, a.quotes, a.pick, a.toks)
	k, sentenceStart, words := 0, true, false
	for c0 := 0; ; {
		c1, ok := w.next(c0)
		if !ok {
			break
		}
		var rel int
		rel, sentenceStart = a.observeNames(w.toks, k-w.base, c1-w.base, sentenceStart)
		k = rel + w.base
		for _, t := range w.toks[c0-w.base : c1-w.base] {
			words = words || t.kind == tokWord
		}
		c0 = c1
	}
	a.wordless = wordlessNo
	if !words {
		a.wordless = wordlessYes
	}
	verbs := a.speechVerbsFor(w.toks)
	// Second reading: the quotations, or reported speech when there is none.
	reported := a.lastPara != pi && from == to
	if from < to || reported {
		w.start(a.text, p, a.quotes, a.pick, w.toks)
		run := quoteRun{prevTok: -1}
		for c0 := 0; ; {
			c1, ok := w.next(c0)
			if !ok {
				break
			}
			if reported {
				if a.reportedSpeech(w.toks, c0-w.base, c1-w.base, pi, verbs) {
					break
				}
			} else {
				for j := c0; j < c1; j++ {
					if w.toks[j-w.base].kind == tokQuote {
						a.attributeQuote(w.toks, j-w.base, j, pi, &run)
					}
				}
			}
			c0 = c1
		}
	}
	a.toks = w.toks[:0] // keep the buffer for the next paragraph
}

// keepCuedSinglesInWindows is keepCuedSingles for a long paragraph p: it
// reads the tokens with every candidate, a window at a time, and keeps in
// a.cues the cues found (with the paragraph's token numbers) unless a
// candidate was dropped.
func (a *attributor) keepCuedSinglesInWindows(p model.Paragraph) {
	w := &a.win
	w.start(a.text, p, a.quotes, a.pick, a.toks)
	a.kept = a.kept[:0]
	dropped := false
	for c0 := 0; ; {
		c1, ok := w.next(c0)
		if !ok {
			break
		}
		var d bool
		a.kept, d = a.cuedSinglesIn(w.toks, c0-w.base, c1-w.base, w.base, a.kept)
		dropped = dropped || d
		c0 = c1
	}
	a.toks = w.toks[:0]
	if dropped {
		a.cues = a.cues[:0]
		a.pick, a.kept = a.kept, a.pick
	}
}
