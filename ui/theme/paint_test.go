package theme

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Paint.Render draws a line byte for byte as the style's lipgloss Render
// does, in every theme and colour profile, so list rows may use either.
func TestPaintRenderMatchesLipgloss(t *testing.T) {
	for _, th := range []Theme{DarkTheme(), LightTheme(), NoColorTheme(true)} {
		for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(profile)
			s := NewStyles(th, r)
			for _, pair := range []struct {
				style lipgloss.Style
				paint Paint
			}{{s.SideItem, s.SideItemPaint}, {s.SideSelected, s.SideSelectedPaint}, {s.SideCurrent, s.SideCurrentPaint}} {
				for _, text := range []string{"", " Sullivan: we will not stop", "東京 café 🎉   "} {
					if got, want := pair.paint.Render(text), pair.style.Render(text); got != want {
						t.Errorf("%s, profile %v, %q: Paint.Render %q, lipgloss %q", th.Name, profile, text, got, want)
					}
				}
			}
		}
	}
}
