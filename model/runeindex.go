package model

import (
	"sort"
	"unicode/utf8"
)

// runeCheckpoint is the spacing, in bytes, of RuneIndex's checkpoints.
const runeCheckpoint = 4096

// RuneIndex converts byte offsets of a text to Unicode code-point offsets and
// back in O(checkpoint) time, with memory proportional to len(text)/4096.
type RuneIndex struct {
	text string
	// counts[i] is the number of runes in text[:bytePos[i]].
	bytePos []int
	counts  []int
}

// NewRuneIndex indexes text for offset conversion.
func NewRuneIndex(text string) *RuneIndex {
	idx := &RuneIndex{text: text, bytePos: []int{0}, counts: []int{0}}
	runes := 0
	last := 0
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
	n := x.counts[i]
	for p := x.bytePos[i]; p < b; {
		_, size := utf8.DecodeRuneInString(x.text[p:])
		p += size
		if p > b {
			break
		}
		n++
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
