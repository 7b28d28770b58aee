package model

import "unicode/utf8"

// ContextRunes is how many code points of prefix and suffix an annotation keeps
// around its text to re-anchor it later (as W3C TextQuoteSelector clients do).
const ContextRunes = 32

// QuoteContext returns the exact text of span in text and up to ContextRunes
// code points before (prefix) and after (suffix) it. The span must be valid.
func QuoteContext(text string, span Span) (exact, prefix, suffix string) {
	start := span.Start
	for n := 0; n < ContextRunes && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end := span.End
	for n := 0; n < ContextRunes && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return text[span.Start:span.End], text[start:span.Start], text[span.End:end]
}

// ValidSpan reports whether span is non-empty, inside text and on code-point
// boundaries, so that it can be stored as an annotation.
func ValidSpan(text string, span Span) bool {
	if span.Start < 0 || span.End > len(text) || span.Start >= span.End {
		return false
	}
	return runeStart(text, span.Start) && runeStart(text, span.End)
}

// runeStart reports whether byte offset off begins a code point (or is len(text)).
func runeStart(text string, off int) bool {
	return off == len(text) || utf8.RuneStart(text[off])
}
