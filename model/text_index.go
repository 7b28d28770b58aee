package model

import (
	"math"
	"math/bits"
	"strings"
)

// The text index samples the text's 8-byte grams every indexStep bytes. A
// passage of at least indexMinPattern bytes holds a sampled gram whatever its
// alignment, so exact occurrences are found with a handful of bucket scans,
// and an edited passage is found wherever one of its 8-byte pieces survived.
const (
	// indexGram is the gram length in bytes (one uint64 key).
	indexGram = 8
	// indexStep is the sampling step in bytes; the index holds len(text)/indexStep positions.
	indexStep = 8
	// indexMinPattern is the shortest passage (bytes) the index can find at any alignment.
	indexMinPattern = indexGram + indexStep - 1
)

// TextIndex is a sampled q-gram index of one text, built once in linear time
// (two passes, a counting sort) so that re-anchoring many passages costs
// about the same per passage whatever the text's length. It costs about
// len(text)/indexStep·4 bytes for positions plus half as much for bucket heads
// (50 MB of text: about 40 MB, freed with the Reanchorer).
type TextIndex struct {
	text string
	// heads[b]..heads[b+1] is bucket b's slice of positions.
	heads     []int32
	positions []int32
	shift     uint
}

// NewTextIndex indexes text. Texts of 2 GiB or more are not indexed (every
// lookup then reports nothing and callers fall back to scanning).
func NewTextIndex(text string) *TextIndex {
	x := &TextIndex{text: text}
	grams := len(text) / indexStep
	if len(text) >= math.MaxInt32 || grams == 0 {
		return x
	}
	logBuckets := max(4, bits.Len(uint(grams))-1) // about two grams per bucket
	x.shift = uint(64 - logBuckets)
	// Counting sort in place: count bucket b at heads[b+2], sum, then place
	// each position at heads[b+1] and advance it, which leaves heads[b] at
	// bucket b's start and heads[b+1] at its end.
	heads := make([]int32, 1<<logBuckets+2)
	last := len(text) - indexGram
	for p := 0; p <= last; p += indexStep {
		heads[x.bucketOf(gramAt(text, p))+2]++
	}
	for b := 2; b < len(heads); b++ {
		heads[b] += heads[b-1]
	}
	x.positions = make([]int32, heads[len(heads)-1])
	for p := 0; p <= last; p += indexStep {
		b := x.bucketOf(gramAt(text, p))
		x.positions[heads[b+1]] = int32(p)
		heads[b+1]++
	}
	x.heads = heads[:len(heads)-1]
	return x
}

// gramAt reads the 8 bytes of s at i as one little-endian key.
func gramAt(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// bucketOf hashes a gram to its bucket (Fibonacci hashing).
func (x *TextIndex) bucketOf(gram uint64) int {
	return int((gram * 0x9E3779B97F4A7C15) >> x.shift)
}

// bucket returns the sampled positions whose gram may equal gram (same
// bucket; callers compare the text).
func (x *TextIndex) bucket(gram uint64) []int32 {
	if x.heads == nil {
		return nil
	}
	b := x.bucketOf(gram)
	return x.positions[x.heads[b]:x.heads[b+1]]
}

// Occurrences calls found with the start of each exact occurrence of
// pattern in the text, in no particular order, until found returns false.
// Patterns shorter than indexMinPattern bytes are found by scanning.
func (x *TextIndex) Occurrences(pattern string, found func(start int) bool) {
	if len(pattern) < indexMinPattern || x.heads == nil {
		scanOccurrences(x.text, pattern, found)
		return
	}
	// An occurrence at t holds exactly one sampled position in [t, t+indexStep):
	// t+o for one o. For each o, every gram of pattern at o, o+step, … must be
	// sampled; scan the smallest bucket among them.
	for o := 0; o < indexStep; o++ {
		bestOff, best := o, x.bucket(gramAt(pattern, o))
		for off := o + indexStep; off+indexGram <= len(pattern); off += indexStep {
			if b := x.bucket(gramAt(pattern, off)); len(b) < len(best) {
				bestOff, best = off, b
			}
		}
		key := gramAt(pattern, bestOff)
		for _, p := range best {
			t := int(p) - bestOff
			if t < 0 || gramAt(x.text, int(p)) != key || t+len(pattern) > len(x.text) || x.text[t:t+len(pattern)] != pattern {
				continue
			}
			if !found(t) {
				return
			}
		}
	}
}

// scanCost estimates how many positions Occurrences would check for pattern
// (the sizes of the smallest buckets it scans); -1 when it would scan the text.
func (x *TextIndex) scanCost(pattern string) int {
	if len(pattern) < indexMinPattern || x.heads == nil {
		return -1
	}
	cost := 0
	for o := 0; o < indexStep; o++ {
		best := len(x.bucket(gramAt(pattern, o)))
		for off := o + indexStep; off+indexGram <= len(pattern); off += indexStep {
			best = min(best, len(x.bucket(gramAt(pattern, off))))
		}
		cost += best
	}
	return cost
}

// scanOccurrences is Occurrences without an index.
func scanOccurrences(text, pattern string, found func(start int) bool) {
	if pattern == "" {
		return
	}
	for from := 0; ; {
		i := strings.Index(text[from:], pattern)
		if i < 0 || !found(from+i) {
			return
		}
		from += i + 1
	}
}

// diagonalVotes returns, for each sampled gram of the text equal to a gram of
// pattern, the text position where pattern would start if that gram were in
// place (position − offset in pattern). Grams sampled more than maxPostings
// times carry no signal and are skipped.
func (x *TextIndex) diagonalVotes(pattern string, maxPostings int) []int {
	var votes []int
	for off := 0; off+indexGram <= len(pattern); off++ {
		g := gramAt(pattern, off)
		b := x.bucket(g)
		if len(b) > maxPostings {
			continue
		}
		for _, p := range b {
			if gramAt(x.text, int(p)) == g {
				votes = append(votes, int(p)-off)
			}
		}
	}
	return votes
}
