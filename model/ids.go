package model

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
)

// NewAnnotationID returns a fresh random annotation ID: "a-" followed by 16 hex digits.
func NewAnnotationID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return "a-" + hex.EncodeToString(b[:])
}

// TextSHA256 returns the lowercase hex SHA-256 of text, the document identity
// stored in sidecars and exports.
func TextSHA256(text string) string {
	h := sha256.New()
	// The hash has no WriteString: io.WriteString would copy the whole text
	// (50 MB for a 50 MB article). Feed it through one small buffer instead.
	var buf [32 << 10]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n]) // a hash.Hash never returns an error
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}
