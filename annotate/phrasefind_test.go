package annotate

import (
	"math/rand"
	"strings"
	"testing"
)

func TestPhraseFinderMatchesContains(t *testing.T) {
	phrases := []string{"box", "gn up", "k here", "cking", "x", "newsletter", "—"}
	f := newPhraseFinder(phrases...)
	containsAny := func(s string) bool {
		for _, p := range phrases {
			if strings.Contains(s, p) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "x", "Sign up here", "Sign Up", "inbox", "in your in-box", "a newsletter",
		"clicking", "CLICKING", "a — b", "long text without any of them, long enough for two words"} {
		if got, want := phraseIn(f, s), containsAny(s); got != want {
			t.Errorf("phraseIn(%q) = %v, want %v", s, got, want)
		}
		if got, want := phraseIn(f, []byte(s)), containsAny(s); got != want {
			t.Errorf("phraseIn([]byte(%q)) = %v, want %v", s, got, want)
		}
	}
	// Random texts made of pieces of the phrases, so that near misses and
	// phrases across the eight-byte steps are common.
	pieces := []string{"b", "o", "x", "gn", " up", "k", " here", "c", "king", "news", "letter", "—", "\xe2", " "}
	rng := rand.New(rand.NewSource(1))
	for range 5000 {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := phraseIn(f, s), containsAny(s); got != want {
			t.Fatalf("phraseIn(%q) = %v, want %v", s, got, want)
		}
	}
}
