package ui

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/x/ansi"
)

// Minimum terminal size; below it the reader shows tooSmallMessage.
const (
	minWidth        = 20
	minHeight       = 5
	tooSmallMessage = "terminal too small"
)

// joinColumns puts two blocks of equal height side by side.
func joinColumns(left, right string) string {
	l := strings.Split(left, "\n")
	r := strings.Split(right, "\n")
	var b strings.Builder
	for i := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l[i])
		if i < len(r) {
			b.WriteString(r[i])
		}
	}
	return b.String()
}

// tooSmallView tells the user the terminal is too small, wrapped to fit.
func tooSmallView(width, height int, styles *Styles) string {
	lines := strings.Split(ansi.Wordwrap(tooSmallMessage, max(width, 1), ""), "\n")
	for i, l := range lines {
		lines[i] = styles.TooSmall.Render(l)
	}
	return theme.PadBlock(lines, width, height)
}

// sideWidth is the side pane's width for a terminal width cells wide: a
// third of the screen within [28, 44], or everything when the terminal is too
// narrow to show both panes.
func sideWidth(width int) int {
	w := max(28, min(width/3, 44))
	if width-w < 30 {
		return width
	}
	return w
}
