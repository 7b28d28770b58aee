package theme

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"red \x1b[31mALERT\x1b[0m", "red ␛[31mALERT␛[0m"},
		{"title \x1b]0;pwned\x07", "title ␛]0;pwned␇"},
		{"bell\x07 nul\x00 del\x7f", "bell␇ nul␀ del␡"},
		{"c1 \u009b31m", "c1 \uFFFD31m"},
		{"tab\there", "tab here"},
		{"cr\r\nlf", "cr␍␊lf"},
		{"bidi \u202eevil\u202c", "bidi \uFFFDevil\uFFFD"},
		{"isolate \u2066x\u2069", "isolate \uFFFDx\uFFFD"},
		{"\ufeffbom and zero\u200bwidth", "bom and zerowidth"},
		{"line\u2028sep", "line\uFFFDsep"},
		{"CJK 漢字 emoji 👩‍💻 e\u0301", "CJK 漢字 emoji 👩‍💻 e\u0301"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSafeClusterWidths(t *testing.T) {
	tests := []struct {
		in    string
		width int
	}{
		{"a", 1}, {"\x1b", 1}, {"漢", 2}, {"👍", 2}, {"e\u0301", 1}, {"\u200b", 0}, {"\u0085", 1},
	}
	for _, tt := range tests {
		cluster, w := ansi.FirstGraphemeCluster(tt.in, ansi.GraphemeWidth)
		out, got := SafeCluster(cluster, w)
		if got != tt.width {
			t.Errorf("SafeCluster(%q) width = %d, want %d", tt.in, got, tt.width)
		}
		if ansi.StringWidth(out) != got {
			t.Errorf("SafeCluster(%q) = %q: reported width %d, measured %d", tt.in, out, got, ansi.StringWidth(out))
		}
	}
}

// assertTerminalSafe fails when s could make a terminal do anything but print.
func assertTerminalSafe(t *testing.T, in, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", in, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || isBidiControl(r) || r == '\u2028' || r == '\u2029' {
			t.Fatalf("Sanitize(%q) = %q: contains control %U", in, s, r)
		}
	}
	if strings.ContainsRune(s, '\x1b') {
		t.Fatalf("Sanitize(%q) kept ESC", in)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, seed := range []string{"", "hello", "\x1b[2J\x1b[H", "\x1b]52;c;ZXZpbA==\x07", "\xff\xfe", "\u202e\u2066", "👩‍👩‍👧 漢字\t\r\n", "a\u0301\u0302", "\xc2\x9b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		assertTerminalSafe(t, in, out)
		if Sanitize(out) != out {
			t.Fatalf("Sanitize is not idempotent on %q", in)
		}
	})
}
