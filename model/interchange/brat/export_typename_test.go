package brat

import (
	"regexp"
	"testing"
)

// TestTypeNameAsTheRegexpDid checks the rune loop against the pattern it
// replaced, on letters, digits, marks, emoji and invalid UTF-8.
func TestTypeNameAsTheRegexpDid(t *testing.T) {
	old := regexp.MustCompile(`[^\p{L}\p{N}_-]`)
	for _, label := range []string{"claim", "my label", "Zürich-2", "記者", "e\u0301", "👩‍👧 x", "a/b.c", "\xff\xfe", "Ⅻ½", "tab\there"} {
		if got, want := TypeName(label), old.ReplaceAllString(label, "_"); got != want {
			t.Errorf("TypeName(%q) = %q, want %q", label, got, want)
		}
	}
}
