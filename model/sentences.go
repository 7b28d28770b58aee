package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences of news English. A sentence ends after a run of terminators
// (. ! ? … and CJK 。！？) and any closing quotes or brackets after it, when
// whitespace and a plausible sentence start follow: not after "Mr." or
// "Sen.", not inside "3.5", not before a lowercase word ("“Why?” he asked"),
// not after initials unless a typical sentence opener follows ("U.S. officials"
// versus "in the U.S. The"). Whether a terminator ends a sentence depends only
// on the text around it, so SentenceAt can scan a few hundred bytes around an
// offset instead of splitting a whole paragraph or document.

// SentenceAt returns the sentence of para containing byte offset off; when off
// falls between sentences, the next one, or the last one after the final
// sentence. It reads only the sentence's neighbourhood. ok is false when the
// paragraph is blank.
func SentenceAt(text string, para Paragraph, off int) (Span, bool) {
	s := text[para.Start:para.End]
	i := max(0, min(off-para.Start, len(s)))
	start := skipSpace(s, boundaryAtOrBefore(s, i))
	if start >= len(s) {
		return PrevSentence(text, para, para.Start+i)
	}
	return Span{Start: para.Start + start, End: para.Start + sentenceEnd(s, start)}, true
}

// NextSentence returns the first sentence of para starting after byte offset off.
func NextSentence(text string, para Paragraph, off int) (Span, bool) {
	cur, ok := SentenceAt(text, para, off)
	if !ok || cur.Start > off {
		return cur, ok
	}
	s := text[para.Start:para.End]
	start := skipSpace(s, cur.End-para.Start)
	if start >= len(s) {
		return Span{}, false
	}
	return Span{Start: para.Start + start, End: para.Start + sentenceEnd(s, start)}, true
}

// PrevSentence returns the last sentence of para starting before byte offset off.
func PrevSentence(text string, para Paragraph, off int) (Span, bool) {
	s := text[para.Start:para.End]
	i := min(off-para.Start, len(s))
	if i <= 0 {
		return Span{}, false
	}
	b := boundaryAtOrBefore(s, i-1)
	start := skipSpace(s, b)
	if start >= i { // i-1 is in the gap after boundary b: take the sentence ending at b
		if b == 0 {
			return Span{}, false
		}
		start = skipSpace(s, boundaryAtOrBefore(s, b-1))
	}
	return Span{Start: para.Start + start, End: para.Start + sentenceEnd(s, start)}, true
}

// SentenceAt returns the sentence containing byte offset off of the document
// (see the package function SentenceAt); it never splits more than the
// sentences around off.
func (d *Document) SentenceAt(off int) (Span, bool) {
	if len(d.Paragraphs) == 0 {
		return Span{}, false
	}
	return SentenceAt(d.Text, d.Paragraphs[d.ParagraphAt(off)], off)
}

// sentenceEnd returns the end of the sentence starting at byte start of s.
func sentenceEnd(s string, start int) int {
	for i := start; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += n
			continue
		}
		a, t, b := terminatorRun(s, i)
		if endsSentence(s, a, t, b) {
			return b
		}
		i = t
	}
	return len(strings.TrimRightFunc(s, unicode.IsSpace))
}

// boundaryAtOrBefore returns the last sentence boundary at or before byte i
// (0 when there is none), scanning backwards only as far as that boundary.
func boundaryAtOrBefore(s string, i int) int {
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !isTerminator(r) {
			continue
		}
		a, t, b := terminatorRun(s, j)
		if b <= i && endsSentence(s, a, t, b) {
			return b
		}
		j = a
	}
	return 0
}

// terminatorRun returns the maximal run of terminators [a, t) around byte i
// and the end b of the closing quotes and brackets after it.
func terminatorRun(s string, i int) (a, t, b int) {
	for a = i; a > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !isTerminator(r) {
			break
		}
		a -= n
	}
	for t = i; t < len(s); {
		r, n := utf8.DecodeRuneInString(s[t:])
		if !isTerminator(r) {
			break
		}
		t += n
	}
	for b = t; b < len(s); {
		r, n := utf8.DecodeRuneInString(s[b:])
		if !strings.ContainsRune(closers, r) {
			break
		}
		b += n
	}
	return a, t, b
}

// skipSpace returns the first non-space byte at or after i (len(s) if none).
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return len(s)
}

const (
	terminators     = ".!?…‼⁇⁈⁉。！？｡"
	wideTerminators = "。！？｡"
	closers         = "\"'”’»›)]}」』）］〞＂"
	openers         = "\"'“‘«‹([{「『（［〝„‚＂¿¡"
)

// Quotation marks, the one table every package uses: QuoteMarks holds every
// mark that can open or close a quotation (straight, curly, guillemets, CJK
// corner brackets, low-9 and fullwidth marks); OpeningQuoteMarks only those
// that open one.
const (
	QuoteMarks        = "\"'“”‘’«»‹›„‚「」『』〝〞＂"
	OpeningQuoteMarks = "“‘«‹„‚「『〝"
)

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '.' || r == '!' || r == '?'
	}
	return strings.ContainsRune(terminators, r)
}

// endsSentence decides whether the terminator run [a, t), with closers up to
// b, ends a sentence, from the text just before and after it.
func endsSentence(s string, a, t, b int) bool {
	run := s[a:t]
	if b >= len(s) || strings.ContainsAny(run, wideTerminators) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s[b:]); !unicode.IsSpace(r) {
		return false // "3.5", "Fox.com", "end.”Next"
	}
	n := skipSpace(s, b)
	if n >= len(s) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); isTerminator(r) {
		return false // spaced ellipsis ". . ."
	}
	next, quoted := openingWord(s, n)
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(first):
		return false // "“Why?” he asked", "Inc. said"
	case run == ".":
		return periodEnds(s, a, next, quoted)
	case strings.ContainsAny(run, "?!‼⁇⁈⁉"):
		return true
	}
	return quoted || unicode.IsUpper(first) || unicode.IsTitle(first) // ellipsis
}

// openingWord returns the first word at byte n (after opening quotes and
// other punctuation) and whether an opening quote or bracket precedes it.
func openingWord(s string, n int) (word string, quoted bool) {
	i := n
	for i < len(s) && i-n < 16 {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			break
		}
		quoted = quoted || strings.ContainsRune(openers, r)
		i += size
	}
	j := i
	for j < len(s) && j-i < 32 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return s[i:j], quoted
}

// periodEnds decides whether a single "." at byte a, followed by whitespace
// and the word next, ends a sentence, from the token it closes.
func periodEnds(s string, a int, next string, quoted bool) bool {
	ws := a
	for ws > 0 && a-ws <= 32 {
		r, n := utf8.DecodeLastRuneInString(s[:ws])
		if unicode.IsSpace(r) {
			break
		}
		ws -= n
	}
	if a-ws > 32 {
		return true // too long for an abbreviation
	}
	token := strings.TrimLeft(s[ws:a], openers)
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case titles[token]:
		return false // "Mr. Smith", "Sen. Warren", "St. Louis"
	case numberAbbrevs[token]:
		return !unicode.IsDigit(first) // "No. 5", "Jan. 6"
	case ambiguousAbbrevs[token] || IsInitials(token):
		return quoted || sentenceOpeners[next] // "U.S. officials" / "the U.S. The"
	case ws == 0 && token != "" && strings.Trim(token, "0123456789") == "":
		return false // a list number, "1. "
	}
	return true
}

// IsInitials matches an initial ("J") or a dotted initialism without its
// last dot ("U.S", "a.m", "Ph.D"). It is the one rule for initials that
// sentence splitting and the detectors share.
func IsInitials(token string) bool {
	if r, n := utf8.DecodeRuneInString(token); n == len(token) {
		return unicode.IsUpper(r)
	}
	if ok, ascii := asciiInitials(token); ascii {
		return ok
	}
	parts := 0
	for rest := token; ; parts++ {
		part, more, found := strings.Cut(rest, ".")
		if n := utf8.RuneCountInString(part); n < 1 || n > 2 || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		if !found {
			return parts >= 1
		}
		rest = more
	}
}

// asciiInitials is IsInitials for an ASCII token, in one pass without
// allocating; ascii is false when the token holds other bytes.
func asciiInitials(token string) (ok, ascii bool) {
	run, dots := 0, 0
	for i := 0; i < len(token); i++ {
		c := token[i]
		switch {
		case c >= utf8.RuneSelf:
			return false, false
		case c == '.':
			if run < 1 || run > 2 {
				ok = false
				return ok, !hasNonASCII(token[i:])
			}
			run, dots = 0, dots+1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			run++
		default:
			return false, !hasNonASCII(token[i:])
		}
	}
	return dots > 0 && run >= 1 && run <= 2, true
}

// hasNonASCII reports whether s holds a byte outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Abbreviation lists, case-sensitive as newspapers print them.
var (
	titles = wordSet("Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Govs Lt Gen Col Maj Capt Cmdr " +
		"Adm Sgt Cpl Pvt Rev Hon Pres Supt Insp Det Fr Msgr Atty Amb Sec Messrs Mmes St Ste Mt Ft v vs")
	numberAbbrevs = wordSet("No Nos no Vol Vols Art Fig pp p Ch ch Jan Feb Mar Apr Jun Jul Aug Sep Sept " +
		"Oct Nov Dec approx est ca")
	ambiguousAbbrevs = wordSet("Inc Corp Co Ltd Jr Sr Bros Dept Univ Assn Ave Blvd Rd etc al")
	sentenceOpeners  = wordSet("The He She It They We You His Her Its Their Our My This That These Those " +
		"There But And Or So Yet In On At As If When While After Before Since Although However " +
		"Meanwhile Still Then Now Some Many Most Officials Authorities")
)

// wordSet builds a set from space-separated words.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
