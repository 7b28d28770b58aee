package annotate

import (
	"strings"
	"unicode"
)

// elisions are words written with a leading apostrophe; their mark is never a quote.
var elisions = []string{"n", "em", "til", "cause", "tis", "twas", "bout", "round", "nother", "kay", "cuz", "sup", "ere", "tween", "allo"}

// singleDirection classifies a single mark (' ‘ ’ ‚ ‹ ›) as an opening or a
// closing quotation mark, or as an apostrophe (dirUnknown): Israel's,
// AGENCY'S, rock 'n' roll, '90s and students' are apostrophes or elisions.
func singleDirection(text string, m mark, lo, hi int) markDir {
	before := runeBefore(text, m.start, lo)
	after := runeAfter(text, m.end, hi)
	wordBefore := isWordRune(before)
	wordAfter := isWordRune(after)
	switch {
	case wordBefore && wordAfter:
		return dirUnknown // Israel's, don't
	case !wordBefore && wordAfter:
		if !opensAfter(before) {
			return dirUnknown
		}
		if unicode.IsDigit(after) && isDecadeElision(text, m.end, hi) {
			return dirUnknown // '90s, '08
		}
		if isElision(text, m.end, hi) {
			return dirUnknown
		}
		return dirOpen
	case wordBefore || isClosingPunct(before):
		if closesBefore(after) && text[m.start] != '`' { // a backquote only opens (`like this')
			if before == 'n' && m.start >= lo+2 && isElisionMarkBefore(text, m.start-1, lo) {
				return dirUnknown // the second mark of 'n'
			}
			return dirClose
		}
	}
	return dirUnknown
}

// isClosingPunct reports whether r is punctuation that may end quoted words.
func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', '!', '?', ')', ']', '…', ';', ':':
		return true
	}
	return false
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isDecadeElision reports whether the digits at i form an abbreviated year ('90s, '08).
func isDecadeElision(text string, i, hi int) bool {
	j := i
	for j < hi && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	n := j - i
	if n != 2 {
		return false
	}
	if j == hi {
		return true
	}
	c := text[j]
	return c == 's' || c == ' ' || c == ',' || c == '.' || c == ')' || c == ';' || c == '\n' || c == '-'
}

// isElision reports whether the word at i is a known elided word ('n', 'em, 'til).
func isElision(text string, i, hi int) bool {
	j := i
	for j < hi && isASCIILetter(text[j]) {
		j++
	}
	if j == i || j-i > 6 {
		return false
	}
	w := strings.ToLower(text[i:j])
	for _, e := range elisions {
		if w == e {
			if w == "n" {
				return j < hi && (text[j] == '\'' || strings.HasPrefix(text[j:], "’"))
			}
			return j == hi || !isASCIILetter(text[j])
		}
	}
	return false
}

// isElisionMarkBefore reports whether an apostrophe sits just before byte i ('n').
func isElisionMarkBefore(text string, i, lo int) bool {
	if i > lo && text[i-1] == '\'' {
		return true
	}
	return i-3 >= lo && text[i-3:i] == "‘" || i-3 >= lo && text[i-3:i] == "’"
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
