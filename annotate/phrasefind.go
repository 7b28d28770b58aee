package annotate

import (
	"math/bits"
	"strings"
)

// phraseFinder tells whether a text holds any of a few phrases in one pass.
// Each phrase is anchored at its rarest byte (by English letter frequency);
// the text is scanned eight bytes at a time for those anchor bytes, and only
// there are the phrases compared.
type phraseFinder struct {
	anchors []byte // the distinct anchor bytes
	// at[c] lists the phrases anchored at byte c, with the anchor's offset.
	at [256][]anchoredPhrase
}

// anchoredPhrase is a phrase whose anchor byte is at offset off.
type anchoredPhrase struct {
	phrase string
	off    int
}

// letterCommonness ranks bytes from the most common in English text; a
// byte not listed is rarer than all of them.
const letterCommonness = " etaoinshrdlcumwfgypbvkjxqz"

// newPhraseFinder returns a finder for phrases (case-sensitive, none empty).
func newPhraseFinder(phrases ...string) *phraseFinder {
	f := &phraseFinder{}
	for _, p := range phrases {
		off, rank := 0, -1
		for i := 0; i < len(p); i++ {
			r := strings.IndexByte(letterCommonness, p[i])
			if r < 0 {
				r = len(letterCommonness)
			}
			if r > rank {
				off, rank = i, r
			}
		}
		c := p[off]
		if len(f.at[c]) == 0 {
			f.anchors = append(f.anchors, c)
		}
		f.at[c] = append(f.at[c], anchoredPhrase{phrase: p, off: off})
	}
	return f
}

// in reports whether s holds one of the phrases.
func phraseIn[S ~string | ~[]byte](f *phraseFinder, s S) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		var hits uint64
		for _, c := range f.anchors {
			hits |= bytesEqual(x, c)
		}
		for hits != 0 {
			j := i + bits.TrailingZeros64(hits)/8
			if phraseAt(f, s, j) {
				return true
			}
			hits &= hits - 1
		}
	}
	for ; i < len(s); i++ {
		if len(f.at[s[i]]) > 0 && phraseAt(f, s, i) {
			return true
		}
	}
	return false
}

// phraseAt reports whether a phrase anchored at s[j] lies around it.
func phraseAt[S ~string | ~[]byte](f *phraseFinder, s S, j int) bool {
	for _, p := range f.at[s[j]] {
		start, end := j-p.off, j-p.off+len(p.phrase)
		// Most anchor bytes have no phrase around them: the bytes at the
		// phrase's ends tell, before the whole phrase is compared.
		if start >= 0 && end <= len(s) && s[start] == p.phrase[0] && s[end-1] == p.phrase[len(p.phrase)-1] &&
			string(s[start:end]) == p.phrase {
			return true
		}
	}
	return false
}
