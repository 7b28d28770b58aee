package annotate

import (
	"strings"

	"github.com/annotty/annotty/model"
)

// isTitleCaseQuote reports whether a quote token holds a short phrase in
// Title Case that does not end like a sentence: a title or a nickname.
func isTitleCaseQuote(text string, t token) bool {
	if t.end-t.start > 120 {
		return false
	}
	inner := strings.Trim(text[t.start:t.end], model.QuoteMarks+"` ")
	if inner == "" || strings.ContainsAny(inner[len(inner)-1:], ".!?") {
		return false
	}
	words, capital := 0, 0
	for w := range strings.FieldsSeq(inner) {
		w = strings.Trim(w, model.QuoteMarks+"`,:;()")
		if w == "" {
			continue
		}
		words++
		if isCapitalized(w) || functionWords.hasWord(w) && len(w) <= 4 || w[0] >= '0' && w[0] <= '9' {
			capital++
		}
	}
	return words > 0 && words <= 8 && capital == words && isCapitalized(inner)
}

// isTitleQuote reports whether quote token ti quotes a title rather than
// speech: a short Title Case phrase after "on", "of", "titled", a possessive…
// (on CNN's "State of the Union", the anthem "A Change Is Gonna Come").
func isTitleQuote(text string, toks []token, ti int) bool {
	t := toks[ti]
	if ti == 0 || toks[ti-1].kind != tokWord || t.end-t.start > 120 {
		return false
	}
	prev := text[toks[ti-1].start:toks[ti-1].end]
	if !titleContexts.hasWord(prev) && trimPossessive(prev) == prev {
		return false
	}
	words, capital := 0, 0
	for w := range strings.FieldsSeq(text[t.start:t.end]) {
		w = strings.Trim(w, model.QuoteMarks+"`,.!?:;")
		if w == "" {
			continue
		}
		words++
		if isCapitalized(w) || functionWords.hasWord(w) && len(w) <= 4 {
			capital++
		}
	}
	return words > 0 && words <= 8 && capital == words && isCapitalized(strings.Trim(text[t.start:t.end], model.QuoteMarks+"`"))
}
