package annotate

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// endsSentence reports whether line ends with sentence punctuation.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '”', '’', ',', ';', '\'':
		return true
	}
	return false
}

// startsWithQuote reports whether line opens with a quotation mark.
func startsWithQuote(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	switch r {
	case '"', '“', '‘', '\'', '«', '„':
		return true
	}
	return false
}

// isWholeQuote reports whether line is one quotation from its first
// character to its last ("DIVISIVE, STUPID AND WRONG").
func isWholeQuote(line string) bool {
	if !startsWithQuote(line) {
		return false
	}
	open, _ := markAt(line, 0)
	for i := open.end; i < len(line); i++ {
		if m, ok := markAt(line, i); ok && m.class == open.class {
			return m.end == len(line)
		}
	}
	return false
}

// endsWithPeriod reports whether line ends with a full stop that is not the
// last dot of an abbreviation ("U.S.").
func endsWithPeriod(line string) bool {
	if !strings.HasSuffix(line, ".") {
		return false
	}
	last := line[strings.LastIndexByte(line, ' ')+1 : len(line)-1]
	return !strings.Contains(last, ".")
}

// appendLower appends s in lower case (ASCII letters only; other bytes are
// kept) to buf.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// hasPrefix, contains and hasSuffix are the strings functions for a byte
// slice and a string, without allocating.
func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

func contains(b []byte, p string) bool { return bytes.Contains(b, []byte(p)) }

func hasSuffix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[len(b)-len(p):]) == p
}
