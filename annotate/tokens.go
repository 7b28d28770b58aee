package annotate

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// tokenKind says what a token is.
type tokenKind uint8

const (
	tokWord tokenKind = iota + 1
	tokPunct
	tokQuote
)

// token is a word, a punctuation mark, or a whole quotation, as a byte range.
type token struct {
	start, end int
	kind       tokenKind
	// name is set on capitalized words that can be part of a name.
	name bool
	// quote is the index of the quotation a tokQuote stands for.
	quote int
}

// abbreviations keep their trailing period inside the word token.
var abbreviations = loadWordSet("abbreviations")

// tokenize splits text[lo:hi] into tokens; the quotations in quotes whose
// spans lie inside [lo, hi) become single tokQuote tokens.
func tokenize(text string, lo, hi int, quotes []quoteSpan, pick []int, out []token) []token {
	z := tokenizer{text: text, i: lo, hi: hi, quotes: quotes, pick: pick}
	return z.appendTokens(out, math.MaxInt)
}

// tokenizer is tokenize that can stop and go on: a long paragraph is
// tokenized a window at a time (windows.go). Stopping after any token and
// going on gives the same tokens as one run.
type tokenizer struct {
	text   string
	i, hi  int // the next byte to read, and the end of the text to split
	quotes []quoteSpan
	pick   []int // the quotations that become tokens, by start
	next   int   // the first entry of pick not yet reached
}

// done reports whether the whole text is split.
func (z *tokenizer) done() bool { return z.i >= z.hi }

// appendTokens appends the next tokens to out until out holds limit
// tokens or the text is split.
func (z *tokenizer) appendTokens(out []token, limit int) []token {
	text, hi, quotes, pick := z.text, z.hi, z.quotes, z.pick
	i, next := z.i, z.next
	for i < hi && len(out) < limit {
		if next < len(pick) && quotes[pick[next]].span.Start <= i {
			q := quotes[pick[next]]
			if q.span.Start == i {
				out = append(out, token{start: q.span.Start, end: q.span.End, kind: tokQuote, quote: pick[next]})
				i = q.span.End
			}
			next++
			continue
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n':
				i++
			case asciiWordBytes[c]:
				end := wordEnd(text, i, hi)
				out = appendWord(out, text, i, end)
				i = end
			default:
				out = append(out, token{start: i, end: i + 1, kind: tokPunct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case isSpace(r) || isZeroWidth(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := wordEnd(text, i, hi)
			out = appendWord(out, text, i, end)
			i = end
		default:
			out = append(out, token{start: i, end: i + size, kind: tokPunct})
			i += size
		}
	}
	z.i, z.next = i, next
	return out
}

// wordEnd returns the end of the word starting at i: letters and digits with
// inner apostrophes, hyphens and periods (Israel's, Jean-Pierre, U.S.), and the
// period of a known abbreviation or an initial (Mr., J.).
func wordEnd(text string, i, hi int) int {
	j := i
	for j < hi {
		for j < hi && asciiWordBytes[text[j]] {
			j++
		}
		if j >= hi {
			break
		}
		c := text[j]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:hi])
			if isWordRune(r) {
				j += size
				continue
			}
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if k := j + size; k < hi {
				r2, _ := utf8.DecodeRuneInString(text[k:hi])
				if isWordRune(r2) && !(r == '.' && unicode.IsUpper(r2) && !model.IsInitials(text[i:j])) {
					j = k
					continue
				}
			}
		}
		break
	}
	if j < hi && text[j] == '.' {
		w := text[i:j]
		if (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w))) || model.IsInitials(w) || abbreviations.hasWord(w) ||
			j+1 < hi && text[j+1] == ')' {
			j++
		}
	}
	return j
}

// asciiWordBytes flags the ASCII letters and digits.
var asciiWordBytes = func() (t [256]bool) {
	for c := range 128 {
		t[c] = isASCIILetter(byte(c)) || c >= '0' && c <= '9'
	}
	return t
}()

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isCapitalized reports whether word w starts with an upper-case letter.
func isCapitalized(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	return unicode.IsUpper(firstRune(w))
}

// isSentenceEnd reports whether punctuation token text ends a sentence.
func isSentenceEnd(s string) bool {
	return s == "." || s == "?" || s == "!" || s == ";" || s == "…"
}

// lowerWord returns w in lower case without a possessive ending.
func lowerWord(w string) string {
	w = trimPossessive(w)
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// trimPossessive drops a trailing 's or ’s.
func trimPossessive(w string) string {
	n := len(w)
	if n < 2 || w[n-1] != 's' && w[n-1] != 'S' {
		return w // the common case, decided on one byte
	}
	if w[n-2] == '\'' {
		return w[:n-2]
	}
	if strings.HasSuffix(w[:n-1], "’") {
		return w[:n-4]
	}
	return w
}

// appendWord appends the word token text[i:end]. A capitalized word that is
// usually a function word or a month is a family name right after a given
// name ("Theresa May", "Kerry Will").
func appendWord(out []token, text string, i, end int) []token {
	w, name := text[i:end], false
	if isCapitalized(w) { // name words are capitalized, and most words are not
		name = !notNameWords.hasWord(w)
		if !name && len(out) > 0 && surnameWords.hasWord(w) {
			if p := out[len(out)-1]; p.kind == tokWord && p.name && p.end < i && isGivenName(text[p.start:p.end]) {
				name = true
			}
		}
	}
	return append(out, token{start: i, end: end, kind: tokWord, name: name})
}

// surnameWords are function words and months that are also family names.
var surnameWords = loadWordSet("surname-words")

// isZeroWidth reports whether r is an invisible separator that pasted text
// leaves between words ("Traeger\u200b said"): tokens split there.
func isZeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u2060' || r == '\ufeff'
}
