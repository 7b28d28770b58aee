package annotate

import (
	"strings"

	"github.com/annotty/annotty/model"
)

// determinedPhrase accepts a noun phrase opened by a determiner and ending
// at toks[h] ("the New York businessman") as a role mention.
func determinedPhrase(text string, toks []token, h, lo int) (mention, bool) {
	t := toks[h]
	if t.kind != tokWord || isCapitalized(text[t.start:t.end]) {
		return mention{}, false
	}
	head := lowerWord(text[t.start:t.end])
	if functionWords.has(head) || speechVerbs.has(head) || subjectSkips.has(head) || strings.HasSuffix(head, "ly") {
		return mention{}, false
	}
	for k := h - 1; k >= lo && h-k <= 4; k-- {
		w := toks[k]
		if w.kind != tokWord {
			return mention{}, false
		}
		lw := lowerWord(text[w.start:w.end])
		if determiners.has(lw) {
			return mention{kind: mentionRole, span: model.Span{Start: w.start, End: t.end}, words: []string{head}}, true
		}
		if functionWords.has(lw) || speechVerbs.has(lw) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// sentenceSubject returns the subject that opens the sentence toks[lo:hi],
// past an introductory phrase ("In a statement, the campaign …"): a name, a
// pronoun or a role, followed by a verb or an appositive.
func sentenceSubject(text string, toks []token, lo, hi int) (mention, bool) {
	s := lo
	if s < hi && toks[s].kind == tokWord {
		lw := lowerWord(text[toks[s].start:toks[s].end])
		if introWords.has(lw) {
			s = -1
			for k := lo + 1; k < hi && k-lo <= 14; k++ {
				if toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == "," {
					s = k + 1
					break
				}
			}
			if s < 0 {
				return mention{}, false
			}
		}
	}
	m, ok := mentionStartingAt(text, toks, s, hi)
	if !ok {
		return determinedSubject(text, toks, s, hi)
	}
	k := s
	for k < hi && toks[k].start < m.span.End {
		k++
	}
	k = skipParenthesis(text, toks, k, hi)
	for k < hi && toks[k].kind == tokWord && subjectSkips.hasWord(text[toks[k].start:toks[k].end]) {
		k++
	}
	if k >= hi {
		return mention{}, false
	}
	next := toks[k]
	switch {
	case next.kind == tokWord && !isCapitalized(text[next.start:next.end]):
		return m, true
	case next.kind == tokPunct && text[next.start:next.end] == ",":
		return m, true
	}
	return mention{}, false
}

// sentenceStart returns the index of the first token of the sentence that
// holds toks[qi], not crossing another quotation.
func sentenceStart(text string, toks []token, qi int) int {
	lo := qi
	for lo > 0 && qi-lo < maxCueBefore {
		t := toks[lo-1]
		if t.kind == tokQuote || t.kind == tokPunct && isSentenceEnd(text[t.start:t.end]) {
			break
		}
		lo--
	}
	return lo
}

// skipParenthesis returns the index after a parenthesis opening at toks[k]
// ("Rep. Jane Doe (D-N.Y.) said"), or k when there is none.
func skipParenthesis(text string, toks []token, k, hi int) int {
	if k >= hi || toks[k].kind != tokPunct || text[toks[k].start:toks[k].end] != "(" {
		return k
	}
	for j := k + 1; j < hi && j-k <= 8; j++ {
		if toks[j].kind == tokPunct && text[toks[j].start:toks[j].end] == ")" {
			return j + 1
		}
	}
	return k
}

// determinedSubject accepts a sentence opening with a determiner and a noun
// followed by a verb-looking word or a comma ("The town released …", "the
// justice sounded off …") as the role subject of the sentence.
func determinedSubject(text string, toks []token, s, hi int) (mention, bool) {
	if s >= hi || toks[s].kind != tokWord || !determiners.hasWord(text[toks[s].start:toks[s].end]) {
		return mention{}, false
	}
	for h := s + 1; h+1 < hi && h-s <= 4; h++ {
		t, next := toks[h], toks[h+1]
		if t.kind != tokWord || functionWords.hasWord(text[t.start:t.end]) {
			return mention{}, false
		}
		if next.kind == tokPunct && text[next.start:next.end] == "," {
			return mention{kind: mentionRole, span: model.Span{Start: toks[s].start, End: t.end}, words: []string{lowerWord(text[t.start:t.end])}}, true
		}
		if next.kind == tokWord && looksLikeVerb(text[next.start:next.end]) {
			return mention{kind: mentionRole, span: model.Span{Start: toks[s].start, End: t.end}, words: []string{lowerWord(text[t.start:t.end])}}, true
		}
	}
	return mention{}, false
}

// looksLikeVerb reports whether a lower-case word is probably a finite verb:
// a speech verb or a past tense ("released", "sounded").
func looksLikeVerb(w string) bool {
	return !isCapitalized(w) && (speechVerbs.hasWord(w) || strings.HasSuffix(w, "ed"))
}
