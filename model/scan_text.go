package model

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// Masks for checking eight bytes at a time.
const (
	highBits = 0x8080808080808080 // the top bit of each byte: set for non-ASCII
	lowBits  = 0x0101010101010101
)

// scanText reports whether p holds a NUL byte and, when it does not,
// whether p is valid UTF-8 (as utf8.Valid decides: no overlong forms, no
// surrogates, nothing above U+10FFFF). It is one pass: ASCII is checked
// eight bytes at a time, and after each multi-byte character the pass goes
// back to eight at a time, where utf8.Valid goes byte by byte from the
// first one on; a news article has an accented letter or a curly quote
// every few dozen bytes. It stops at the first NUL, which makes the file
// binary whatever else it holds.
func scanText(p []byte) (hasNUL, valid bool) {
	i, n := 0, len(p)
	for i < n {
		if n-i >= 8 {
			v := binary.LittleEndian.Uint64(p[i:])
			high := v & highBits
			// A byte's top bit is set in zero when the byte is 0: a borrow
			// only starts at a zero byte, so no bit below the first zero
			// byte is ever set by one above it.
			zero := (v - lowBits) &^ v & highBits
			if high == 0 {
				if zero != 0 {
					return true, false
				}
				i += 8
				continue
			}
			first := bits.TrailingZeros64(high) // 8*k+7 for the first non-ASCII byte k
			if zero&(1<<first-1) != 0 {
				return true, false
			}
			i += first >> 3
		} else if c := p[i]; c < 0x80 {
			if c == 0 {
				return true, false
			}
			i++
			continue
		}
		size := sequenceSize(p[i:])
		if size == 0 {
			return bytes.IndexByte(p[i:], 0) >= 0, false
		}
		i += size
	}
	return false, true
}

// sequenceSize returns the length of the valid multi-byte UTF-8 sequence
// p starts with (p[0] >= 0x80), or 0 when it is not one.
func sequenceSize(p []byte) int {
	size, lo, hi := leadByte(p[0])
	if size == 0 || len(p) < size || p[1] < lo || p[1] > hi {
		return 0
	}
	if size > 2 && p[2]&0xC0 != 0x80 || size > 3 && p[3]&0xC0 != 0x80 {
		return 0 // a later byte is not a continuation byte
	}
	return size
}

// leadByte returns the length of the sequence the byte c (>= 0x80) starts
// and the range its second byte must be in (size 0: c starts none).
func leadByte(c byte) (size int, lo, hi byte) {
	switch {
	case c < 0xC2: // a continuation byte, or an overlong two-byte form
		return 0, 0, 0
	case c < 0xE0:
		return 2, 0x80, 0xBF
	case c == 0xE0:
		return 3, 0xA0, 0xBF // no overlong three-byte forms
	case c == 0xED:
		return 3, 0x80, 0x9F // no surrogates
	case c < 0xF0:
		return 3, 0x80, 0xBF
	case c == 0xF0:
		return 4, 0x90, 0xBF // no overlong four-byte forms
	case c < 0xF4:
		return 4, 0x80, 0xBF
	case c == 0xF4:
		return 4, 0x80, 0x8F // nothing above U+10FFFF
	}
	return 0, 0, 0
}
