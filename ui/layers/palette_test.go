package layers

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestSpeakerHueIndexIsStable(t *testing.T) {
	names := []string{"Jake Sullivan", "Biden", "the White House", "Ana Ruiz", "習近平", "José Martí", ""}
	for _, name := range names {
		first := speakerHueIndex(name)
		if first < 0 || first >= len(speakerHues) {
			t.Fatalf("speakerHueIndex(%q) = %d, outside the palette", name, first)
		}
		for range 3 {
			if again := speakerHueIndex(name); again != first {
				t.Fatalf("speakerHueIndex(%q) changed: %d then %d", name, first, again)
			}
		}
	}
	// The hash spreads names: eight ordinary names must not all share a slot.
	seen := map[int]bool{}
	for _, name := range names {
		seen[speakerHueIndex(name)] = true
	}
	if len(seen) < 3 {
		t.Errorf("7 names hash to only %d slots", len(seen))
	}
}

func TestAssignSpeakerHues(t *testing.T) {
	var speakers []model.Speaker
	for i := range len(speakerHues) {
		speakers = append(speakers, model.Speaker{Name: fmt.Sprintf("Speaker %c", 'A'+i), Quotes: len(speakerHues) - i})
	}
	slots := assignSpeakerHues(speakers)
	used := map[int]string{}
	for _, s := range speakers {
		slot, ok := slots[s.Name]
		if !ok {
			t.Fatalf("%s has no colour", s.Name)
		}
		if other, taken := used[slot]; taken {
			t.Errorf("%s and %s share slot %d", s.Name, other, slot)
		}
		used[slot] = s.Name
	}
	// The most quoted speaker always gets the slot their name hashes to.
	if got, want := slots["Speaker A"], speakerHueIndex("Speaker A"); got != want {
		t.Errorf("most quoted speaker got slot %d, want their own %d", got, want)
	}
	// The input order does not matter.
	reversed := make([]model.Speaker, len(speakers))
	for i, s := range speakers {
		reversed[len(speakers)-1-i] = s
	}
	again := assignSpeakerHues(reversed)
	for name, slot := range slots {
		if again[name] != slot {
			t.Errorf("%s: slot %d, %d after reordering the input", name, slot, again[name])
		}
	}
	// Past the palette's size speakers share colours but all get one.
	many := append(speakers, model.Speaker{Name: "Extra", Quotes: 0})
	if got := assignSpeakerHues(many); len(got) != len(many) {
		t.Errorf("%d speakers, %d colours", len(many), len(got))
	}
}

// xterm256RGB returns the RGB of an xterm-256 colour cube or grey entry.
func xterm256RGB(t *testing.T, c lipgloss.Color) [3]float64 {
	n, err := strconv.Atoi(string(c))
	if err != nil || n < 16 {
		t.Fatalf("palette colour %q is not an xterm-256 cube or grey colour", c)
	}
	if n >= 232 {
		g := float64(8 + 10*(n-232))
		return [3]float64{g, g, g}
	}
	levels := []float64{0, 95, 135, 175, 215, 255}
	n -= 16
	return [3]float64{levels[n/36], levels[n/6%6], levels[n%6]}
}

// contrast is the WCAG contrast ratio of two sRGB colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.03928 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a)+0.05, lum(b)+0.05
	return math.Max(x, y) / math.Min(x, y)
}

func TestSpeakerHuesAreReadable(t *testing.T) {
	darkBg := [3]float64{0x1c, 0x1c, 0x1c}  // a typical dark terminal background
	lightBg := [3]float64{0xff, 0xff, 0xff} // a white one
	for _, h := range speakerHues {
		if c := contrast(xterm256RGB(t, h.onDark), darkBg); c < 4.5 {
			t.Errorf("%s on dark: contrast %.2f < 4.5", h.name, c)
		}
		if c := contrast(xterm256RGB(t, h.onLight), lightBg); c < 4.5 {
			t.Errorf("%s on light: contrast %.2f < 4.5", h.name, c)
		}
	}
}

func TestDetectionPaintsPerTheme(t *testing.T) {
	for _, th := range []theme.Theme{theme.DarkTheme(), theme.LightTheme()} {
		p := NewDetectionPaints(themedStyles(th))
		seen := map[theme.Paint]int{}
		for slot := range speakerHues {
			sp := p.Speaker(slot)
			if sp.Quote.IsZero() || sp.Nested.IsZero() || sp.Mention.IsZero() {
				t.Fatalf("%s: slot %d has an invisible paint", th.Name, slot)
			}
			if sp.Quote == sp.Nested || sp.Quote == sp.Mention {
				t.Errorf("%s: slot %d: quote, nested quote and mention look alike", th.Name, slot)
			}
			if other, dup := seen[sp.Quote]; dup {
				t.Errorf("%s: slots %d and %d have the same quote colour", th.Name, other, slot)
			}
			seen[sp.Quote] = slot
		}
		if _, dup := seen[p.Neutral]; dup || p.Neutral.IsZero() {
			t.Errorf("%s: unattributed quotes must look different from every speaker", th.Name)
		}
	}
}

func TestDetectionPaintsWithoutColour(t *testing.T) {
	p := NewDetectionPaints(themedStyles(theme.NoColorTheme(true)))
	sp := p.Speaker(0)
	paints := map[string]theme.Paint{"quote": sp.Quote, "nested": sp.Nested, "mention": sp.Mention, "promo": p.Promo}
	for name, paint := range paints {
		if paint.IsZero() {
			t.Errorf("NO_COLOR: %s paint is invisible", name)
		}
	}
	if sp.Quote == sp.Nested || sp.Quote == sp.Mention || sp.Nested == sp.Mention || p.Promo == sp.Quote {
		t.Errorf("NO_COLOR: quote %q, nested %q, mention %q and promo %q must differ", sp.Quote.Open(), sp.Nested.Open(), sp.Mention.Open(), p.Promo.Open())
	}
	if p.Neutral.IsZero() {
		t.Error("NO_COLOR: unattributed quotes are invisible")
	}
}

// themedStyles are th's styles as the terminal would show them: 256
// colours, or plain ANSI attributes for the colourless theme.
func themedStyles(th theme.Theme) *theme.Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	if th.Name == "none" {
		r.SetColorProfile(termenv.ANSI)
	}
	r.SetHasDarkBackground(th.Dark)
	return theme.NewStyles(th, r)
}
