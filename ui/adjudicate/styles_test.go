package adjudicate

import (
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Without colour the passage is in reverse video, the selected version has
// its heavy border and mark, and no colour escape is written.
func TestNoColourStaysLegible(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	m := New(corpus(t), NewStyles(theme.NewStyles(theme.NoColorTheme(true), r)))
	view := m.View()
	for _, want := range []string{"\x1b[7m", "┏", "▸ 1  ann", "\x1b[1m"} {
		if !strings.Contains(view, want) {
			t.Errorf("no-colour view lacks %q", want)
		}
	}
	for _, seq := range regexp.MustCompile("\x1b\\[([0-9;]*)m").FindAllStringSubmatch(view, -1) {
		for _, p := range strings.Split(seq[1], ";") {
			if n, _ := strconv.Atoi(p); (n >= 30 && n <= 49) || n >= 90 {
				t.Errorf("no-colour view sets a colour: %q", seq[0])
			}
		}
	}
}
