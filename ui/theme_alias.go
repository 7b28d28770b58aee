package ui

import (
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles are the theme's styles and paints (package ui/theme).
type Styles = theme.Styles

// Theme is a colour theme (package ui/theme).
type Theme = theme.Theme

// Paint is a style reduced to its escape sequence (package ui/theme).
type Paint = theme.Paint

// NewStyles derives every style from t (theme.NewStyles), for the CLI.
func NewStyles(t Theme, r *lipgloss.Renderer) *Styles { return theme.NewStyles(t, r) }

// NewRenderer is theme.NewRenderer, for the CLI.
func NewRenderer(t Theme, profile termenv.Profile) *lipgloss.Renderer {
	return theme.NewRenderer(t, profile)
}

// ThemeFor is theme.ThemeFor, for the CLI.
func ThemeFor(name string, autoDark bool) Theme { return theme.ThemeFor(name, autoDark) }

// Sanitize makes s safe to print on a terminal (theme.Sanitize), for the CLI.
func Sanitize(s string) string { return theme.Sanitize(s) }
