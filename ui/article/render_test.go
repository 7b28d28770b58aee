package article

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestClipLine(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"a bit too long", 8, "a bit t…"},
		{"tab\tand\nnewline", 20, "tab and newline"},
		{"esc \x1b[31m", 20, "esc ␛[31m"},
		{"漢字漢字", 5, "漢字…"},
		{"漢字漢字", 4, "漢…"},
		{"👩‍💻 coder", 4, "👩‍💻 …"},
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		got, w := ClipLine(tt.in, tt.width)
		if got != tt.want || w != ansi.StringWidth(got) || w > tt.width {
			t.Errorf("ClipLine(%q, %d) = %q (%d cells), want %q", tt.in, tt.width, got, w, tt.want)
		}
	}
}
