package annotate

import "math/bits"

// countWords counts space-separated words in s.
func countWords(s string) int { return countWordsUpTo(s, len(s)) }

// countWordsUpTo counts space-separated words in s (runs of bytes other
// than space, tab and newline), stopping once it has seen more than limit:
// it then returns limit+1. It looks at eight bytes at a time: a word starts
// at each byte that is not a space and follows one.
func countWordsUpTo(s string, limit int) int {
	n := 0
	before := uint64(0x80) // the flag of a space "before" s
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		spaces := bytesEqual(x, ' ') | bytesEqual(x, '\t') | bytesEqual(x, '\n')
		starts := ^spaces & highBits & (spaces<<8 | before)
		before = spaces >> 56
		if n += bits.OnesCount64(starts); n > limit {
			return limit + 1
		}
	}
	in := before == 0
	for ; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n'
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

// lowBits and highBits have the lowest and the highest bit of each byte of
// a word set.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// load64 returns the first eight bytes of s as a little-endian word (one
// load: s has at least eight bytes, so that no byte needs a bounds check).
func load64[S ~string | ~[]byte](s S) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// bytesEqual returns the bytes of x equal to c, as the high bit of each.
func bytesEqual(x uint64, c byte) uint64 {
	y := x ^ (lowBits * uint64(c))
	t := (y & ^uint64(highBits)) + ^uint64(highBits)
	return ^(t | y | ^uint64(highBits))
}
