package adjudicate

import (
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
)

// Styles are the adjudication view's styles, built once from the reader's
// theme (ui/theme), so both screens share one palette. Without colour
// (NO_COLOR) the passage shows through reverse video, the headings through
// bold and the selected version through its heavy border and ▸ mark.
type Styles struct {
	Header, Text, Passage, Context, Column, Selected, ColumnTitle, Label, Empty, Status, Error, Hint lipgloss.Style
}

// NewStyles derives the view's styles from the theme's styles.
func NewStyles(ts *theme.Styles) Styles {
	t := ts.Theme
	st := ts.Renderer.NewStyle
	s := Styles{
		Header:      st().Bold(true).Foreground(t.Heading),
		Text:        st().Foreground(t.Text),
		Passage:     st().Foreground(t.MatchFg).Background(t.MatchBg),
		Context:     st().Foreground(t.Muted),
		Column:      st().Border(lipgloss.RoundedBorder()).BorderForeground(t.Border).Padding(0, 1),
		Selected:    st().Border(lipgloss.ThickBorder()).BorderForeground(t.Accent).Padding(0, 1),
		ColumnTitle: st().Bold(true),
		Label:       st().Underline(true).Foreground(t.Accent),
		Empty:       st().Italic(true).Foreground(t.Muted),
		Status:      st().Foreground(t.Accent),
		Error:       st().Bold(true).Foreground(t.CurrentBg),
		Hint:        st().Foreground(t.Muted),
	}
	if t.Name == "none" {
		s.Passage = st().Reverse(true)
		s.Context = st().Faint(true)
		s.Empty = st().Italic(true).Faint(true)
		s.Error = st().Bold(true).Reverse(true)
		s.Hint = st().Faint(true)
	}
	return s
}
