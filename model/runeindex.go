package model

import (
	"math/bits"
	"sort"
	"unicode/utf8"
)

// runeCheckpoint is the spacing, in bytes, of RuneIndex's checkpoints: a
// conversion decodes at most this many bytes, and the index costs about
// len(text)/16 bytes of memory.
const runeCheckpoint = 256

// RuneIndex converts byte offsets of a text to Unicode code-point offsets and
// back in O(log n + runeCheckpoint) time, with memory proportional to
// len(text)/runeCheckpoint. Document.Runes caches one per document.
type RuneIndex struct {
	text string
	// counts[i] is the number of runes in text[:bytePos[i]].
	bytePos []int
	counts  []int
	// valid is true when text is valid UTF-8 (always so for a Document),
	// which lets RuneOffset count runes without decoding them.
	valid bool
}

// NewRuneIndex indexes text for offset conversion. Valid UTF-8 (every
// Document's text) is indexed by counting lead bytes, eight at a time,
// without decoding runes.
func NewRuneIndex(text string) *RuneIndex {
	n := len(text)/runeCheckpoint + 2
	idx := &RuneIndex{text: text, bytePos: make([]int, 1, n), counts: make([]int, 1, n)}
	idx.valid = utf8.ValidString(text)
	if idx.valid {
		runes, last := 0, 0
		for pos := runeCheckpoint; pos < len(text); pos += runeCheckpoint {
			for pos < len(text) && !utf8.RuneStart(text[pos]) {
				pos++ // checkpoints sit on rune starts
			}
			if pos >= len(text) {
				break
			}
			runes += (pos - last) - continuationBytes(text[last:pos])
			idx.bytePos = append(idx.bytePos, pos)
			idx.counts = append(idx.counts, runes)
			last = pos
		}
		idx.bytePos = append(idx.bytePos, len(text))
		idx.counts = append(idx.counts, runes+(len(text)-last)-continuationBytes(text[last:]))
		return idx
	}
	runes, last := 0, 0
	for i := range text { // i walks rune starts
		if i-last >= runeCheckpoint {
			idx.bytePos = append(idx.bytePos, i)
			idx.counts = append(idx.counts, runes)
			last = i
		}
		runes++
	}
	idx.bytePos = append(idx.bytePos, len(text))
	idx.counts = append(idx.counts, runes)
	return idx
}

// Len returns the text's length in code points.
func (x *RuneIndex) Len() int { return x.counts[len(x.counts)-1] }

// RuneOffset returns the code-point offset of byte offset b (clamped to the text;
// an offset inside a rune counts that rune as not yet reached).
func (x *RuneIndex) RuneOffset(b int) int {
	if b <= 0 {
		return 0
	}
	if b >= len(x.text) {
		return x.Len()
	}
	i := sort.SearchInts(x.bytePos, b+1) - 1
	p := x.bytePos[i]
	if x.valid {
		// Each rune of valid UTF-8 has exactly one byte that is not a
		// continuation byte; a rune that b cuts is not reached yet.
		n := x.counts[i] + (b - p) - continuationBytes(x.text[p:b])
		if !utf8.RuneStart(x.text[b]) {
			n--
		}
		return n
	}
	n := x.counts[i] + utf8.RuneCountInString(x.text[p:b])
	// A rune that starts before b and ends after it is not reached yet, but
	// RuneCountInString counted each of its bytes before b as one (invalid)
	// rune. Only a lead byte at most UTFMax-1 bytes back can start it.
	for s := b - 1; s >= p && s > b-utf8.UTFMax; s-- {
		if utf8.RuneStart(x.text[s]) {
			if _, size := utf8.DecodeRuneInString(x.text[s:]); s+size > b {
				n -= b - s
			}
			break
		}
	}
	return n
}

// continuationBytes counts the UTF-8 continuation bytes (10xxxxxx) of s,
// eight at a time.
func continuationBytes(s string) int {
	n := 0
	for ; len(s) >= 8; s = s[8:] {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		// Bit 7 of each byte is set in v and bit 6 (moved to bit 7) is clear.
		n += bits.OnesCount64(v &^ (v << 1) & 0x8080808080808080)
	}
	for i := 0; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}

// ByteOffset returns the byte offset of code-point offset r (clamped to the text).
func (x *RuneIndex) ByteOffset(r int) int {
	if r <= 0 {
		return 0
	}
	if r >= x.Len() {
		return len(x.text)
	}
	i := sort.SearchInts(x.counts, r+1) - 1
	p := x.bytePos[i]
	for n := x.counts[i]; n < r; n++ {
		_, size := utf8.DecodeRuneInString(x.text[p:])
		p += size
	}
	return p
}
