package theme

import (
	"os"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Theme is annotty's palette. Every colour the UI uses comes from here.
type Theme struct {
	// Name is "dark", "light" or "none" (NO_COLOR); it also picks the glamour style.
	Name string
	// Dark is true when the theme is meant for a dark background.
	Dark bool

	Text, Muted, Accent, Heading, Code lipgloss.TerminalColor
	StatusFg, StatusBg, Border         lipgloss.TerminalColor
	MatchFg, MatchBg                   lipgloss.TerminalColor
	CurrentFg, CurrentBg               lipgloss.TerminalColor
}

// DarkTheme is for light text on a dark background.
func DarkTheme() Theme {
	return Theme{
		Name: "dark", Dark: true,
		Text: lipgloss.Color("252"), Muted: lipgloss.Color("243"), Accent: lipgloss.Color("111"),
		Heading: lipgloss.Color("223"), Code: lipgloss.Color("180"),
		StatusFg: lipgloss.Color("252"), StatusBg: lipgloss.Color("237"), Border: lipgloss.Color("240"),
		MatchFg: lipgloss.Color("16"), MatchBg: lipgloss.Color("179"),
		CurrentFg: lipgloss.Color("16"), CurrentBg: lipgloss.Color("208"),
	}
}

// LightTheme is for dark text on a light background.
func LightTheme() Theme {
	return Theme{
		Name: "light", Dark: false,
		Text: lipgloss.Color("235"), Muted: lipgloss.Color("245"), Accent: lipgloss.Color("25"),
		Heading: lipgloss.Color("94"), Code: lipgloss.Color("130"),
		StatusFg: lipgloss.Color("235"), StatusBg: lipgloss.Color("253"), Border: lipgloss.Color("250"),
		MatchFg: lipgloss.Color("16"), MatchBg: lipgloss.Color("222"),
		CurrentFg: lipgloss.Color("231"), CurrentBg: lipgloss.Color("166"),
	}
}

// NoColorTheme has no colours at all; Styles then marks things with bold,
// underline, faint and reverse video only (the NO_COLOR convention).
func NoColorTheme(dark bool) Theme {
	none := lipgloss.NoColor{}
	return Theme{
		Name: "none", Dark: dark,
		Text: none, Muted: none, Accent: none, Heading: none, Code: none,
		StatusFg: none, StatusBg: none, Border: none,
		MatchFg: none, MatchBg: none, CurrentFg: none, CurrentBg: none,
	}
}

// ThemeFor resolves a --theme value ("dark", "light" or "auto") to a Theme.
// "auto" never queries the terminal (see package ui/background): it uses
// COLORFGBG when the terminal sets it and dark otherwise. NO_COLOR, when set
// and non-empty, wins over everything.
func ThemeFor(name string, autoDark bool) Theme {
	dark := autoDark
	switch name {
	case "dark":
		dark = true
	case "light":
		dark = false
	}
	if os.Getenv("NO_COLOR") != "" {
		return NoColorTheme(dark)
	}
	if dark {
		return DarkTheme()
	}
	return LightTheme()
}

// NewRenderer returns a lipgloss renderer for the terminal that never queries
// it: the background is given, and the colour profile comes from the
// environment (NO_COLOR keeps bold/underline/reverse by using plain ANSI).
func NewRenderer(theme Theme, profile termenv.Profile) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetHasDarkBackground(theme.Dark)
	if theme.Name == "none" && profile == termenv.Ascii {
		profile = termenv.ANSI
	}
	r.SetColorProfile(profile)
	return r
}

// GlamourStyle picks glamour's built-in style for a theme (never "auto",
// which would query the terminal).
func GlamourStyle(t Theme) string {
	switch {
	case t.Name == "none":
		return "notty"
	case t.Dark:
		return "dark"
	}
	return "light"
}
