package model

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
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
	_, _ = io.WriteString(h, text) // a hash.Hash never returns an error
	return hex.EncodeToString(h.Sum(nil))
}
