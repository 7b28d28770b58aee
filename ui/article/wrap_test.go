package article

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wrapStrings wraps text and returns the lines as strings.
func wrapStrings(text string, width int) []string {
	var out []string
	for _, l := range wrapText(text, 0, width, 0) {
		out = append(out, text[l.Start:l.End])
	}
	return out
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"fits", "short line", 20, []string{"short line"}},
		{"breaks at spaces", "the quick brown fox jumps", 10, []string{"the quick", "brown fox", "jumps"}},
		{"exact fit", "aaaa bbbb", 4, []string{"aaaa", "bbbb"}},
		{"long word hard-breaks", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"space runs are dropped at breaks", "one   two", 4, []string{"one", "two"}},
		{"trailing spaces trimmed", "word   ", 10, []string{"word"}},
		{"CJK is two cells wide", "漢字漢字漢字", 5, []string{"漢字", "漢字", "漢字"}},
		{"emoji stay whole", "👩‍💻👩‍💻👩‍💻", 4, []string{"👩‍💻👩‍💻", "👩‍💻"}},
		{"combining marks stay with their base", "e\u0301e\u0301e\u0301 cafe\u0301", 3, []string{"e\u0301e\u0301e\u0301", "caf", "e\u0301"}},
		{"escape shows as one cell", "\x1b[31m red", 6, []string{"\x1b[31m", "red"}},
		{"tabs expand to stops", "a\tb\tc", 5, []string{"a\tb", "c"}},
		{"markdown soft breaks are spaces", "one\ntwo\r\nthree", 8, []string{"one\ntwo", "three"}},
		{"a soft break's indentation is one space", "one\n   two", 7, []string{"one\n   two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrapStrings(tt.text, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestWrapWidthsMatchDrawnText(t *testing.T) {
	text := "Ein Café in 東京 serves 🍜 ramen\tand\x1b[2J tea; naïve résumé 한국어 text with e\u0301 marks."
	for width := 3; width < 30; width++ {
		for _, l := range wrapText(text, 0, width, 0) {
			drawn := drawPlain(text[l.Start:l.End])
			if got := ansi.StringWidth(drawn); got != l.Width {
				t.Fatalf("width %d: line %q drawn as %q is %d cells, wrap said %d", width, text[l.Start:l.End], drawn, got, l.Width)
			}
			if l.Width > width && ansi.StringWidth(text[l.Start:l.End]) > 2 {
				t.Fatalf("width %d: line %q is %d cells", width, text[l.Start:l.End], l.Width)
			}
		}
	}
}

// drawPlain renders one wrapped line with no decorations.
func drawPlain(line string) string {
	var b strings.Builder
	drawText(&b, line, 0)
	return b.String()
}

func TestWrapHangingIndent(t *testing.T) {
	text := "- a list item that wraps onto more lines"
	lines := wrapText(text, 0, 16, listHang(text, true))
	var got []string
	for _, l := range lines {
		got = append(got, strings.Repeat(" ", l.Indent)+text[l.Start:l.End])
		if l.Indent+l.Width > 16 {
			t.Errorf("line %q overflows: %d+%d cells", text[l.Start:l.End], l.Indent, l.Width)
		}
	}
	want := []string{"- a list item", "  that wraps", "  onto more", "  lines"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if h := listHang("12. numbered", true); h != 4 {
		t.Errorf("listHang(12.) = %d", h)
	}
	if h := listHang("  - nested", true); h != 4 {
		t.Errorf("listHang(nested) = %d", h)
	}
}
