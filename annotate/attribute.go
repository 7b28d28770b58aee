package annotate

import "github.com/annotty/annotty/model"

// attributor gives speakers to the quotations of an article, paragraph by
// paragraph in reading order, so that pronouns and roles resolve to what
// the reader has already seen.
type attributor struct {
	text    string
	quotes  []quoteSpan
	attr    []*attribution
	reg     *registry
	british bool
	toks    []token
	pick    []int
	kept    []int // the picks keepCuedSinglesInWindows keeps
	// cues are the explicit cues of the paragraph's single-quoted
	// candidates, found by keepCuedSingles.
	cues []cuedSingle
	// lastPara and lastAttr are the paragraph and attribution of the most
	// recent attributed top-level quotation.
	lastPara int
	lastAttr *attribution
	// wordless says whether the paragraph being attributed has no word
	// token (wordlessUnknown until asked).
	wordless int
	// win reads a long paragraph's tokens a window at a time; nestedToks
	// holds the tokens inside a quotation (nested).
	win        tokenWindow
	nestedToks []token
	// attrs and spans hold the attributions and cue spans made.
	attrs slab[attribution]
	spans slab[model.Span]
}

// maxInheritGap is how many tokens may separate a quotation from the
// previous attributed one for it to inherit that speaker ("…," Lopez said. "…").
const maxInheritGap = 12

// maxInheritSpan bounds, in tokens, how far back the previous attributed
// quotation of the same or the previous sentence may be.
const maxInheritSpan = 200

// attributable reports whether a top-level quotation gets a speaker: double
// quotes, or single ones in an article that uses single quotes as its main style.
func (a *attributor) attributable(q quoteSpan) bool {
	if q.depth != 0 {
		return false
	}
	if a.british {
		return true
	}
	return q.class == classDouble
}

// paragraph attributes the quotations of paragraph pi, whose quotes are
// a.quotes[from:to]. A paragraph longer than windowBytes is read a window
// of tokens at a time (paragraphInWindows), with the same result.
func (a *attributor) paragraph(p model.Paragraph, pi, from, to int) {
	singles := a.pickQuotes(from, to)
	if p.End-p.Start > windowBytes {
		a.paragraphInWindows(p, pi, from, to, singles)
	} else {
		a.toks = tokenize(a.text, p.Start, p.End, a.quotes, a.pick, a.toks[:0])
		a.cues = a.cues[:0]
		if singles {
			a.keepCuedSingles(p)
		}
		a.wordless = wordlessUnknown
		a.observeNames(a.toks, 0, len(a.toks), true)
		run := quoteRun{prevTok: -1}
		for ti, t := range a.toks {
			if t.kind == tokQuote {
				a.attributeQuote(a.toks, ti, ti, pi, &run)
			}
		}
		if a.lastPara != pi && from == to {
			a.reportedSpeech(a.toks, 0, len(a.toks), pi, a.speechVerbsFor(a.toks))
		}
	}
	for k := from; k < to; k++ {
		if a.quotes[k].depth == 0 && hasNested(a.quotes, k, to) {
			a.nested(k, to)
		}
	}
}

// pickQuotes sets a.pick to the quotations of a.quotes[from:to] that may get
// a speaker and reports whether single-quoted candidates are among them.
func (a *attributor) pickQuotes(from, to int) (singles bool) {
	a.pick = a.pick[:0]
	for k := from; k < to; k++ {
		if a.attributable(a.quotes[k]) {
			a.pick = append(a.pick, k)
		} else if a.singleCandidate(a.quotes[k]) {
			a.pick = append(a.pick, k)
			singles = true
		}
	}
	return singles
}

// quoteRun is what attributing a paragraph's quotations carries from one to
// the next: the latest attribution made and its token.
type quoteRun struct {
	prev    *attribution
	prevTok int // a paragraph's token number, not an index into a window
}

// attributeQuote attributes the quote token toks[ti], which is token number
// abs of paragraph pi (toks may be a window of the paragraph's tokens:
// abs-ti tokens come before it).
func (a *attributor) attributeQuote(toks []token, ti, abs, pi int, run *quoteRun) {
	t := toks[ti]
	q := a.quotes[t.quote]
	var at *attribution
	single, title := a.singleCandidate(q), false
	if single {
		if c, ok := a.singleCue(toks, ti, abs); ok {
			at = a.resolve(c, ruleAdjacentCue)
		}
	} else if title = isTitleQuote(a.text, toks, ti); !title {
		at = a.find(toks, ti)
	}
	prev, gap := run.prev, abs-run.prevTok
	switch {
	case at != nil:
	case single:
	case title:
	case prev != nil && (gap <= maxInheritGap || gap <= maxInheritSpan && sentenceBreaks(a.text, toks, ti-gap, ti) <= 1):
		at = a.attrs.put(attribution{who: prev.who, mention: prev.mention, kind: prev.kind, cue: prev.cue, confidence: min(confContinued, prev.confidence), basis: ruleContinued, inherited: true})
	case abs == 0 && a.lastAttr != nil && a.lastPara == pi-1 && (q.fromPrevious || a.onlyQuote(toks)):
		at = a.attrs.put(attribution{who: a.lastAttr.who, mention: a.lastAttr.mention, kind: a.lastAttr.kind, cue: a.lastAttr.cue, confidence: min(confParagraph, a.lastAttr.confidence), basis: ruleParagraph, inherited: true})
	}
	if at != nil {
		a.attr[t.quote] = at
		run.prev, run.prevTok = at, abs
		a.lastPara, a.lastAttr = pi, at
		if !at.inherited || q.fromPrevious {
			a.reg.credit(at.who, at.mention.Start)
		} else {
			at.who.quotes++
		}
	}
}

// speechVerbsFor returns the verbs that introduce reported speech in a
// paragraph of tokens toks: a paragraph that ends with a colon introduces
// the next one ("The New York Times reports:"), and any speech verb counts
// there.
func (a *attributor) speechVerbsFor(toks []token) wordSet {
	if n := len(toks); n > 0 && toks[n-1].kind == tokPunct && a.text[toks[n-1].start:toks[n-1].end] == ":" {
		return speechVerbs
	}
	return inversionVerbs
}

// reportedSpeech looks, in paragraph pi that holds no quotation, for reported
// speech ("Howell says she wants the government to …", "Caddell
// continued:"): its speaker goes on speaking in a next paragraph that is one
// quotation with no cue. It reads the tokens toks[from:to] and reports
// whether it is done with the paragraph (it found the first speech verb).
func (a *attributor) reportedSpeech(toks []token, from, to, pi int, verbs wordSet) (done bool) {
	for v := from; v < to; v++ {
		t := toks[v]
		if t.kind != tokWord {
			continue
		}
		w := a.text[t.start:t.end]
		if isCapitalized(w) || !verbs.hasWord(w) || usedAsNoun(a.text, toks, v, 0) {
			continue
		}
		m, ok := subjectBefore(a.text, toks, v, sentenceStart(a.text, toks, v))
		if !ok || m.kind == mentionRole {
			return true
		}
		if at := a.resolve(cue{who: m, verbTok: v}, ruleParagraph); at != nil {
			a.lastPara, a.lastAttr = pi, at
		}
		return true
	}
	return false
}

// onlyQuote reports whether the paragraph being attributed, whose tokens
// are toks, has no word outside its quotations (onlyQuote below), working it
// out on the first question only: most paragraphs never ask. A long
// paragraph's windows know it from their first reading of all its tokens.
func (a *attributor) onlyQuote(toks []token) bool {
	if a.wordless == wordlessUnknown {
		a.wordless = wordlessNo
		if onlyQuote(toks) {
			a.wordless = wordlessYes
		}
	}
	return a.wordless == wordlessYes
}

// Whether the paragraph being attributed has no word token, once known.
const (
	wordlessUnknown = iota
	wordlessYes
	wordlessNo
)

// onlyQuote reports whether a paragraph's tokens hold no word outside its
// quotations (a quotation is one token): only quotations and punctuation.
func onlyQuote(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.kind == tokWord {
			n++
		}
	}
	return n == 0
}

// find returns the attribution of the quote token ti from its cues, or nil.
func (a *attributor) find(toks []token, ti int) *attribution {
	after, okAfter := cueAfter(a.text, toks, ti)
	adjacent := okAfter && after.verbTok-ti <= 4 && !opensClause(a.text, toks, ti+1, after.verbTok)
	if adjacent && !quoteFollows(a.text, toks, after.verbTok) {
		return a.resolve(after, ruleAdjacentCue)
	}
	before, okBefore := cueBefore(a.text, toks, ti)
	// "…" Mills then writes back, "…": a cue that introduces the next
	// quotation belongs to it when this one has its own cue before it.
	if adjacent && !okBefore {
		return a.resolve(after, ruleAdjacentCue)
	}
	if okBefore {
		return a.resolve(before, ruleCueBefore)
	}
	if okAfter {
		return a.resolve(after, ruleDistantCue)
	}
	if isTitleCaseQuote(a.text, toks[ti]) {
		return nil // a title or a nickname, not speech ("Gifted Hands", "Butch")
	}
	if lo := sentenceStart(a.text, toks, ti); lo < ti-1 {
		m, ok := sentenceSubject(a.text, toks, lo, ti)
		// A lone capitalized word opening the sentence ("Questions linger …")
		// is a subject only if the article named it before.
		if ok && m.kind == mentionName && len(m.words) == 1 && m.span.Start == toks[lo].start &&
			!a.reg.knownBefore(m.words, m.span.Start) {
			ok = false
		}
		if ok {
			return a.resolve(cue{who: m, verbTok: -1}, ruleSubject)
		}
	}
	return nil
}

// resolve turns a cue into an attribution, or nil when its mention does not
// resolve to anyone.
func (a *attributor) resolve(c cue, basis attributionRule) *attribution {
	who := a.reg.resolveSpeaker(c.who)
	if who == nil {
		return nil
	}
	at := a.attrs.put(attribution{who: who, mention: c.who.span, kind: c.who.kind, basis: basis,
		confidence: evidenceConfidence(ruleConfidence[basis], c.who, who, a.reg.ambiguous)})
	if c.verb.End > c.verb.Start {
		at.cue = a.spans.put(c.verb)
	}
	return at
}

// observeNames registers every capitalized name of the paragraph (outside
// quotations), so that later surnames, pronouns and roles resolve. It reads
// the names that start in toks[k:to] (sentenceStart says whether toks[k]
// opens a sentence) and returns where to go on, and whether that opens a
// sentence: a name may run past to.
func (a *attributor) observeNames(toks []token, k, to int, sentenceStart bool) (int, bool) {
	for ; k < to; k++ {
		t := toks[k]
		if !isNameWord(t) {
			sentenceStart = t.kind == tokQuote || t.kind == tokPunct && isSentenceEnd(a.text[t.start:t.end])
			continue
		}
		e := nameRunEnd(a.text, toks, k, len(toks))
		var who *entity
		if word := a.text[t.start:t.end]; e == k+1 && !titleWords.hasWord(word) {
			// A lone word: no titles to split, no new entity (fast path).
			who = a.reg.observeWord(word, t.start)
		} else {
			who = a.reg.observeInText(nameMention(a.text, toks, k, e))
		}
		// A name opening a sentence and followed by a verb or an appositive is
		// its subject ("Hiram Macharia, marketing executive at LG Electronics,
		// said"), and so is a name followed by a past tense or a speech verb
		// ("Ms Ruddock paused", "Gareth Willoughby, voted"), unless a
		// preposition ties it to something else ("at LG Electronics, said");
		// a possessive ("Skerrin Link's director") is not.
		last := a.text[toks[e-1].start:toks[e-1].end]
		if trimPossessive(last) == last && e < len(toks) {
			next := toks[e]
			nextWord := next.kind == tokWord && !isCapitalized(a.text[next.start:next.end])
			switch {
			case sentenceStart && nextWord,
				nextWord && (looksLikeVerb(a.text[next.start:next.end]) || auxiliaries.hasWord(a.text[next.start:next.end])),
				sentenceStart && next.kind == tokPunct && isDash(a.text[next.start:next.end]),
				sentenceStart && next.kind == tokPunct && a.text[next.start:next.end] == ",",
				next.kind == tokPunct && a.text[next.start:next.end] == "," && e+1 < len(toks) && !afterPreposition(a.text, toks, k) &&
					toks[e+1].kind == tokWord && looksLikeVerb(a.text[toks[e+1].start:toks[e+1].end]):
				a.reg.notePerson(who, t.start)
			}
		}
		sentenceStart = false
		k = e - 1
	}
	return k, sentenceStart
}

// auxiliaries are finite verbs that mark the name before them as a subject.
var auxiliaries = loadWordSet("auxiliaries")

// hasNested reports whether quotation k contains a nested one among quotes[k+1:to].
func hasNested(quotes []quoteSpan, k, to int) bool {
	return k+1 < to && quotes[k+1].depth > 0 && quotes[k+1].span.Start < quotes[k].span.End
}

// nested attributes the quotations nested inside quotation k from cues
// inside it ("What the president said today was, ‘I want you…’").
func (a *attributor) nested(k, to int) {
	outer := a.quotes[k]
	open, _ := markAt(a.text, outer.span.Start)
	lo, hi := open.end, outer.span.End
	var pick []int
	for j := k + 1; j < to && a.quotes[j].span.Start < outer.span.End; j++ {
		if a.quotes[j].depth == outer.depth+1 {
			pick = append(pick, j)
		}
	}
	a.nestedToks = tokenize(a.text, lo, hi, a.quotes, pick, a.nestedToks[:0])
	toks := a.nestedToks
	for ti, t := range toks {
		if t.kind != tokQuote {
			continue
		}
		if at := a.find(toks, ti); at != nil {
			a.attr[t.quote] = at
			at.who.quotes++
		}
	}
}

// sentenceBreaks counts the sentence ends between tokens i and j.
func sentenceBreaks(text string, toks []token, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if toks[k].kind == tokPunct && isSentenceEnd(text[toks[k].start:toks[k].end]) && !insideWord(toks, k) &&
			!(k+1 < len(toks) && toks[k+1].kind == tokPunct && text[toks[k+1].start:toks[k+1].end] == ")") {
			n++ // not "e.GO", not "(D-N.C.)"
		}
	}
	return n
}

// quoteFollows reports whether a quotation follows the verb toks[v] in the
// same sentence, within a few tokens ("writes back, “…”").
func quoteFollows(text string, toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k-v <= 4; k++ {
		switch t := toks[k]; {
		case t.kind == tokQuote:
			return true
		case t.kind == tokPunct && isSentenceEnd(text[t.start:t.end]):
			return false
		}
	}
	return false
}

// opensClause reports whether a subordinating word lies in toks[i:j]: in
// "…" when he said, the cue starts a new clause about something else.
func opensClause(text string, toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].kind == tokWord && subordinators.hasWord(text[toks[k].start:toks[k].end]) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the word before toks[k] is a preposition
// ("executive at LG Electronics"): the name there is not a subject.
func afterPreposition(text string, toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokWord {
		return false
	}
	switch text[toks[k-1].start:toks[k-1].end] {
	case "at", "of", "for", "with", "in", "from", "by", "on", "to", "and":
		return true
	}
	return false
}
