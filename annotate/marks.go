package annotate

import (
	"unicode"
	"unicode/utf8"
)

// markClass separates double quotation marks from single ones.
type markClass uint8

const (
	classDouble markClass = iota + 1
	classSingle
)

// markDir is the direction a quotation mark is read in.
type markDir uint8

const (
	dirUnknown markDir = iota
	dirOpen
	dirClose
)

// mark is one quotation-mark candidate found in the text.
type mark struct {
	start, end int
	class      markClass
	glyph      markDir // direction implied by the glyph alone (dirUnknown for " and ')
}

// markAt reports the quotation mark starting at byte i of text, if any.
// Runs of two ASCII apostrophes (”) and two backquotes (“) are double marks.
func markAt(text string, i int) (mark, bool) {
	c := text[i]
	switch c {
	case '"':
		return mark{i, i + 1, classDouble, dirUnknown}, true
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			j := i + 2
			for j < len(text) && text[j] == '\'' {
				j++
			}
			return mark{i, j, classDouble, dirUnknown}, true
		}
		return mark{i, i + 1, classSingle, dirUnknown}, true
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return mark{i, i + 2, classDouble, dirOpen}, true
		}
		return mark{i, i + 1, classSingle, dirOpen}, true
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				return mark{i, i + 2, classDouble, dirOpen}, true
			case 0xBB: // »
				return mark{i, i + 2, classDouble, dirClose}, true
			}
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C: // “
				return mark{i, i + 3, classDouble, dirOpen}, true
			case 0x9D: // ”
				return mark{i, i + 3, classDouble, dirClose}, true
			case 0x9E: // „
				return mark{i, i + 3, classDouble, dirOpen}, true
			case 0x98: // ‘
				return mark{i, i + 3, classSingle, dirOpen}, true
			case 0x99: // ’
				return mark{i, i + 3, classSingle, dirClose}, true
			case 0x9A: // ‚
				return mark{i, i + 3, classSingle, dirOpen}, true
			case 0xB9: // ‹
				return mark{i, i + 3, classSingle, dirOpen}, true
			case 0xBA: // ›
				return mark{i, i + 3, classSingle, dirClose}, true
			}
		}
	}
	return mark{}, false
}

// markLeads flags the bytes that can start a quotation mark.
var markLeads = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true}

// isMarkLead reports whether byte c can start a quotation mark.
func isMarkLead(c byte) bool { return markLeads[c] }

// nextMarkLead returns the index of the first byte of text[i:hi] that can
// start a quotation mark, or hi. It skips eight bytes at a time where they
// hold no ASCII mark and no byte above ASCII.
func nextMarkLead(text string, i, hi int) int {
	for i+8 <= hi {
		x := load64(text[i : i+8])
		if x&highBits|bytesEqual(x, '"')|bytesEqual(x, '\'')|bytesEqual(x, '`') != 0 {
			for j := i; j < i+8; j++ {
				if markLeads[text[j]] {
					return j
				}
			}
		}
		i += 8
	}
	for ; i < hi; i++ {
		if markLeads[text[i]] {
			return i
		}
	}
	return hi
}

// runeBefore returns the rune ending at byte i (or '\n' at the start).
func runeBefore(text string, i, lo int) rune {
	if i <= lo {
		return '\n'
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

// runeAfter returns the rune starting at byte i (or '\n' at the end).
func runeAfter(text string, i, hi int) rune {
	if i >= hi {
		return '\n'
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// opensAfter reports whether a rune before a mark suggests the mark opens a quote.
func opensAfter(r rune) bool {
	switch r {
	case '(', '[', '{', '<', '—', '–', '-', '/', '\u00a0', '"', '“', '‘', '«', '„', '\'', '`':
		return true
	}
	return isSpace(r)
}

// closesBefore reports whether a rune after a mark suggests the mark closes a quote.
func closesBefore(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '—', '–', '-', '…', '\u00a0', '"', '”', '’', '»', '\'':
		return true
	}
	return isSpace(r)
}

// isSpace reports whether r is white space: ASCII fast path, Unicode
// White_Space (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, …) above.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			return true
		}
		return false
	}
	return unicode.IsSpace(r)
}

// doubleDirection decides whether a double mark opens or closes a quote,
// from its glyph, the characters beside it and whether a quote is open.
func doubleDirection(m mark, before, after rune, open bool) markDir {
	o, c := opensAfter(before), closesBefore(after)
	ctx := dirUnknown
	if o && !c {
		ctx = dirOpen
	} else if c && !o {
		ctx = dirClose
	}
	if m.glyph == dirUnknown {
		if ctx != dirUnknown {
			return ctx
		}
		if open {
			return dirClose
		}
		return dirOpen
	}
	if ctx == dirUnknown || ctx == m.glyph {
		return m.glyph
	}
	if (ctx == dirClose) == open {
		return ctx
	}
	return m.glyph
}
