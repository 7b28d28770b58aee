package adjudicate

import "github.com/charmbracelet/lipgloss"

// Styles are the adjudication view's styles, built once. Without colour the
// passage stays visible through reverse video and the headings through bold.
type Styles struct {
	Header, Text, Passage, Context, Column, ColumnTitle, Label, Empty, Status, Error, Hint lipgloss.Style
}

// NewStyles builds the styles on r; color false uses attributes only (NO_COLOR).
func NewStyles(r *lipgloss.Renderer, color bool) Styles {
	s := Styles{
		Header:      r.NewStyle().Bold(true),
		Text:        r.NewStyle(),
		Passage:     r.NewStyle().Reverse(true),
		Context:     r.NewStyle().Faint(true),
		Column:      r.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		ColumnTitle: r.NewStyle().Bold(true),
		Label:       r.NewStyle().Underline(true),
		Empty:       r.NewStyle().Italic(true).Faint(true),
		Status:      r.NewStyle(),
		Error:       r.NewStyle().Bold(true),
		Hint:        r.NewStyle().Faint(true),
	}
	if color {
		s.Passage = r.NewStyle().Background(lipgloss.Color("#3a3a5a")).Foreground(lipgloss.Color("#ffffff"))
		s.Label = s.Label.Foreground(lipgloss.Color("#87afff"))
		s.Error = s.Error.Foreground(lipgloss.Color("#ff5f5f"))
		s.Column = s.Column.BorderForeground(lipgloss.Color("#5f5f87"))
	}
	return s
}
