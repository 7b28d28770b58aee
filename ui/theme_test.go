package ui

import (
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

func TestThemeFor(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	for _, tt := range []struct {
		flag     string
		autoDark bool
		want     string
	}{
		{"dark", false, "dark"}, {"light", true, "light"}, {"auto", true, "dark"}, {"auto", false, "light"},
	} {
		if got := ThemeFor(tt.flag, tt.autoDark); got.Name != tt.want {
			t.Errorf("ThemeFor(%q, %v) = %s, want %s", tt.flag, tt.autoDark, got.Name, tt.want)
		}
	}
}

func TestNoColorKeepsHighlightsVisible(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	theme := ThemeFor("dark", true)
	if theme.Name != "none" {
		t.Fatalf("NO_COLOR gave theme %q", theme.Name)
	}
	// NO_COLOR makes termenv report the Ascii profile; the renderer must
	// still emit bold/underline/reverse.
	s := NewStyles(theme, NewRenderer(theme, termenv.Ascii))
	for name, p := range map[string]Paint{"match": s.Match, "current match": s.CurrentMatch, "heading": s.Heading, "selected row": s.SideSelectedPaint} {
		if p.IsZero() {
			t.Errorf("%s has no visible style", name)
		}
		if strings.Contains(p.open, "38;") || strings.Contains(p.open, "48;") {
			t.Errorf("%s uses colour under NO_COLOR: %q", name, p.open)
		}
	}
	if s.Match.open == s.CurrentMatch.open {
		t.Error("the current match looks like the others")
	}
}

func TestLightAndDarkThemesDiffer(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	dark := NewStyles(DarkTheme(), NewRenderer(DarkTheme(), termenv.ANSI256))
	light := NewStyles(LightTheme(), NewRenderer(LightTheme(), termenv.ANSI256))
	if dark.Body.open == light.Body.open || dark.Match.open == "" || light.Match.open == "" {
		t.Errorf("themes: dark body %q, light body %q", dark.Body.open, light.Body.open)
	}
	if glamourStyle(DarkTheme()) != "dark" || glamourStyle(LightTheme()) != "light" || glamourStyle(NoColorTheme(true)) != "notty" {
		t.Error("glamour styles must be explicit, never auto")
	}
}

func TestHelpMarkdownListsEveryBinding(t *testing.T) {
	keys := DefaultKeyMap()
	md := HelpMarkdown(keys)
	for _, group := range keys.FullHelp() {
		for _, b := range group {
			if b.Enabled() && !strings.Contains(md, "`"+b.Help().Key+"` | "+b.Help().Desc) {
				t.Errorf("help page lacks %q", b.Help().Key)
			}
		}
	}
}
