package annotate

import (
	"math/rand"
	"testing"
)

// countWordsSlowly is the byte-by-byte definition countWordsUpTo must match.
func countWordsSlowly(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

func TestCountWordsUpTo(t *testing.T) {
	tests := []struct {
		s     string
		limit int
		want  int
	}{
		{"", 5, 0},
		{"one", 5, 1},
		{"  two  words  ", 5, 2},
		{"tabs\tand\nnewlines\r\nend", 9, 4},
		{"a b c d e f g h i j", 3, 4},
		{"exactly eight bytes!", 9, 3},
		{"Émile “said” — 東京 😀 here", 20, 6},
		{"\x00\xff \x80 \x1f", 9, 3},
	}
	for _, tt := range tests {
		if got := countWordsUpTo(tt.s, tt.limit); got != tt.want {
			t.Errorf("countWordsUpTo(%q, %d) = %d, want %d", tt.s, tt.limit, got, tt.want)
		}
	}
	// Random texts over an alphabet of separators, letters, bytes next to
	// them in value (\x1f, !, \x08, \x0b) and non-ASCII bytes.
	alphabet := []byte(" \t\n\r\x08\x0b\x1f!ab\x80\xe2\xff\x00")
	rng := rand.New(rand.NewSource(1))
	for range 5000 {
		b := make([]byte, rng.Intn(70))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s, limit := string(b), rng.Intn(40)
		if got, want := countWordsUpTo(s, limit), countWordsSlowly(s, limit); got != want {
			t.Fatalf("countWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	}
}
