package overlay

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// Text reaching a note is clean: escape sequences go whole, CR LF and CR
// become newlines, tabs spaces, other controls are dropped.
func TestCleanTypedText(t *testing.T) {
	tests := []struct{ in, multi, single string }{
		{"ab\r\ncd\x1b[31m\tx", "ab\ncd    x", "ab cd x"},
		{"title\x1b]0;pwned\x07 kept\rnext", "title kept\nnext", "title kept next"},
		{"bell\x07 nul\x00 del\x7f c1\u009b bidi\u202e end", "bell nul del c1 bidi end", "bell nul del c1 bidi end"},
		{"dangling\x1b", "dangling", "dangling"},
		{"café 東京 🎉 e\u0301 👩\u200d💻", "café 東京 🎉 e\u0301 👩\u200d💻", "café 東京 🎉 e\u0301 👩\u200d💻"},
	}
	for _, tt := range tests {
		if got := cleanTypedText(tt.in, true); got != tt.multi {
			t.Errorf("multiline %q: got %q, want %q", tt.in, got, tt.multi)
		}
		if got := cleanTypedText(tt.in, false); got != tt.single {
			t.Errorf("single line %q: got %q, want %q", tt.in, got, tt.single)
		}
	}
}

// Whatever is typed or pasted, the cleaned text is valid UTF-8 with no
// control character but the newlines of a multi-line field, and cleaning it
// again changes nothing.
func FuzzCleanTypedText(f *testing.F) {
	for _, s := range []string{"ab\r\ncd\x1b[31m\tx", "\x1b]0;t\x07", "\x9b31m", "e\u0301 東京 🎉", "\xff\xfe", "a\u202eb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, multiline := range []bool{true, false} {
			out := cleanTypedText(in, multiline)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 %q from %q", out, in)
			}
			for _, r := range out {
				if r == '\n' && multiline {
					continue
				}
				if theme.UnsafeRune(r) {
					t.Fatalf("unsafe rune %U in %q from %q (multiline %v)", r, out, in, multiline)
				}
			}
			if again := cleanTypedText(out, multiline); again != out {
				t.Fatalf("not idempotent: %q then %q", out, again)
			}
		}
	})
}

// Without colours the cursors of the note editor, the search prompt and the
// speaker picker are still drawn, in reverse video.
func TestTextFieldCursorsWithoutColour(t *testing.T) {
	th := theme.NoColorTheme(true)
	styles := theme.NewStyles(th, theme.NewRenderer(th, termenv.Ascii))
	reverse := regexp.MustCompile(`\x1b\[(?:[0-9]*;)*7(?:;[0-9]*)*m`)
	e := NewNoteEditor("id", "t", "note", styles, 40, 8)
	p := NewPrompt("/", styles)
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("query")})
	for name, view := range map[string]string{
		"note":   e.View(40, 8, styles),
		"prompt": p.View(40),
	} {
		if !reverse.MatchString(view) {
			t.Errorf("%s: no reverse-video cursor in %q", name, view)
		}
		if ansi.Strip(view) == view {
			t.Errorf("%s: no attributes at all", name)
		}
	}
}
