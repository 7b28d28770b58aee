package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/ui/theme"
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
		if got := theme.ThemeFor(tt.flag, tt.autoDark); got.Name != tt.want {
			t.Errorf("theme.ThemeFor(%q, %v) = %s, want %s", tt.flag, tt.autoDark, got.Name, tt.want)
		}
	}
}

func TestNoColorKeepsHighlightsVisible(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	th := theme.ThemeFor("dark", true)
	if th.Name != "none" {
		t.Fatalf("NO_COLOR gave theme %q", th.Name)
	}
	// NO_COLOR makes termenv report the Ascii profile; the renderer must
	// still emit bold/underline/reverse.
	s := theme.NewStyles(th, theme.NewRenderer(th, termenv.Ascii))
	for name, p := range map[string]Paint{"match": s.Match, "current match": s.CurrentMatch, "heading": s.Heading, "selected row": s.SideSelectedPaint} {
		if p.IsZero() {
			t.Errorf("%s has no visible style", name)
		}
		if strings.Contains(p.Open(), "38;") || strings.Contains(p.Open(), "48;") {
			t.Errorf("%s uses colour under NO_COLOR: %q", name, p.Open())
		}
	}
	if s.Match.Open() == s.CurrentMatch.Open() {
		t.Error("the current match looks like the others")
	}
}

func TestLightAndDarkThemesDiffer(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	dark := theme.NewStyles(theme.DarkTheme(), theme.NewRenderer(theme.DarkTheme(), termenv.ANSI256))
	light := theme.NewStyles(theme.LightTheme(), theme.NewRenderer(theme.LightTheme(), termenv.ANSI256))
	if dark.Body.Open() == light.Body.Open() || dark.Match.Open() == "" || light.Match.Open() == "" {
		t.Errorf("themes: dark body %q, light body %q", dark.Body.Open(), light.Body.Open())
	}
	if theme.GlamourStyle(theme.DarkTheme()) != "dark" || theme.GlamourStyle(theme.LightTheme()) != "light" || theme.GlamourStyle(theme.NoColorTheme(true)) != "notty" {
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
