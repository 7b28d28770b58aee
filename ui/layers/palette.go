package layers

import (
	"hash/fnv"
	"sort"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
)

// speakerHue is one palette entry: the same hue in a light variant for dark
// backgrounds and a dark variant for light backgrounds, so a speaker keeps
// "their" colour when the theme changes.
type speakerHue struct {
	name    string // for tests and debugging
	onDark  lipgloss.Color
	onLight lipgloss.Color
}

// speakerHues are ANSI-256 colours chosen to stay readable (contrast above
// 4.5:1) against the dark theme's and the light theme's background, and to
// stay apart from the search highlight, which uses a background colour.
var speakerHues = []speakerHue{
	{"blue", "75", "25"},
	{"orange", "215", "130"},
	{"green", "114", "28"},
	{"pink", "212", "162"},
	{"teal", "80", "23"},
	{"yellow", "221", "58"},
	{"purple", "141", "91"},
	{"red", "210", "160"},
}

// speakerHueIndex is the palette slot a canonical name hashes to (FNV-1a),
// so a speaker gets the same colour in every article and every run.
func speakerHueIndex(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32() % uint32(len(speakerHues)))
}

// assignSpeakerHues gives each speaker a palette slot: the slot their name
// hashes to, or, when a more quoted speaker already holds it, the next free
// one, so the speakers of one article look different while the palette lasts.
// Speakers are served by quote count, then name, so the result is
// deterministic.
func assignSpeakerHues(speakers []model.Speaker) map[string]int {
	order := make([]model.Speaker, len(speakers))
	copy(order, speakers)
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].Quotes != order[j].Quotes {
			return order[i].Quotes > order[j].Quotes
		}
		return order[i].Name < order[j].Name
	})
	taken := make([]bool, len(speakerHues))
	free := len(speakerHues)
	out := make(map[string]int, len(order))
	for _, s := range order {
		if _, ok := out[s.Name]; ok {
			continue
		}
		slot := speakerHueIndex(s.Name)
		if free > 0 {
			for taken[slot] {
				slot = (slot + 1) % len(speakerHues)
			}
			taken[slot] = true
			free--
		}
		out[s.Name] = slot
	}
	return out
}

// SpeakerPaints are the paints of one speaker's quotes and mentions.
type SpeakerPaints struct {
	Quote, Nested, Mention theme.Paint
	Swatch                 lipgloss.Style // the speaker's colour for side-pane labels
}

// DetectionPaints are every paint the detection highlighter uses, derived
// once per theme (and per analysis, for the speakers' slots).
type DetectionPaints struct {
	bySlot                 []SpeakerPaints
	neutral                SpeakerPaints // for quotes nobody is credited with
	Neutral, NeutralNested theme.Paint
	Promo, PromoGutter     theme.Paint
}

// NewDetectionPaints builds the paints for styles' theme. Without colour
// (NO_COLOR) quotes are underlined, nested quotes also italic, speaker
// mentions bold and promos faint: still visible, just not per speaker.
func NewDetectionPaints(styles *theme.Styles) DetectionPaints {
	st := styles.Renderer.NewStyle
	th := styles.Theme
	var p DetectionPaints
	if th.Name == "none" {
		quote := st().Underline(true)
		sp := SpeakerPaints{
			Quote:   theme.NewPaint(quote),
			Nested:  theme.NewPaint(quote.Italic(true)),
			Mention: theme.NewPaint(st().Bold(true)),
			Swatch:  st().Bold(true),
		}
		for range speakerHues {
			p.bySlot = append(p.bySlot, sp)
		}
		p.Neutral, p.NeutralNested = sp.Quote, sp.Nested
		p.Promo = theme.NewPaint(st().Faint(true))
		p.PromoGutter = theme.NewPaint(st().Faint(true))
		p.neutral = SpeakerPaints{Quote: p.Neutral, Nested: p.NeutralNested, Mention: sp.Mention, Swatch: st()}
		return p
	}
	for _, h := range speakerHues {
		c := h.onDark
		if !th.Dark {
			c = h.onLight
		}
		p.bySlot = append(p.bySlot, SpeakerPaints{
			Quote:   theme.NewPaint(st().Foreground(c)),
			Nested:  theme.NewPaint(st().Foreground(c).Italic(true)),
			Mention: theme.NewPaint(st().Foreground(c).Bold(true)),
			Swatch:  st().Foreground(c).Bold(true),
		})
	}
	p.Neutral = theme.NewPaint(st().Italic(true).Foreground(th.Heading))
	p.NeutralNested = theme.NewPaint(st().Italic(true).Underline(true).Foreground(th.Heading))
	p.Promo = theme.NewPaint(st().Faint(true).Foreground(th.Muted))
	p.PromoGutter = theme.NewPaint(st().Foreground(th.Muted))
	p.neutral = SpeakerPaints{Quote: p.Neutral, Nested: p.NeutralNested, Mention: theme.NewPaint(st().Bold(true)), Swatch: st()}
	return p
}

// Speaker returns the paints of palette slot slot, or the neutral ones for
// slot < 0 (no speaker).
func (p *DetectionPaints) Speaker(slot int) *SpeakerPaints {
	if slot < 0 || slot >= len(p.bySlot) {
		return &p.neutral
	}
	return &p.bySlot[slot]
}
