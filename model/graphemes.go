package model

import (
	"unicode"
	"unicode/utf8"
)

// Grapheme clusters, simplified from Unicode UAX #29: combining marks,
// variation selectors, emoji modifiers and tags stay with their base, a ZWJ
// joins the next pictograph to the cluster ("👩‍💻"), and regional indicators
// pair into flags. Every function here looks only at the runes around the
// offset it is given, so it costs the same in a 50 MB document as in a tweet.

const zeroWidthJoiner = '\u200d'

// GraphemeAt returns the grapheme cluster of text containing byte offset off:
// the user-perceived character a cursor sits on. Offsets at or past the end
// give an empty span at len(text); negative offsets count as 0.
func GraphemeAt(text string, off int) Span {
	start := clusterStartAt(text, off)
	return Span{Start: start, End: clusterEnd(text, start)}
}

// clusterEnd returns the end of the grapheme cluster starting at byte i.
func clusterEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	if isControl(r) {
		return j
	}
	if isRegional(r) && j < len(s) {
		if r2, n2 := utf8.DecodeRuneInString(s[j:]); isRegional(r2) {
			j += n2
		}
	}
	for j < len(s) {
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if !isExtender(r2) {
			break
		}
		j += n2
		if r2 == zeroWidthJoiner && j < len(s) {
			if r3, n3 := utf8.DecodeRuneInString(s[j:]); isPictograph(r3) {
				j += n3
			}
		}
	}
	return j
}

// clusterStartAt returns the start of the grapheme cluster containing byte i
// (len(s) when i is at or past the end).
func clusterStartAt(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	if i < 0 {
		i = 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	c := safeClusterBase(s, i)
	for {
		e := clusterEnd(s, c)
		if e > i {
			return c
		}
		c = e
	}
}

// prevClusterStart returns the start of the cluster that ends at or before i (i > 0).
func prevClusterStart(s string, i int) int {
	return clusterStartAt(s, i-1)
}

// safeClusterBase walks back from rune start i to a rune that always begins a
// cluster, so clustering forward from it agrees with clustering from 0.
func safeClusterBase(s string, i int) int {
	for i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		prev, n := utf8.DecodeLastRuneInString(s[:i])
		joins := isRegional(r) || (isExtender(r) && !isControl(prev)) ||
			(isPictograph(r) && prev == zeroWidthJoiner)
		if !joins {
			return i
		}
		i -= n
	}
	return 0
}

// isExtender reports whether r attaches to the preceding character.
func isExtender(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r == zeroWidthJoiner,
		r >= 0xFE00 && r <= 0xFE0F,   // variation selectors
		r >= 0x1F3FB && r <= 0x1F3FF, // skin-tone modifiers
		r >= 0xE0020 && r <= 0xE007F, // emoji tag sequences
		r >= 0xE0100 && r <= 0xE01EF, // variation selectors supplement
		r >= 0x1160 && r <= 0x11FF,   // Hangul jamo vowels and finals
		r >= 0xD7B0 && r <= 0xD7FF:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// isRegional reports whether r is a regional indicator (two make a flag).
func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isControl reports whether r is a control character (never a cluster base).
func isControl(r rune) bool { return r < 0x20 || (r >= 0x7F && r <= 0x9F) }

// isPictograph reports whether r is (roughly) an Extended_Pictographic emoji.
func isPictograph(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF && !isRegional(r) && !(r >= 0x1F3FB && r <= 0x1F3FF)) ||
		(r >= 0x2600 && r <= 0x27BF) || (r >= 0x2300 && r <= 0x23FF) ||
		(r >= 0x2B00 && r <= 0x2BFF) || r == 0x00A9 || r == 0x00AE || r == 0x203C || r == 0x2049
}
