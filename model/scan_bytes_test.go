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
		if nul != (bytes.IndexByte(data, 0) >= 0) || valid != utf8.Valid(data) {
			t.Errorf("%s: scanBytes = (NUL %v, valid %v), want (%v, %v)", name, nul, valid, bytes.IndexByte(data, 0) >= 0, utf8.Valid(data))
		}
	}
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
