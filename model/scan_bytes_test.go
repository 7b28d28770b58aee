package model

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestScanBytesAgreesWithASinglePass(t *testing.T) {
	big := strings.Repeat("Café “quoted” 記者 👩‍👩‍👧 e\u0301.\n", 3*scanChunk/40)
	cases := map[string][]byte{
		"small":                   []byte("plain"),
		"large valid":             []byte(big),
		"large, NUL near the end": append([]byte(big), 0, 'x'),
		"large, bad byte at end":  append([]byte(big), 0xff),
		"large, cut sequence in the middle": func() []byte {
			b := []byte(big)
			i := bytes.Index(b[len(b)/2:], []byte("記")) + len(b)/2
			return append(append(b[:i+1:i+1], 'x'), b[i+3:]...)
		}(),
	}
	for name, data := range cases {
		nul, valid := scanBytes(data)
		if !agreesWithStdlib(data, nul, valid) {
			t.Errorf("%s: scanBytes = (NUL %v, valid %v), want (%v, %v)", name, nul, valid, bytes.IndexByte(data, 0) >= 0, utf8.Valid(data))
		}
	}
}

// agreesWithStdlib reports whether a scan's answer is bytes.IndexByte's and
// utf8.Valid's (validity counts only for text without NUL bytes).
func agreesWithStdlib(data []byte, nul, valid bool) bool {
	wantNUL := bytes.IndexByte(data, 0) >= 0
	return nul == wantNUL && (wantNUL || valid == utf8.Valid(data))
}

func TestScanText(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"ASCII, longer than a word", "The council met on Monday."},
		{"accents, CJK, emoji, combining mark", "Café “quoted” 記者 👩‍👩‍👧 e\u0301, said Zürich"},
		{"NUL in the first word", "ab\x00cdefghij"},
		{"NUL after a non-ASCII byte in a word", "é\x00abcdefghijk"},
		{"NUL before a non-ASCII byte in a word", "a\x00éabcdefghijk"},
		{"NUL in the tail", "abcdefgh\x00"},
		{"NUL after an invalid byte", "abc\xffdefgh\x00"},
		{"lone continuation byte", "abcdefghij\x80klmnop"},
		{"overlong two-byte form", "abcdefghij\xc0\xafklmnop"},
		{"overlong three-byte form", "abcdefghij\xe0\x80\xafklmnop"},
		{"overlong four-byte form", "abcdefghij\xf0\x80\x80\xafklmnop"},
		{"surrogate", "abcdefghij\xed\xa0\x80klmnop"},
		{"above U+10FFFF", "abcdefghij\xf4\x90\x80\x80klmnop"},
		{"lead byte F5", "abcdefghij\xf5\x80\x80\x80klmnop"},
		{"largest code point", "abcdefghij\xf4\x8f\xbf\xbfklmnop"},
		{"sequence cut at the end", "abcdefghij記"[:12]},
		{"sequence cut before ASCII", "abcdefghij\xe8\xa8xklmnop"},
		{"U+FFFD itself is valid", "abcdefghij\uFFFDklmnop"},
	}
	for _, tt := range tests {
		nul, valid := scanText([]byte(tt.in))
		if !agreesWithStdlib([]byte(tt.in), nul, valid) {
			t.Errorf("%s: scanText(%q) = (NUL %v, valid %v), want (%v, %v)", tt.name, tt.in, nul, valid, strings.IndexByte(tt.in, 0) >= 0, utf8.ValidString(tt.in))
		}
	}
}

// FuzzScanText checks scanText against bytes.IndexByte and utf8.Valid at
// every alignment of the input (the eight-byte steps see each byte in
// every position of a word).
func FuzzScanText(f *testing.F) {
	for _, seed := range []string{"", "plain text", "Café “q” 記者 👩‍👩‍👧", "a\x00b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "abcdefg\xe8\xa8"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for k := 0; k < 8 && k <= len(data); k++ {
			nul, valid := scanText(data[k:])
			if !agreesWithStdlib(data[k:], nul, valid) {
				t.Fatalf("scanText(%q) = (NUL %v, valid %v)", data[k:], nul, valid)
			}
		}
	})
}

// BenchmarkScanBytes checks 16 MB of accented and CJK prose for NUL bytes
// and UTF-8 validity (split across the CPUs; MB/s).
func BenchmarkScanBytes(b *testing.B) {
	data := []byte(strings.Repeat("Café “quoted” said the 記者 in Zürich on Monday.\n", 16<<20/56))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if nul, valid := scanBytes(data); nul || !valid {
			b.Fatal("scan is wrong")
		}
	}
}
