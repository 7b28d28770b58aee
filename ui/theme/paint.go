package theme

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Paint is a text style reduced to the escape sequence that starts it. It is
// computed once from a lipgloss.Style, so drawing a styled run in View costs
// a string copy instead of a lipgloss render.
type Paint struct {
	open string
}

// NewPaint captures the escape sequence lipgloss writes before text in style s.
func NewPaint(s lipgloss.Style) Paint {
	const probe = "X"
	r := s.Render(probe)
	i := strings.Index(r, probe)
	if i <= 0 {
		return Paint{}
	}
	return Paint{open: r[:i]}
}

// IsZero reports whether the paint changes nothing (for example with no colour profile).
func (p Paint) IsZero() bool { return p.open == "" }

// ResetSGR ends every active style.
const ResetSGR = "\x1b[0m"

// Open is the escape sequence that starts the paint ("" for none).
func (p Paint) Open() string { return p.open }

// Render paints s (one sanitized line) as lipgloss would with the paint's
// style, without lipgloss's per-call work: list rows drawn every frame use it.
func (p Paint) Render(s string) string {
	if p.open == "" {
		return s
	}
	return p.open + s + ResetSGR
}
