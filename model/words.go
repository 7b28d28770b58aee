package model

import (
	"unicode"
	"unicode/utf8"
)

// Words, for a reader's cursor: runs of letters, digits and marks, joined by
// inner apostrophes and hyphens ("Israel's", "well-known"), by "." and ","
// between digits ("3.5", "1,000"), plus dotted initialisms ("U.S.", "a.m.").
// A CJK ideograph or kana, or an emoji (ZWJ sequences included), is a word of
// its own. Everything else (spaces, punctuation, other symbols) lies between
// words and is skipped by word motions, like vim's `w`.

// wordClass says what role a grapheme cluster plays in a word.
type wordClass uint8

const (
	classGap    wordClass = iota // space, punctuation, symbols: between words
	classLetter                  // letters, digits, marks
	classSolo                    // a word by itself: CJK ideograph, kana, emoji
	classJoiner                  // apostrophe, hyphen, '.', ',': inside words only
)

// classify returns the class of the cluster starting at byte i of s.
func classify(s string, i int) wordClass {
	if c := s[i]; c < utf8.RuneSelf { // ASCII fast path
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			return classLetter
		case c == '\'' || c == '-' || c == '.' || c == ',':
			return classJoiner
		}
		return classGap
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == '’' || r == '‐' || r == '‑': // typographic apostrophe, hyphens
		return classJoiner
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || (isPictograph(r) && r > 0x2100) || isRegional(r):
		return classSolo
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return classLetter
	}
	return classGap
}

// isDigitAt reports whether the cluster at byte i of s is a decimal digit.
func isDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsDigit(r)
}

// Words returns every word of paragraph para of text, in order.
func Words(text string, para Paragraph) []Span {
	s := text[para.Start:para.End]
	var words []Span
	for i := 0; ; {
		a, b, ok := nextWordFrom(s, i, len(s))
		if !ok {
			return words
		}
		words = append(words, Span{Start: para.Start + a, End: para.Start + b})
		i = b
	}
}

// WordAt returns the word of para containing byte offset off, if any.
func WordAt(text string, para Paragraph, off int) (Span, bool) {
	s, i := text[para.Start:para.End], off-para.Start
	if i < 0 || i >= len(s) {
		return Span{}, false
	}
	for j := wordRestart(s, i); ; {
		a, b, ok := nextWordFrom(s, j, i+1)
		if !ok {
			return Span{}, false
		}
		if i < b {
			return Span{Start: para.Start + a, End: para.Start + b}, true
		}
		j = b
	}
}

// NextWord returns the first word of para that starts after byte offset off
// (any offset before para.Start gives the paragraph's first word).
func NextWord(text string, para Paragraph, off int) (Span, bool) {
	s, i := text[para.Start:para.End], off-para.Start
	j := 0
	if i >= len(s) {
		return Span{}, false
	} else if i >= 0 {
		j = wordRestart(s, i)
	}
	for {
		a, b, ok := nextWordFrom(s, j, len(s))
		if !ok {
			return Span{}, false
		}
		if a > i {
			return Span{Start: para.Start + a, End: para.Start + b}, true
		}
		j = b
	}
}

// PrevWord returns the last word of para that starts before byte offset off
// (any offset past para.End gives the paragraph's last word).
func PrevWord(text string, para Paragraph, off int) (Span, bool) {
	s, limit := text[para.Start:para.End], min(off-para.Start, para.End-para.Start)
	if limit <= 0 {
		return Span{}, false
	}
	for from := wordRestart(s, limit); ; {
		found, best := false, Span{}
		for j := from; ; {
			a, b, ok := nextWordFrom(s, j, limit)
			if !ok {
				break
			}
			found, best, j = true, Span{Start: para.Start + a, End: para.Start + b}, b
		}
		if found {
			return best, true
		}
		if from == 0 {
			return Span{}, false
		}
		limit, from = from, wordRestart(s, prevClusterStart(s, from))
	}
}

// wordRestart returns a cluster boundary at or before byte i where no word is
// in progress, so scanning words forward from it matches a scan from 0.
func wordRestart(s string, i int) int {
	j := clusterStartAt(s, i)
	for j > 0 {
		p := prevClusterStart(s, j)
		if c := classify(s, p); c != classLetter && c != classJoiner {
			return j
		}
		j = p
	}
	return 0
}

// nextWordFrom returns the first word starting at or after byte i and before
// limit, where i is a restart point (no word in progress).
func nextWordFrom(s string, i, limit int) (start, end int, ok bool) {
	for i < limit {
		e := clusterEnd(s, i)
		switch classify(s, i) {
		case classSolo:
			return i, e, true
		case classLetter:
			return i, wordEnd(s, i), true
		}
		i = e
	}
	return 0, 0, false
}

// wordEnd returns the end of the word of letters starting at byte a.
func wordEnd(s string, a int) int {
	if end, ok := initialismEnd(s, a); ok {
		return end
	}
	i, prevDigit := a, false
	for i < len(s) {
		switch classify(s, i) {
		case classLetter:
			prevDigit = isDigitAt(s, i)
			i = clusterEnd(s, i)
			continue
		case classJoiner:
			next := clusterEnd(s, i)
			if next < len(s) && classify(s, next) == classLetter {
				dot := s[i] == '.' || s[i] == ','
				if !dot || (prevDigit && isDigitAt(s, next)) {
					i = next
					continue
				}
			}
		}
		return i
	}
	return i
}

// initialismEnd matches two or more "letter." pairs at byte a ("U.S.", "a.m.").
func initialismEnd(s string, a int) (int, bool) {
	i, pairs := a, 0
	for i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		e := clusterEnd(s, i)
		if !unicode.IsLetter(r) || classify(s, i) != classLetter || e >= len(s) ||
			s[e] != '.' || clusterEnd(s, e) != e+1 {
			break
		}
		pairs, i = pairs+1, e+1
	}
	return i, pairs >= 2
}
