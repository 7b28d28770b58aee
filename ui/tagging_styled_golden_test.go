package ui

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/annotty/annotty/samples"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
)

// sgrPattern matches a Select Graphic Rendition escape sequence.
var sgrPattern = regexp.MustCompile("\x1b\\[([0-9;]*)m")

// sgrNames spells the attributes that the no-colour theme uses.
var sgrNames = map[string]string{"0": "/", "": "/", "1": "b", "2": "dim", "3": "i", "4": "u", "7": "rev", "22": "/b", "23": "/i", "24": "/u", "27": "/rev"}

// styledScreen is a view with its escape sequences spelled as readable marks
// ("⟨u⟩tagged text⟨/⟩"), so a golden file shows where the cursor, the
// selection and the tags are drawn, not only the text.
func styledScreen(view string) string {
	return sgrPattern.ReplaceAllStringFunc(view, func(seq string) string {
		params := sgrPattern.FindStringSubmatch(seq)[1]
		var names []string
		for _, p := range strings.Split(params, ";") {
			if n, ok := sgrNames[p]; ok {
				names = append(names, n)
			} else {
				names = append(names, p)
			}
		}
		return "⟨" + strings.Join(names, ",") + "⟩"
	})
}

// noColourStyles are the styles of a NO_COLOR terminal: attributes only.
func noColourStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	r.SetHasDarkBackground(true)
	return theme.NewStyles(theme.NoColorTheme(true), r)
}

// Tagging as the screen shows it without colour: a tagged sentence, a
// visual selection in progress and the cursor, all visible through
// underline and reverse video (regenerate with go test -update).
func TestGoldenTaggingStyled(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	m := New(doc, Options{Styles: noColourStyles()})
	m = deliver(t, m, tea.WindowSizeMsg{Width: 80, Height: 12})
	m = press(t, m, ")", "2", "}", "v", "e", "w")
	view := m.View()
	if !strings.Contains(view, "\x1b[") {
		t.Fatal("the no-colour theme drew no attributes; the golden would prove nothing")
	}
	golden.RequireEqual(t, []byte(styledScreen(view)))
}
