package theme

import "github.com/charmbracelet/lipgloss"

// Styles are the lipgloss styles and paints derived from one Theme, built
// once at start-up; views only read them.
type Styles struct {
	Theme    Theme
	Renderer *lipgloss.Renderer

	StatusBar, StatusFile, StatusMessage          lipgloss.Style
	SideBorder, SideTitle, SideTabActive, SideTab lipgloss.Style
	SideItem, SideSelected, SideCurrent, Muted    lipgloss.Style
	TooSmall                                      lipgloss.Style

	// Paints for the article pane.
	Body, Heading, Markup, Emphasis, Strong, Code, ListMarker Paint
	Match, CurrentMatch                                       Paint

	// Paints for side-pane rows (drawn every frame, so no lipgloss render).
	SideItemPaint, SideSelectedPaint, SideCurrentPaint, MutedPaint Paint
}

// NewStyles derives every style from theme, rendering through r.
func NewStyles(theme Theme, r *lipgloss.Renderer) *Styles {
	s := &Styles{Theme: theme, Renderer: r}
	st := r.NewStyle
	s.StatusBar = st().Foreground(theme.StatusFg).Background(theme.StatusBg)
	if theme.Name == "none" {
		s.StatusBar = s.StatusBar.Reverse(true)
	}
	s.StatusFile = s.StatusBar.Bold(true)
	s.StatusMessage = s.StatusBar.Foreground(theme.Accent)
	s.SideBorder = st().Foreground(theme.Border)
	s.SideTitle = st().Bold(true).Foreground(theme.Heading)
	s.SideTabActive = st().Bold(true).Underline(true).Foreground(theme.Accent)
	s.SideTab = st().Foreground(theme.Muted)
	s.SideItem = st().Foreground(theme.Text)
	s.SideSelected = st().Reverse(true).Bold(true)
	s.SideCurrent = st().Foreground(theme.Accent).Bold(true)
	s.Muted = st().Foreground(theme.Muted)
	s.TooSmall = st().Bold(true)
	s.SideItemPaint = NewPaint(s.SideItem)
	s.SideSelectedPaint = NewPaint(s.SideSelected)
	s.SideCurrentPaint = NewPaint(s.SideCurrent)
	s.MutedPaint = NewPaint(s.Muted)

	s.Body = NewPaint(st().Foreground(theme.Text))
	s.Heading = NewPaint(st().Bold(true).Foreground(theme.Heading))
	s.Markup = NewPaint(st().Faint(true).Foreground(theme.Muted))
	s.Emphasis = NewPaint(st().Italic(true))
	s.Strong = NewPaint(st().Bold(true))
	s.Code = NewPaint(st().Foreground(theme.Code))
	s.ListMarker = NewPaint(st().Bold(true).Foreground(theme.Accent))
	s.Match = NewPaint(st().Underline(true).Foreground(theme.MatchFg).Background(theme.MatchBg))
	s.CurrentMatch = NewPaint(st().Bold(true).Foreground(theme.CurrentFg).Background(theme.CurrentBg))
	if theme.Name == "none" {
		s.Match = NewPaint(st().Underline(true))
		s.CurrentMatch = NewPaint(st().Reverse(true).Bold(true))
		s.Code = NewPaint(st().Underline(true))
	}
	return s
}
