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
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
